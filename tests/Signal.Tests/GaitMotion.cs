namespace HepSense.Signal.Tests;

/// <summary>Where the band is worn while walking.</summary>
public enum Placement { Shank, Thigh, Trunk, UpperArm, Wrist }

/// <summary>
/// A walk as a band on one placement sees it: still, walking, still. Per step (cadence 1.5–2.2 steps/s, each step's length
/// jittered a few %) the body bounces (3–6 cm peak to peak, lowest just after the heel strike) and the heel strike jolts the
/// band (1–3 g at the shank, about a third from the other leg's strike, less up the body); per stride (two steps) the limb
/// swings about the hip or shoulder (shank and thigh ±20–35°, the arm ±10–30°, the opposite way), the trunk rolls and turns a
/// little. Starts and stops over two steps. The world motion is rendered at 400 Hz and averaged into each sample (a sensor's
/// own low-pass), then turned into an arbitrary mounting of the band, with a little noise. By default the own heel strikes as the
/// limb swings through the vertical; <c>strikeAtSwingEnd</c> moves it to where the limb's pitch turns back (the firmware sim's gait).
/// </summary>
internal static class GaitMotion
{
    private const double G = 9.81;
    private const double InnerHz = 400;

    /// <summary>One gait's figures; <see cref="Shuffle"/> is a patient in pain, <see cref="Brisk"/> and <see cref="Normal"/> healthy.</summary>
    public sealed record Gait(double StepsPerS, double SwingDeg, double BounceM, double JoltG, double Jitter = 0.04);

    public static Gait Normal => new(1.8, 28, 0.045, 2.0);
    public static Gait Brisk => new(2.2, 35, 0.06, 3.0);
    public static Gait Slow => new(1.5, 20, 0.03, 1.0);
    /// <summary>Shuffling in pain: 1.2–1.5 steps/s, small swing and bounce, a soft strike.</summary>
    public static Gait Shuffle => new(1.3, 10, 0.015, 0.5, 0.06);

    /// <summary>
    /// The band's samples: <paramref name="stillS"/> standing, <paramref name="walkS"/> walking, <paramref name="tailS"/> standing.
    /// </summary>
    public static ImuSample[] Walk(Placement placement, Gait gait, double rateHz, bool gyro, int seed = 1, double stillS = 3,
        double walkS = 30, double tailS = 3, bool strikeAtSwingEnd = false)
    {
        var random = new Random(seed);
        double Gauss() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

        // Heel strikes: every step's length jittered; the band's own leg (or the arm's opposite leg) strikes on even steps.
        var strikes = new List<double> { stillS };
        while (strikes[^1] < stillS + walkS) strikes.Add(strikes[^1] + (1 + gait.Jitter * Gauss()) / gait.StepsPerS);
        var stop = strikes[^1];
        var mount = RandomRotation(random);
        var (radius, swing, jolt, otherJolt, sign) = placement switch
        {
            Placement.Shank => (0.6, 1.0, 1.0, 0.3, 1.0),
            Placement.Thigh => (0.25, 0.9, 0.6, 0.3, 1.0),
            Placement.Trunk => (0.0, 0.0, 0.35, 0.35, 1.0),
            Placement.UpperArm => (0.2, 0.6, 0.25, 0.25, -1.0),
            _ => (0.6, 0.6, 0.2, 0.2, -1.0),
        };

        // The step phase (steps since the first strike) and the gait's envelope (two steps to start, two to stop).
        (double Phase, double Envelope) At(double t)
        {
            if (t <= stillS) return (0, 0);
            if (t >= stop) return (strikes.Count - 1, 0);
            var k = strikes.BinarySearch(t);
            if (k < 0) k = ~k - 1;
            var phase = k + (t - strikes[k]) / (strikes[k + 1] - strikes[k]);
            return (phase, Math.Min(SyntheticMotion.Ramp(phase / 2), SyntheticMotion.Ramp((strikes.Count - 1 - phase) / 2)));
        }

        var swingRad = gait.SwingDeg * swing * Math.PI / 180;
        // The limb's pitch, the trunk's roll and yaw (radians), and the band's position (m), at time t.
        (double Pitch, double Roll, double Yaw, double X, double Z) Pose(double t)
        {
            var (p, e) = At(t);
            var q = strikeAtSwingEnd ? p + 0.3 : p;   // the own heel strike where the shank turns back (its pitch at an extreme)
            var pitch = sign * e * swingRad * (Math.Sin(Math.PI * q) + (placement == Placement.Shank ? 0.3 * Math.Sin(2 * Math.PI * q + 1) : 0))
                + e * 2 * Math.PI / 180 * Math.Sin(2 * Math.PI * p);
            var roll = e * 3 * Math.PI / 180 * Math.Sin(Math.PI * p);
            var yaw = e * 4 * Math.PI / 180 * Math.Sin(Math.PI * p + 0.5);
            var x = 0.7 * gait.StepsPerS * 0.65 * Math.Max(0, Math.Min(t, stop) - stillS) + 0.004 * e * Math.Sin(2 * Math.PI * p)
                + radius * Math.Sin(pitch);
            var z = -e * gait.BounceM / 2 * Math.Cos(2 * Math.PI * (p - 0.1)) - radius * Math.Cos(pitch);
            return (pitch, roll, yaw, x, z);
        }

        // The strike's jolt along the vertical (m/s²): a sharp half-sine of 40 ms, a softer rebound of 60 ms.
        double Jolt(double t)
        {
            var k = strikes.BinarySearch(t);
            if (k < 0) k = ~k - 1;
            var sum = 0.0;
            for (var j = Math.Max(0, k - 1); j <= k && j < strikes.Count; j++)
            {
                var u = t - strikes[j];
                var (_, e) = At(strikes[j] + 0.3 / gait.StepsPerS);
                var a = gait.JoltG * G * e * (j % 2 == 0 ? jolt : otherJolt);
                if (u >= 0 && u < 0.04) sum += a * Math.Sin(Math.PI * u / 0.04);
                else if (u >= 0.04 && u < 0.1) sum -= 0.4 * a * Math.Sin(Math.PI * (u - 0.04) / 0.06);
            }
            return sum;
        }

        var total = stop + tailS;
        var samples = new ImuSample[(int)(total * rateHz)];
        var h = 1 / InnerHz;
        for (var i = 0; i < samples.Length; i++)
        {
            var (from, to) = (i / rateHz, (i + 1) / rateHz);
            var inner = Math.Max(1, (int)Math.Round((to - from) * InnerHz));
            double ax = 0, ay = 0, az = 0, wx = 0, wy = 0, wz = 0;
            for (var j = 0; j < inner; j++)
            {
                var t = from + (j + 0.5) * (to - from) / inner;
                var (a, b, c) = (Pose(t - h), Pose(t), Pose(t + h));
                // Specific force in the world (z up): the band's acceleration plus gravity's reaction, plus the jolt.
                var fx = (a.X - 2 * b.X + c.X) / (h * h);
                var fz = (a.Z - 2 * b.Z + c.Z) / (h * h) + G + Jolt(t);
                // Into the limb's frame: undo yaw (about z), pitch (about y), roll (about x).
                var (lx, ly, lz) = Limb((fx, 0, fz), b.Pitch, b.Roll, b.Yaw);
                ax += lx; ay += ly; az += lz;
                // The limb's rate, in its own frame (small angles between the three turns: their rates add).
                var (rx, ry, rz) = Limb(((c.Roll - a.Roll) / (2 * h), (c.Pitch - a.Pitch) / (2 * h), (c.Yaw - a.Yaw) / (2 * h)), 0, 0, 0);
                wx += rx; wy += ry; wz += rz;
            }
            double N() => 0.03 * (random.NextDouble() * 2 - 1);
            var (sx, sy, sz) = Apply(mount, (ax / inner, ay / inner, az / inner));
            var (gx, gy, gz) = Apply(mount, (wx / inner, wy / inner, wz / inner));
            samples[i] = gyro
                ? new ImuSample((float)(sx + N()), (float)(sy + N()), (float)(sz + N()), (float)(gx + N() / 5), (float)(gy + N() / 5), (float)(gz + N() / 5))
                : new ImuSample((float)(sx + N()), (float)(sy + N()), (float)(sz + N()), 0, 0, 0);
        }
        return samples;
    }

    /// <summary>A world vector in the limb's frame: the limb is turned by yaw about z, then pitch about y, then roll about x.</summary>
    private static (double, double, double) Limb((double X, double Y, double Z) v, double pitch, double roll, double yaw)
    {
        var (cy, sy) = (Math.Cos(yaw), Math.Sin(yaw));
        var (x1, y1, z1) = (cy * v.X + sy * v.Y, -sy * v.X + cy * v.Y, v.Z);
        var (cp, sp) = (Math.Cos(pitch), Math.Sin(pitch));
        var (x2, y2, z2) = (cp * x1 - sp * z1, y1, sp * x1 + cp * z1);
        var (cr, sr) = (Math.Cos(roll), Math.Sin(roll));
        return (x2, cr * y2 + sr * z2, -sr * y2 + cr * z2);
    }

    private static double[] RandomRotation(Random random)
    {
        // A uniformly random unit quaternion, as a 3×3 matrix.
        double u1 = random.NextDouble(), u2 = random.NextDouble(), u3 = random.NextDouble();
        var (w, x, y, z) = (Math.Sqrt(1 - u1) * Math.Sin(2 * Math.PI * u2), Math.Sqrt(1 - u1) * Math.Cos(2 * Math.PI * u2),
            Math.Sqrt(u1) * Math.Sin(2 * Math.PI * u3), Math.Sqrt(u1) * Math.Cos(2 * Math.PI * u3));
        return [1 - 2 * (y * y + z * z), 2 * (x * y - z * w), 2 * (x * z + y * w),
            2 * (x * y + z * w), 1 - 2 * (x * x + z * z), 2 * (y * z - x * w),
            2 * (x * z - y * w), 2 * (y * z + x * w), 1 - 2 * (x * x + y * y)];
    }

    private static (double, double, double) Apply(double[] m, (double X, double Y, double Z) v) =>
        (m[0] * v.X + m[1] * v.Y + m[2] * v.Z, m[3] * v.X + m[4] * v.Y + m[5] * v.Z, m[6] * v.X + m[7] * v.Y + m[8] * v.Z);
}

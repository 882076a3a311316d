namespace HepSense.Signal.Tests;

/// <summary>
/// A band rotating about a fixed, arbitrary axis through a planned angle φ(t): the accelerometer sees
/// gravity turned by -φ (plus a little noise), the gyroscope sees φ'(t) about the axis.
/// </summary>
internal static class SyntheticMotion
{
    public static ImuSample[] Render(Func<double, double> angleRad, double seconds, double rateHz, bool gyro, int seed = 1,
        double ux = 0.3, double uy = 0.8, double uz = 0.5, double noise = 0.03)
    {
        (ux, uy, uz) = Unit((ux, uy, uz));
        var random = new Random(seed);
        var g = (X: 1.5, Y: -2.0, Z: 9.4);
        var samples = new ImuSample[(int)(seconds * rateHz)];
        var dt = 1 / rateHz;
        for (var i = 0; i < samples.Length; i++)
        {
            var t = i * dt;
            var phi = angleRad(t);
            var rate = (angleRad(t + 1e-4) - angleRad(t - 1e-4)) / 2e-4;
            var (ax, ay, az) = Rotate(g, ux, uy, uz, -phi);
            double N() => noise * (random.NextDouble() * 2 - 1);
            samples[i] = gyro
                ? new ImuSample((float)(ax + N()), (float)(ay + N()), (float)(az + N()),
                    (float)(ux * rate + N() / 5), (float)(uy * rate + N() / 5), (float)(uz * rate + N() / 5))
                : new ImuSample((float)(ax + N()), (float)(ay + N()), (float)(az + N()), 0, 0, 0);
        }
        return samples;
    }

    /// <summary>
    /// Accelerometer only: the band turned through φ(t) about one axis, then through ψ(t) about a second (a movement of another
    /// joint: a fidget, a shift of posture), with a little noise.
    /// </summary>
    public static ImuSample[] RenderTwoAxes(Func<double, double> phi, Func<double, double> psi, (double X, double Y, double Z) second,
        double seconds, double rateHz, int seed = 1, double noise = 0.03)
    {
        var (ux, uy, uz) = Unit((0.3, 0.8, 0.5));
        var (vx, vy, vz) = Unit(second);
        var random = new Random(seed);
        var samples = new ImuSample[(int)(seconds * rateHz)];
        for (var i = 0; i < samples.Length; i++)
        {
            var t = i / rateHz;
            var (ax, ay, az) = Rotate(Rotate((1.5, -2.0, 9.4), ux, uy, uz, -phi(t)), vx, vy, vz, -psi(t));
            double N() => noise * (random.NextDouble() * 2 - 1);
            samples[i] = new ImuSample((float)(ax + N()), (float)(ay + N()), (float)(az + N()), 0, 0, 0);
        }
        return samples;
    }

    /// <summary>
    /// With a gyroscope: the band turned through φ(t) about one axis and ψ(t) about a second (a twist of the limb as it moves),
    /// the gyroscope seeing both rates, the accelerometer gravity turned by both, with a little noise.
    /// </summary>
    public static ImuSample[] RenderTwoAxesWithGyro(Func<double, double> phi, Func<double, double> psi, (double X, double Y, double Z) first,
        (double X, double Y, double Z) second, double seconds, double rateHz, int seed = 1, double noise = 0.03)
    {
        var (ux, uy, uz) = Unit(first);
        var (vx, vy, vz) = Unit(second);
        var random = new Random(seed);
        var samples = new ImuSample[(int)(seconds * rateHz)];
        double Rate(Func<double, double> f, double t) => (f(t + 1e-4) - f(t - 1e-4)) / 2e-4;
        for (var i = 0; i < samples.Length; i++)
        {
            var t = i / rateHz;
            var (ax, ay, az) = Rotate(Rotate((1.5, -2.0, 9.4), ux, uy, uz, -phi(t)), vx, vy, vz, -psi(t));
            var (a, b) = (Rate(phi, t), Rate(psi, t));
            double N() => noise * (random.NextDouble() * 2 - 1);
            samples[i] = new ImuSample((float)(ax + N()), (float)(ay + N()), (float)(az + N()),
                (float)(ux * a + vx * b + N() / 5), (float)(uy * a + vy * b + N() / 5), (float)(uz * a + vz * b + N() / 5));
        }
        return samples;
    }

    /// <summary>When the lift before a set (<see cref="LiftThenPresses"/>) begins, in seconds.</summary>
    public const double LiftAt = 4;

    /// <summary>
    /// Accelerometer only: getting into position (lying back with the dumbbells, lifting them overhead: the band turned liftDeg
    /// over liftS from <see cref="LiftAt"/>), then, gapS after it, presses of periodS each, every one tilting the band pressDeg
    /// and pushing it up and back (±pushMs2: acceleration, then braking), 4 s of rest after them.
    /// </summary>
    public static ImuSample[] LiftThenPresses(double rateHz, double liftDeg, double liftS, double gapS, int presses, double periodS,
        double pressDeg, double pushMs2)
    {
        var pressesFrom = LiftAt + liftS + gapS;
        double Angle(double t) =>
            liftDeg * Math.PI / 180 * Ramp((t - LiftAt) / liftS)
            + (t >= pressesFrom && t < pressesFrom + presses * periodS ? pressDeg * Math.PI / 180 * Math.Sin(Math.PI * ((t - pressesFrom) % periodS) / periodS) : 0);
        var samples = Render(Angle, pressesFrom + presses * periodS + 4, rateHz, gyro: false, noise: 0.05);
        for (var i = 0; i < samples.Length; i++)
        {
            var t = i / rateHz;
            if (t < pressesFrom || t >= pressesFrom + presses * periodS) continue;
            var push = pushMs2 * Math.Sin(2 * Math.PI * (t - pressesFrom) / periodS);
            var s = samples[i];
            samples[i] = new ImuSample((float)(s.Ax + 0.6 * push), (float)(s.Ay - 0.3 * push), (float)(s.Az + 0.74 * push), 0, 0, 0);
        }
        return samples;
    }

    /// <summary>The vector scaled to length 1.</summary>
    public static (double, double, double) Unit((double X, double Y, double Z) v)
    {
        var norm = Math.Sqrt(v.X * v.X + v.Y * v.Y + v.Z * v.Z);
        return (v.X / norm, v.Y / norm, v.Z / norm);
    }

    /// <summary>Reps of a given shape after a lead-in rest, with rests between: raise, hold, lower, pause.</summary>
    public static Func<double, double> Reps(int count, double romDeg, double raiseS, double holdS, double lowerS, double pauseS,
        double leadInS = 3, Func<int, double>? romOf = null) => t =>
    {
        var period = raiseS + holdS + lowerS + pauseS;
        var u = t - leadInS;
        if (u < 0 || u >= count * period) return 0;
        var k = (int)(u / period);
        var rom = (romOf?.Invoke(k) ?? romDeg) * Math.PI / 180;
        var p = u - k * period;
        return p < raiseS ? rom * Ramp(p / raiseS)
            : p < raiseS + holdS ? rom
            : p < raiseS + holdS + lowerS ? rom * (1 - Ramp((p - raiseS - holdS) / lowerS))
            : 0;
    };

    /// <summary>A smooth step from 0 (x ≤ 0) to 1 (x ≥ 1): half a cosine, as a limb starts and stops.</summary>
    public static double Ramp(double x) => (1 - Math.Cos(Math.PI * Math.Clamp(x, 0, 1))) / 2;

    private static (double, double, double) Rotate((double X, double Y, double Z) v, double ux, double uy, double uz, double angle)
    {
        // Rodrigues' rotation formula.
        var c = Math.Cos(angle);
        var s = Math.Sin(angle);
        var dot = ux * v.X + uy * v.Y + uz * v.Z;
        var (cx, cy, cz) = (uy * v.Z - uz * v.Y, uz * v.X - ux * v.Z, ux * v.Y - uy * v.X);
        return (v.X * c + cx * s + ux * dot * (1 - c), v.Y * c + cy * s + uy * dot * (1 - c), v.Z * c + cz * s + uz * dot * (1 - c));
    }
}

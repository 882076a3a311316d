using static HepSense.Signal.Tests.SyntheticMotion;

namespace HepSense.Signal.Tests;

/// <summary>
/// The rotation since rest is the body-frame rate integrated as a vector, not the band's orientation: along the axis of the
/// reps, it changes by each rep's full angle however far the band turned about another axis before them (a weight lifted to
/// the chest, lying back on the bench) without a rest between. The orientation's rotation vector (log map of a quaternion)
/// does not: after a 90° turn about x, a 40° turn about the band's own y reads 32° along y (helper orient: the gym sims lost
/// 5–10 % of their exact files with it).
/// </summary>
public class RotationSinceRestTests
{
    [Theory]
    [InlineData(25)]
    [InlineData(50)]
    public void RepsAboutTheBandsOwnAxisAfterALargeTurnReadTheirFullAngle(double rateHz)
    {
        const double setUpDeg = 90, repDeg = 40, setUpS = 2, holdS = 2, repS = 4;
        const double repsFrom = 1 + setUpS + holdS;
        // The band turns 90° about its x axis, holds, then makes three 40° reps about its own y axis (up 1.5 s, down 1.5 s,
        // 1 s still), with no rest in between: the orientation is Rx(φ) · Ry(θ), whose body-frame rate is (φ', 0, 0) while
        // θ is 0 and (0, θ', 0) after.
        double Phi(double t) => setUpDeg * Math.PI / 180 * Ramp((t - 1) / setUpS);
        double Theta(double t)
        {
            var u = t - repsFrom;
            if (u < 0 || u >= 3 * repS) return 0;
            var p = u % repS;
            return repDeg * Math.PI / 180 * (p < 1.5 ? Ramp(p / 1.5) : p < 3 ? 1 - Ramp((p - 1.5) / 1.5) : 0);
        }
        double Rate(Func<double, double> f, double t) => (f(t + 1e-4) - f(t - 1e-4)) / 2e-4;

        var rotation = new RotationSinceRest(rateHz, new DetectorTuning());
        var samples = (int)((repsFrom + 3 * repS) * rateHz);
        var along = new double[samples];
        for (var i = 0; i < samples; i++)
        {
            var t = i / rateHz;
            // Gravity in the band's frame: the world's vertical turned back through θ about y, then φ about x.
            var (ax, ay, az) = Turn(Turn((0, 0, 9.81), (1, 0, 0), -Phi(t)), (0, 1, 0), -Theta(t));
            var s = new ImuSample((float)ax, (float)ay, (float)az, (float)Rate(Phi, t), (float)Rate(Theta, t), 0);
            if (i == 0) rotation.Settle(in s);
            rotation.Add(in s);
            along[i] = rotation.Y;
        }

        for (var k = 0; k < 3; k++)
        {
            var (from, to) = ((int)((repsFrom + k * repS) * rateHz), (int)((repsFrom + (k + 1) * repS) * rateHz) - 1);
            var swingDeg = (along.AsSpan(from, to - from + 1).ToArray().Max() - along[from]) * 180 / Math.PI;
            Assert.InRange(swingDeg, repDeg - 1.5, repDeg + 0.5);
        }
    }

    /// <summary><paramref name="v"/> turned through <paramref name="angle"/> about the unit <paramref name="axis"/> (Rodrigues).</summary>
    private static (double X, double Y, double Z) Turn((double X, double Y, double Z) v, (double X, double Y, double Z) axis, double angle)
    {
        var (c, s) = (Math.Cos(angle), Math.Sin(angle));
        var dot = axis.X * v.X + axis.Y * v.Y + axis.Z * v.Z;
        var (cx, cy, cz) = (axis.Y * v.Z - axis.Z * v.Y, axis.Z * v.X - axis.X * v.Z, axis.X * v.Y - axis.Y * v.X);
        return (v.X * c + cx * s + axis.X * dot * (1 - c), v.Y * c + cy * s + axis.Y * dot * (1 - c), v.Z * c + cz * s + axis.Z * dot * (1 - c));
    }
}

namespace HepSense.Grains.Tests;

/// <summary>A synthetic band on a moving limb: clean reps of a rotation about the band's x axis, with rests.</summary>
public static class Movement
{
    /// <summary>
    /// Rest, then <paramref name="reps"/> reps of 0 → <paramref name="romDeg"/> → 0 (raised-cosine angle, one per
    /// <paramref name="periodS"/>), then rest. Gravity follows the tilt; the gyroscope reads the angular rate.
    /// </summary>
    public static List<(double Ax, double Ay, double Az, double Gx, double Gy, double Gz)> Reps(
        int reps, double rateHz, double periodS = 3, double romDeg = 70, double restS = 4)
    {
        var samples = new List<(double, double, double, double, double, double)>();
        var total = (int)Math.Round((2 * restS + reps * periodS) * rateHz);
        var amplitude = romDeg * Math.PI / 180;
        for (var i = 0; i < total; i++)
        {
            var t = i / rateHz - restS;
            var moving = t >= 0 && t < reps * periodS;
            var phase = 2 * Math.PI * t / periodS;
            var angle = moving ? amplitude * (1 - Math.Cos(phase)) / 2 : 0;
            var rate = moving ? amplitude * Math.PI / periodS * Math.Sin(phase) : 0;
            samples.Add((0.05 * Math.Sin(7.3 * t), 9.81 * Math.Sin(angle), 9.81 * Math.Cos(angle), rate, 0.01 * Math.Sin(3.1 * t), 0));
        }
        return samples;
    }
}

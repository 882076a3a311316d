namespace HepSense.Signal.Tests;

/// <summary>
/// Accelerometer only: reps held out longer than the counted band's high-pass remembers (a prone hip extension lifted 12° and
/// held 6 s, uci-pt s1-e5). A set's first rep, before the period lowers the high-pass edge, can make two cycles of the counted
/// band: its way out (the step and the filter's answer to it) and its way back. The second only brings the band back from
/// where the first left it held: it is that rep's way back, not a rep.
/// </summary>
public class HeldRepWayBackTests
{
    /// <summary>
    /// Reps lifted past their hold and settling back to it (<paramref name="overshoot"/> × the range), held, let down with a
    /// bounce past rest (<paramref name="bounce"/> × the range), after a 3 s lead-in.
    /// </summary>
    private static Func<double, double> HeldReps(int count, double romDeg, double holdS, double overshoot, double bounce, double pauseS) => t =>
    {
        const double rise = 0.8, settle = 0.6, drop = 0.5, land = 0.5;
        var period = rise + settle + holdS + drop + land + pauseS;
        var u = t - 3;
        if (u < 0 || u >= count * period) return 0;
        var p = u % period;
        var rom = romDeg * Math.PI / 180;
        static double Between(double a, double b, double x) => a + (b - a) * SyntheticMotion.Ramp(x);
        if (p < rise) return Between(0, (1 + overshoot) * rom, p / rise);
        if ((p -= rise) < settle) return Between((1 + overshoot) * rom, rom, p / settle);
        if ((p -= settle) < holdS) return rom;
        if ((p -= holdS) < drop) return Between(rom, -bounce * rom, p / drop);
        if ((p -= drop) < land) return Between(-bounce * rom, 0, p / land);
        return 0;
    };

    /// <summary>
    /// The band <paramref name="radiusM"/> from the joint: gravity turned by the angle (<see cref="SyntheticMotion.Render"/>) plus
    /// the tangential acceleration of the turn, r φ'', along the direction the band moves (fixed in its frame).
    /// </summary>
    internal static ImuSample[] WithSwing(Func<double, double> angle, double seconds, double rateHz, double radiusM)
    {
        var samples = SyntheticMotion.Render(angle, seconds, rateHz, gyro: false);
        // The turn's axis (Render's default) across gravity at rest: the way the band moves at the start of the turn.
        var (ux, uy, uz) = SyntheticMotion.Unit((0.3, 0.8, 0.5));
        var (mx, my, mz) = SyntheticMotion.Unit((uy * 9.4 - uz * -2.0, uz * 1.5 - ux * 9.4, ux * -2.0 - uy * 1.5));
        const double h = 1e-3;
        for (var i = 0; i < samples.Length; i++)
        {
            var t = i / rateHz;
            var a = radiusM * (angle(t + h) - 2 * angle(t) + angle(t - h)) / (h * h);
            var s = samples[i];
            samples[i] = new ImuSample((float)(s.Ax + a * mx), (float)(s.Ay + a * my), (float)(s.Az + a * mz), 0, 0, 0);
        }
        return samples;
    }

    [Theory]
    [InlineData(25, 5)]
    [InlineData(50, 5)]
    [InlineData(100, 5)]
    [InlineData(25, 6)]
    [InlineData(50, 6)]
    public void AHeldRepsWayBackIsNotARepOfItsOwn(double rateHz, double holdS)
    {
        // Six 20° reps, each lifted 20 % past its hold and let down with a 10 % bounce, the band 0.2 m from the joint. The first
        // rep's way out (3.4 s) and way back (9.4 s) were each a whole cycle: 7 counted.
        var samples = WithSwing(HeldReps(6, 20, holdS, overshoot: 0.2, bounce: 0.1, pauseS: 1.5), 3 + 6 * (holdS + 3.9) + 6, rateHz, radiusM: 0.2);
        var counted = Detection.Count(samples, rateHz, false);
        var without = Detection.Count(samples, rateHz, false, new DetectorTuning { CycleWayBackShare = 0 });
        Assert.Equal((6, 7), (counted, without));
    }

    [Theory]
    [InlineData(25)]
    [InlineData(50)]
    public void RepsHeldAndLetDownCountOnceEach(double rateHz)
    {
        // Held reps counted by their way out, their way back between cycles (most held reps), and reps that never split: as before.
        var samples = WithSwing(HeldReps(6, 12, 6, overshoot: 0.2, bounce: 0, pauseS: 1.5), 3 + 6 * (6 + 3.9) + 6, rateHz, radiusM: 0.2);
        Assert.Equal(6, Detection.Count(samples, rateHz, false));
    }
}

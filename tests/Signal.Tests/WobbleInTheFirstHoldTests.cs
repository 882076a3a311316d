namespace HepSense.Signal.Tests;

/// <summary>
/// A set whose first rep wobbles in its hold at the top: the limb sinks back a quarter of the way and rises again before it
/// is lowered (uci-pt s2-e4-test's first leg raise; s2-e5-template's first rep hesitates alike on its way out). The dip is
/// too deep for a hesitation, so the way out ended there and a small swing began at the dip; the lowering then ran far past
/// that swing's start, which read as a fidget before the set: dropped, and the set's direction turned inside out. Whether the
/// dip read as too deep hinged on where the axis was last re-estimated; now its depth no longer decides the count.
/// </summary>
public class WobbleInTheFirstHoldTests
{
    private const int Count = 8;
    private const double RomDeg = 40, RaiseS = 1.2, HoldS = 3, LowerS = 0.8, RestS = 2.5, Lead = 3;

    private static List<DetectedRep> Detected(double rateHz, DetectorTuning tuning, double dipShare)
    {
        var reps = SyntheticMotion.Reps(Count, RomDeg, RaiseS, HoldS, LowerS, RestS, Lead);
        static double Bump(double x) => x is > 0 and < 1 ? (1 - Math.Cos(2 * Math.PI * x)) / 2 : 0;
        // In the first hold: down by dipShare of the rep over 0.8 s and back up, from 0.8 s after the top.
        double Angle(double t) => reps(t) - dipShare * RomDeg * Math.PI / 180 * Bump((t - Lead - RaiseS - 0.8) / 0.8);
        var seconds = Lead + Count * (RaiseS + HoldS + LowerS + RestS) + 6;
        return Detection.Run(new RepDetector(rateHz, hasGyroscope: true, tuning), SyntheticMotion.Render(Angle, seconds, rateHz, gyro: true));
    }

    [Theory]
    [InlineData(25, 0.25)]
    [InlineData(50, 0.25)]
    [InlineData(25, 0.2)]
    public void TheFirstRepCountsWhateverItsWobble(double rateHz, double dipShare)
    {
        var reps = Detected(rateHz, new DetectorTuning(), dipShare);
        Assert.Equal(Count, reps.Count);
        // Each rep is a raise, its hold and the lowering (not a lowering and the next raise): it begins before its hold.
        Assert.All(reps, r => Assert.True(r.DurationS > HoldS, $"a {r.DurationS:F1} s rep"));
    }

    [Fact]
    public void WithoutTheRulesTheSetTurnsInsideOut()
    {
        var reps = Detected(25, new DetectorTuning { AbandonedMerge = 0, OvershootAbandonedShare = 0, RestAgainstTurn = 0 }, 0.25);
        Assert.True(reps.Count != Count || reps.Any(r => r.DurationS <= HoldS), $"{reps.Count} reps");
    }
}

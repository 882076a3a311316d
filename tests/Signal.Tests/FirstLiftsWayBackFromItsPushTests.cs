namespace HepSense.Signal.Tests;

/// <summary>
/// Accelerometer only: a set of quick lifts held at the top. The first lift's cycle begins at its second lobe, half way up
/// (CyclePushTilt), and its quick let-down is a cycle of its own. It is that rep's way back only when the rep is taken to have
/// begun where its push began, at rest (CyclePushHeldFrom): read from half way up, the rep began away from the rest before it, and
/// the let-down was counted or held and dropped with the lift. Taken for the way back, the let-down is no rep, so the next rep's
/// least gap runs from the first lift's way back (CycleWayBackGap): from the let-down, the second lift's way back fell inside it
/// and the whole rep was lost.
/// </summary>
public class FirstLiftsWayBackFromItsPushTests
{
    [Theory]
    [InlineData(0.6, 4.0, 0.7, 1.5, 0.45, 25)]
    [InlineData(0.7, 4.0, 0.7, 1.5, 0.45, 25)]
    [InlineData(0.6, 4.0, 0.7, 1.5, 0.45, 50)]
    public void AHeldSetsFirstLetDownIsItsWayBack(double liftS, double holdS, double downS, double pauseS, double radiusM, double rateHz)
    {
        var samples = HeldSet(liftS, holdS, downS, pauseS, radiusM, rateHz);
        var counted = Detection.Count(samples, rateHz, false);
        var without = Detection.Count(samples, rateHz, false, new DetectorTuning { CyclePushHeldFrom = 0 });
        Assert.Equal((9, 8), (counted, without));
    }

    [Theory]
    [InlineData(0.5, 4.5, 0.7, 1.5, 0.45, 25)]
    [InlineData(0.7, 4.5, 0.7, 1.5, 0.45, 25)]
    [InlineData(0.6, 4.5, 0.7, 1.5, 0.45, 50)]
    public void TheSecondLiftIsARepAfterTheFirstsWayBack(double liftS, double holdS, double downS, double pauseS, double radiusM, double rateHz)
    {
        var samples = HeldSet(liftS, holdS, downS, pauseS, radiusM, rateHz);
        var counted = Detection.Count(samples, rateHz, false);
        var without = Detection.Count(samples, rateHz, false, new DetectorTuning { CycleWayBackGap = 0 });
        Assert.Equal((9, 8), (counted, without));
    }

    /// <summary>Nine 75° lifts, held, let down, a pause after each, after a 3 s rest; the band <paramref name="radiusM"/> from the joint.</summary>
    private static ImuSample[] HeldSet(double liftS, double holdS, double downS, double pauseS, double radiusM, double rateHz) =>
        HeldRepWayBackTests.WithSwing(SyntheticMotion.Reps(9, 75, liftS, holdS, downS, pauseS),
            3 + 9 * (liftS + holdS + downS + pauseS) + 6, rateHz, radiusM);
}

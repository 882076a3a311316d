namespace HepSense.Signal.Tests;

/// <summary>
/// Accelerometer only: a set of quick lifts held at the top (a seated knee extension, a shoulder flexion with a hold). The first
/// lift's push, r φ'' along the motion, is a small lobe before the large one of gravity turning; the set's direction still open,
/// the cycle begins at the second lobe, where the band is most of the way up, and its tilt read from there (13–15° against the
/// next rep's 85–95°) had the set-start hold drop it as picking the weight up (CyclePushTilt). Its quick let-down is a cycle of
/// its own, that rep's way back only when the rep is taken to have begun where its push began, at rest (CyclePushHeldFrom); taken
/// for the way back it is no rep, so the next rep's least gap runs from the first lift's way back (CycleWayBackGap): from the
/// let-down, the second lift's way back fell inside it and the whole rep was lost.
/// </summary>
public class FirstLiftFromItsPushTests
{
    [Theory]
    [InlineData(0.6, 3.5, 0.7, 1.5, 0.3, 25)]
    [InlineData(0.7, 3.5, 1.2, 2.0, 0.45, 50)]
    [InlineData(0.5, 3.0, 1.2, 2.0, 0.45, 25)]
    public void AHeldSetsFirstLiftIsARep(double liftS, double holdS, double downS, double pauseS, double radiusM, double rateHz) =>
        Assert.Equal((9, 8), Counts(HeldSet(liftS, holdS, downS, pauseS, radiusM, rateHz), rateHz, new DetectorTuning { CyclePushTilt = 0 }));

    [Theory]
    [InlineData(0.6, 4.0, 0.7, 1.5, 0.45, 25)]
    [InlineData(0.7, 4.0, 0.7, 1.5, 0.45, 25)]
    [InlineData(0.6, 4.0, 0.7, 1.5, 0.45, 50)]
    public void AHeldSetsFirstLetDownIsItsWayBack(double liftS, double holdS, double downS, double pauseS, double radiusM, double rateHz) =>
        Assert.Equal((9, 8), Counts(HeldSet(liftS, holdS, downS, pauseS, radiusM, rateHz), rateHz, new DetectorTuning { CyclePushHeldFrom = 0 }));

    [Theory]
    [InlineData(0.5, 4.5, 0.7, 1.5, 0.45, 25)]
    [InlineData(0.7, 4.5, 0.7, 1.5, 0.45, 25)]
    [InlineData(0.6, 4.5, 0.7, 1.5, 0.45, 50)]
    public void TheSecondLiftIsARepAfterTheFirstsWayBack(double liftS, double holdS, double downS, double pauseS, double radiusM, double rateHz) =>
        Assert.Equal((9, 8), Counts(HeldSet(liftS, holdS, downS, pauseS, radiusM, rateHz), rateHz, new DetectorTuning { CycleWayBackGap = 0 }));

    /// <summary>The count with the detector as it is and with <paramref name="without"/>.</summary>
    private static (int, int) Counts(ImuSample[] samples, double rateHz, DetectorTuning without) =>
        (Detection.Count(samples, rateHz, false), Detection.Count(samples, rateHz, false, without));

    /// <summary>Nine 75° lifts, held, let down, a pause after each, after a 3 s rest; the band <paramref name="radiusM"/> from the joint.</summary>
    private static ImuSample[] HeldSet(double liftS, double holdS, double downS, double pauseS, double radiusM, double rateHz) =>
        HeldRepWayBackTests.WithSwing(SyntheticMotion.Reps(9, 75, liftS, holdS, downS, pauseS),
            3 + 9 * (liftS + holdS + downS + pauseS) + 6, rateHz, radiusM);
}

namespace HepSense.Signal.Tests;

/// <summary>
/// Accelerometer only: a set of quick lifts held at the top (a seated knee extension, a shoulder flexion with a hold). The first
/// lift's push, r φ'' along the motion, is a small lobe before the large one of gravity turning; the set's direction still open,
/// the cycle begins at the second lobe, where the band is most of the way up, and its tilt read from there (13–15° against the
/// next rep's 85–95°) had the set-start hold drop it as picking the weight up (CyclePushTilt).
/// </summary>
public class FirstLiftFromItsPushTests
{
    [Theory]
    [InlineData(0.6, 3.5, 0.7, 1.5, 0.3, 25)]
    [InlineData(0.7, 3.5, 1.2, 2.0, 0.45, 50)]
    [InlineData(0.5, 3.0, 1.2, 2.0, 0.45, 25)]
    public void AHeldSetsFirstLiftIsARep(double liftS, double holdS, double downS, double pauseS, double radiusM, double rateHz)
    {
        // Nine 75° lifts, held, let down, a pause after each, after a 3 s rest.
        var samples = HeldRepWayBackTests.WithSwing(SyntheticMotion.Reps(9, 75, liftS, holdS, downS, pauseS),
            3 + 9 * (liftS + holdS + downS + pauseS) + 6, rateHz, radiusM);
        var counted = Detection.Count(samples, rateHz, false);
        var without = Detection.Count(samples, rateHz, false, new DetectorTuning { CyclePushTilt = 0 });
        Assert.Equal((9, 8), (counted, without));
    }
}

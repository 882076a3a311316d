namespace HepSense.Signal.Tests;

/// <summary>
/// Accelerometer only: a slow shift the other way just before a set, too large next to the reps for the far-larger-lobe test
/// (<see cref="DetectorTuning.CycleRedecideShare"/>), must not decide which way the set's reps set out: it turned the band
/// gently, the reps turn it briskly (<see cref="DetectorTuning.CycleRedecideSlowShare"/>).
/// </summary>
public class SlowFidgetBeforeTheSetTests
{
    private const double FidgetAt = 2.5, FidgetS = 2, RepsAt = FidgetAt + FidgetS + 1, UpS = 0.6;

    // A 20° shift the other way and back over 2 s, 1 s still, then six 40° reps (0.6 s up, 0.6 s down, 0.3 s apart).
    private static double Motion(double t)
    {
        if (t >= FidgetAt && t < FidgetAt + FidgetS) return -20 * Math.PI / 180 * (1 - Math.Cos(2 * Math.PI * (t - FidgetAt) / FidgetS)) / 2;
        return SyntheticMotion.Reps(6, 40, UpS, 0, UpS, 0.3, leadInS: RepsAt)(t);
    }

    /// <summary>The reps found after the shift (whatever became of the shift itself: it may pass for a partial first rep).</summary>
    private static int RepsAfterTheShift(double rate, int seed, double slowShare)
    {
        var samples = SyntheticMotion.Render(Motion, RepsAt + 6 * (2 * UpS + 0.3) + 4, rate, gyro: false, seed: seed, noise: 0.1);
        var reps = Detection.Run(new RepDetector(rate, false, new DetectorTuning { CycleRedecideSlowShare = slowShare }), samples);
        return reps.Count(r => r.StartSample >= (FidgetAt + FidgetS) * rate);
    }

    [Theory]
    [InlineData(12.5, 1)]
    [InlineData(25, 1)]
    [InlineData(25, 2)]
    [InlineData(50, 3)]
    [InlineData(100, 1)]
    public void AGentleShiftTheOtherWayDoesNotSetTheSetsDirection(double rate, int seed)
    {
        // The shift's cycle decided the direction, and its lobes were over a third of the reps' (under the far-larger test's
        // 2.25): each counted cycle paired a rep's way down with the next rep's way up, and the set's first way up and last way
        // down, one rep, were lost (muvr shoulders_jan-3_13, lateral raises after a 3 s shift at a quarter of their speed).
        Assert.Equal(6, RepsAfterTheShift(rate, seed, new DetectorTuning().CycleRedecideSlowShare));
        Assert.Equal(5, RepsAfterTheShift(rate, seed, 0));
    }
}

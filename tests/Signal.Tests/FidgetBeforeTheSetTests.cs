namespace HepSense.Signal.Tests;

/// <summary>
/// Accelerometer only: a small fidget the other way just before a set must not decide which way the set's reps set out.
/// </summary>
public class FidgetBeforeTheSetTests
{
    // A 10° twitch the other way (1.2 s), 1 s still, then six 70° reps (0.9 s up, 0.9 s down, 0.3 s apart).
    private static double Motion(double t)
    {
        const double fidgetAt = 2.5, fidgetS = 1.2, repsAt = fidgetAt + fidgetS + 1;
        if (t >= fidgetAt && t < fidgetAt + fidgetS) return -10 * Math.PI / 180 * (1 - Math.Cos(2 * Math.PI * (t - fidgetAt) / fidgetS)) / 2;
        return SyntheticMotion.Reps(6, 70, 0.9, 0, 0.9, 0.3, leadInS: repsAt)(t);
    }

    private static int Count(double rate, int seed, double share) =>
        Detection.Count(SyntheticMotion.Render(Motion, 4.7 + 6 * 2.1 + 4, rate, gyro: false, seed: seed, noise: 0.1), rate, false,
            new DetectorTuning { CycleRedecideShare = share });

    [Theory]
    [InlineData(12.5, 1)]
    [InlineData(25, 1)]
    [InlineData(25, 2)]
    [InlineData(50, 3)]
    [InlineData(100, 1)]
    public void AFidgetTheOtherWayDoesNotSetTheSetsDirection(double rate, int seed)
    {
        // The fidget's cycle decided the direction: each counted cycle then paired a rep's way down with the next rep's way up,
        // and the set's first way up and last way down, one rep, were lost (5 counted; muvr arms_jan-2_54, a barbell curl).
        Assert.Equal(6, Count(rate, seed, new DetectorTuning().CycleRedecideShare));
        Assert.Equal(5, Count(rate, seed, 0));
    }
}

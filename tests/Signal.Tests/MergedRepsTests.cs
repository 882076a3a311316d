namespace HepSense.Signal.Tests;

/// <summary>Accelerometer only: a small rep among large ones, which the acceleration's cycle count merges into its neighbours.</summary>
public class MergedRepsTests
{
    private static int Count(Func<double, double> motion, double seconds, double rate, int seed, DetectorTuning tuning) =>
        Counted(SyntheticMotion.Render(motion, seconds, rate, gyro: false, seed: seed, noise: 0.15), rate, tuning);

    private static int Counted(ImuSample[] samples, double rate, DetectorTuning tuning) =>
        Detection.Count(samples, rate, false, tuning);

    [Theory]
    [InlineData(25, 1)]
    [InlineData(50, 2)]
    [InlineData(100, 3)]
    [InlineData(12.5, 4)]
    public void ASmallRepAmongLargeOnesCounts(double rate, int seed)
    {
        // 12 curls of 2.7 s, the sixth 46° among 150° ones, turning about an axis that is not level (gravity moves on a cone).
        // The small rep's acceleration lobes are a tenth to a third of its neighbours': its way out never reached the cycle
        // threshold and the count merged it (11); its tilt from rest is a third of theirs, a whole bump between two cycles.
        double Rom(int k) => k == 5 ? 46 : 150;
        var motion = SyntheticMotion.Reps(12, 150, 1.1, 0.2, 1.1, 0.3, leadInS: 4, romOf: Rom);
        var seconds = 4 + 12 * 2.7 + 4;
        var before = Count(motion, seconds, rate, seed, new DetectorTuning { MergedRepShare = 0 });
        var now = Count(motion, seconds, rate, seed, new DetectorTuning());
        Assert.Equal(11, before);   // without the tilt count: the case is exercised
        Assert.Equal(12, now);
    }

    [Theory]
    [InlineData(25, 1)]
    [InlineData(50, 2)]
    public void AMovementAboutAnotherAxisBetweenRepsIsNotARep(double rate, int seed)
    {
        // The same set, the sixth rep's place taken by a 46° turn of another joint (about an axis 90° from the reps'): its tilt
        // bump is as large as a small rep's, but it leaves the rest another way.
        var reps = SyntheticMotion.Reps(12, 150, 1.1, 0.2, 1.1, 0.3, leadInS: 4, romOf: k => k == 5 ? 0 : 150);
        var other = SyntheticMotion.Reps(12, 46, 1.1, 0.2, 1.1, 0.3, leadInS: 4, romOf: k => k == 5 ? 46 : 0);
        var samples = SyntheticMotion.RenderTwoAxes(reps, other, (0.8, -0.3, 0.0), 4 + 12 * 2.7 + 4, rate, seed, noise: 0.15);
        Assert.Equal(11, Counted(samples, rate, new DetectorTuning()));
        // Without the way-out test it would count: the case is exercised (11 holds with MergedReps off altogether too).
        Assert.Equal(12, Counted(samples, rate, new DetectorTuning { MergedRepAlongCos = -1 }));
    }

    [Theory]
    [InlineData(25, 1)]
    [InlineData(50, 2)]
    public void ASetSwingingBothWaysFromRestGainsNoReps(double rate, int seed)
    {
        // 12 swings of 60°, out to one side and back, then to the other, a pause at rest between: two tilt bumps in each cycle
        // of the acceleration (or one cycle each, as the count pairs the lobes), alike in size; neither is a merged rep, as they
        // leave the rest opposite ways.
        var swing = SyntheticMotion.Reps(12, 60, 0.8, 0, 0.8, 0.6, leadInS: 4, romOf: k => k % 2 == 0 ? 60 : -60);
        var seconds = 4 + 12 * 2.2 + 4;
        var samples = SyntheticMotion.Render(swing, seconds, rate, gyro: false, seed: seed, noise: 0.15);
        var before = Counted(samples, rate, new DetectorTuning { MergedRepShare = 0 });
        Assert.Equal(before, Counted(samples, rate, new DetectorTuning()));
        // Without the way-out test the second bumps would be taken for merged reps: the case is exercised.
        Assert.True(Counted(samples, rate, new DetectorTuning { MergedRepAlongCos = -1 }) > before);
    }
}

namespace HepSense.Signal.Tests;

/// <summary>
/// Walking to the mat, lying down and beginning the set: the strides the gait gate drops were counted for the swing path (the
/// set's direction, the last rep's end, the typical size), so the set's first way out from the lying rest read as the strides'
/// next way back and its first rep was lost, where the same set begun standing still counts it (simulated walkset against
/// stillset: 21 / 20 files of 74). A stride dropped ends no set: the first rest after it starts afresh (SwingCounter.ForgetGait).
/// </summary>
public class SetAfterAWalkTests
{
    private const double Rate = 25;

    /// <summary>5 s standing, lying down (40° over 2.4 s), 3.6 s at rest, then reps on out from there and back (50°).</summary>
    private static ImuSample[] LieDownThenReps(int reps)
    {
        const double leadIn = 5 + 2.4 + 3.6;
        var set = SyntheticMotion.Reps(reps, 50, raiseS: 1, holdS: 0.5, lowerS: 1, pauseS: 1.5, leadInS: leadIn);
        double Angle(double t) => 40 * Math.PI / 180 * SyntheticMotion.Ramp((t - 5) / 2.4) + set(t);
        return SyntheticMotion.Render(Angle, leadIn + reps * 4 + 8, Rate, gyro: true);
    }

    [Fact]
    public void TheFirstRepAfterAWalkCountsAsStandingStill()
    {
        var set = LieDownThenReps(10);
        var walk = GaitMotion.Walk(Placement.Wrist, GaitMotion.Normal, Rate, gyro: true, seed: 2, walkS: 20, tailS: 0);
        var alone = Detection.Run(new RepDetector(Rate, true, new DetectorTuning()), set).Select(r => r.StartSample).ToList();
        Assert.Equal(10, alone.Count);
        List<long> AfterWalk(DetectorTuning tuning) =>
            [.. Detection.Run(new RepDetector(Rate, true, tuning), [.. walk, .. set]).Where(r => r.StartSample >= walk.Length)
                .Select(r => r.StartSample - walk.Length)];
        var after = AfterWalk(new DetectorTuning());
        Assert.Equal(10, after.Count);
        Assert.InRange(after[0] - alone[0], -Rate, Rate);             // the first rep, where standing still finds it
        Assert.Equal(9, AfterWalk(new DetectorTuning { ForgetGait = 0 }).Count);
    }
}

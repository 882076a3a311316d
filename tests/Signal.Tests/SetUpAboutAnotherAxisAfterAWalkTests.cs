namespace HepSense.Signal.Tests;

/// <summary>
/// Walking to the set, turning the arm out into position (about one axis), resting, then reps about another axis (a shoulder
/// external rotation): the swing axis window held the strides and the turn into position, so the set's first rep, about the
/// other axis, read as nothing and was lost (simulated walkset, s7 in-pain / s11 adherent shoulder-external-rotation-1). At the
/// rest after the strides, a band that got into position before it forgets the axis window (SwingCounter.MovedToPosture).
/// </summary>
public class SetUpAboutAnotherAxisAfterAWalkTests
{
    private const double Rate = 25;
    private const double SetUpS = 0.5, SetUpLengthS = 0.8, RepsAtS = 3.8;

    /// <summary>An 85° turn into position about one axis, a rest, then reps of 45° about an axis across it.</summary>
    private static ImuSample[] SetUpThenReps(int reps)
    {
        var set = SyntheticMotion.Reps(reps, 45, raiseS: 1.6, holdS: 0.5, lowerS: 1.6, pauseS: 1.2, leadInS: RepsAtS);
        double SetUp(double t) => 85 * Math.PI / 180 * SyntheticMotion.Ramp((t - SetUpS) / SetUpLengthS);
        return SyntheticMotion.RenderTwoAxesWithGyro(SetUp, set, (0.3, 0.8, 0.5), (0.9, -0.1, -0.4), RepsAtS + reps * 4.9 + 8, Rate);
    }

    [Fact]
    public void TheFirstRepAboutAnotherAxisCountsAfterTheWalk()
    {
        var set = SetUpThenReps(8);
        var walk = GaitMotion.Walk(Placement.Wrist, GaitMotion.Normal, Rate, gyro: true, seed: 2, walkS: 20, tailS: 0);
        List<long> AfterWalk(DetectorTuning tuning) =>
            [.. Detection.Run(new RepDetector(Rate, true, tuning), [.. walk, .. set]).Where(r => r.StartSample >= walk.Length)
                .Select(r => r.StartSample - walk.Length)];
        var after = AfterWalk(new DetectorTuning());
        Assert.Equal(8, after.Count);
        Assert.InRange(after[0], (RepsAtS - 1) * Rate, (RepsAtS + 1) * Rate);     // the first rep, where it began
        Assert.Equal(7, AfterWalk(new DetectorTuning { ForgetGaitAxis = 0 }).Count);
    }
}

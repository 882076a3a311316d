namespace HepSense.Signal.Tests;

/// <summary>
/// Walking is not reps (<see cref="GaitGate"/>, opt-in: GaitSteps 4): a band swinging once per stride counts every stride
/// without the gate; with it, a minute of walking counts (almost) nothing, and a set right after the walk counts as without it.
/// </summary>
public class WalkingIsNotRepsTests
{
    private static readonly DetectorTuning Gated = new() { GaitSteps = 4 };

    [Theory]
    [InlineData(Placement.Thigh, 25, true)]
    [InlineData(Placement.Trunk, 25, false)]
    [InlineData(Placement.UpperArm, 50, true)]
    [InlineData(Placement.Wrist, 50, false)]
    [InlineData(Placement.Wrist, 25, true)]
    public void AMinuteOfWalkingCountsNoStrides(Placement placement, double rateHz, bool gyro)
    {
        var walk = GaitMotion.Walk(placement, GaitMotion.Normal, rateHz, gyro, seed: 1, walkS: 60);
        Assert.True(Detection.Count(walk, rateHz, gyro) >= 40);       // every stride (or step) a rep without the gate
        Assert.True(Detection.Count(walk, rateHz, gyro, Gated) <= 2);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ASetRightAfterAWalkCountsAsWithoutIt(bool gyro)
    {
        const double rate = 25;
        var set = SyntheticMotion.Render(SyntheticMotion.Reps(10, 70, 1.2, 0.3, 1.2, 0.8), 40, rate, gyro);
        var walk = GaitMotion.Walk(Placement.Wrist, GaitMotion.Normal, rate, gyro, seed: 2, walkS: 20, tailS: 0);
        Assert.Equal(10, Detection.Count(SyntheticMotion.Render(SyntheticMotion.Reps(10, 70, 1.2, 0.3, 1.2, 0.8), 40, rate, gyro), rate, gyro));
        var alone = Detection.Count(set, rate, gyro, Gated);
        Assert.Equal(10, alone);
        Assert.Equal(alone, Detection.Count([.. walk, .. set], rate, gyro, Gated));
    }
}

namespace HepSense.Signal.Tests;

/// <summary>
/// Walking is not reps (<see cref="GaitGate"/>): a band swinging once per stride counts every stride without the gate; with it,
/// a minute of walking (or shuffling) counts only the strides before gait is confirmed, and a set right after the walk counts as
/// without it.
/// </summary>
public class WalkingIsNotRepsTests
{
    private static readonly DetectorTuning Gated = new();
    private static readonly DetectorTuning Ungated = new() { GaitSteps = 0 };

    [Theory]
    [InlineData(Placement.Thigh, 25, true)]
    [InlineData(Placement.Trunk, 25, false)]
    [InlineData(Placement.UpperArm, 50, true)]
    [InlineData(Placement.Wrist, 50, false)]
    [InlineData(Placement.Wrist, 25, true)]
    [InlineData(Placement.Thigh, 12.5, false)]
    [InlineData(Placement.UpperArm, 200, true)]
    public void AMinuteOfWalkingCountsNoStrides(Placement placement, double rateHz, bool gyro)
    {
        var walk = GaitMotion.Walk(placement, GaitMotion.Normal, rateHz, gyro, seed: 1, walkS: 60);
        Assert.True(Detection.Count(walk, rateHz, gyro, Ungated) >= 40);   // every stride (or step) a rep without the gate
        Assert.True(Detection.Count(walk, rateHz, gyro, Gated) <= 5);      // the first strides, before the gait is sure
    }

    /// <summary>
    /// On the shank a brisk walk's |a| crosses the step floor at irregular phases (its own heel strike, the swing): no steady
    /// steps. The stride rhythm finds it: a rise of the band that comes with a heel strike's jolt, once per stride, steady.
    /// </summary>
    [Theory]
    [InlineData(25, true)]
    [InlineData(25, false)]
    [InlineData(50, false)]
    [InlineData(100, true)]
    public void ABriskWalkOnTheShankCountsNoStrides(double rateHz, bool gyro)
    {
        var walk = GaitMotion.Walk(Placement.Shank, GaitMotion.Brisk, rateHz, gyro, seed: 1, walkS: 60);
        Assert.True(Detection.Count(walk, rateHz, gyro, new DetectorTuning { GaitStrides = 0 }) >= 40);   // steps alone: every stride
        Assert.True(Detection.Count(walk, rateHz, gyro, Gated) <= 8);   // the strides before the rhythm is sure
    }

    /// <summary>
    /// A patient in pain shuffles (1.3 steps/s, small jolts and bounce, jittery steps): under the step floor and too irregular
    /// for the steady walk. The shuffle rhythm (a lower floor, a looser steadiness, strides that turn the band little) finds it.
    /// </summary>
    [Theory]
    [InlineData(Placement.Trunk, 25, true)]
    [InlineData(Placement.Thigh, 25, false)]
    [InlineData(Placement.UpperArm, 50, true)]
    [InlineData(Placement.Wrist, 100, true)]
    [InlineData(Placement.Shank, 25, true)]
    public void AMinuteOfShufflingCountsFewStrides(Placement placement, double rateHz, bool gyro)
    {
        var shuffle = GaitMotion.Walk(placement, GaitMotion.Shuffle, rateHz, gyro, seed: 1, walkS: 60);
        Assert.True(Detection.Count(shuffle, rateHz, gyro, new DetectorTuning { GaitShuffleMaxRomDeg = 0 }) >= 30);   // every stride
        Assert.True(Detection.Count(shuffle, rateHz, gyro, Gated) <= 8);   // the strides before the shuffle is sure
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ASetRightAfterAWalkCountsAsWithoutIt(bool gyro)
    {
        const double rate = 25;
        var set = SyntheticMotion.Render(SyntheticMotion.Reps(10, 70, 1.2, 0.3, 1.2, 0.8), 40, rate, gyro);
        var walk = GaitMotion.Walk(Placement.Wrist, GaitMotion.Normal, rate, gyro, seed: 2, walkS: 20, tailS: 0);
        var alone = Detection.Count(set, rate, gyro, Gated);
        Assert.Equal(10, alone);
        var reps = Detection.Run(new RepDetector(rate, gyro, Gated), [.. walk, .. set]);
        Assert.Equal(alone, reps.Count(r => r.EndSample >= walk.Length));   // the set, as without the walk
        Assert.True(reps.Count(r => r.EndSample < walk.Length) <= 4);       // the walk: its first strides at most
    }
}

namespace HepSense.Signal.Tests;

/// <summary>
/// A set, then the limb sinks 3.5° as it comes to rest and stays there through a long rest (100 s), then the next set. Under
/// the threshold, the sinking is no turn: the tracker keeps its low point, and the integration's leak then creeps the angle
/// back towards where the pause zeroed it, so the band leaves that low point by the margin some 40 s into the rest. The next
/// set's first way out was measured from there, over MaxHalfRepS (40 s) before its top: no rep (uci-pt s2-e8-test at 1.5×
/// tempo, its fast block's first rep). Resting a set gap since it left that low point, the tracker forgets it (OpenRestAnchor).
/// </summary>
public class CreepInALongRestTests
{
    [Theory]
    [InlineData(25, 1, 16)]
    [InlineData(50, 1, 16)]
    [InlineData(100, 1, 16)]
    [InlineData(25, 0, 15)]
    [InlineData(50, 0, 15)]
    public void NextSetsFirstRepCountsAfterACreepInTheRest(double rateHz, double anchor, int expected)
    {
        var first = SyntheticMotion.Reps(8, 60, raiseS: 1.5, holdS: 0.5, lowerS: 1.5, pauseS: 1.5);
        var firstEnd = 3 + 8 * 5.0;
        var sunk = SyntheticMotion.Reps(1, -3.5, raiseS: 2, holdS: 1000, lowerS: 0, pauseS: 0, leadInS: firstEnd + 6);
        var secondFrom = firstEnd + 6 + 2 + 100;
        var second = SyntheticMotion.Reps(8, 60, raiseS: 0.8, holdS: 0.2, lowerS: 0.8, pauseS: 1.2, leadInS: secondFrom);
        var samples = SyntheticMotion.Render(t => first(t) + sunk(t) + second(t), secondFrom + 8 * 3.0 + 5, rateHz, gyro: true);

        var reps = Detection.Run(new RepDetector(rateHz, hasGyroscope: true, new DetectorTuning { OpenRestAnchor = anchor }), samples);

        Assert.Equal(expected, reps.Count);
    }
}

namespace HepSense.Signal.Tests;

/// <summary>
/// A set, then the band settles 6° out from where its reps came back to and rests there for 45 s, then the next set: the
/// rest is a pause (the band did not move out for seconds), so the next set's first rep counts. Before, only resting near
/// the way back's low point was a pause; the threshold, fading over the rest, then took the settled 6° for the start of a
/// way out, and the next set's first rep read as a 45 s way out and was dropped (uci-pt s2-e5-test's fast block).
/// </summary>
public class RestAfterSettlingTests
{
    [Theory]
    [InlineData(25)]
    [InlineData(50)]
    [InlineData(100)]
    public void NextSetsFirstRepCountsAfterTheBandSettledOutFromItsLowPoint(double rateHz)
    {
        var first = SyntheticMotion.Reps(10, 60, raiseS: 1.5, holdS: 0.5, lowerS: 1.5, pauseS: 1.5);
        var firstEnd = 3 + 10 * 5.0;
        var settled = SyntheticMotion.Reps(1, 6, raiseS: 2, holdS: 1000, lowerS: 0, pauseS: 0, leadInS: firstEnd);
        var second = SyntheticMotion.Reps(10, 60, raiseS: 0.7, holdS: 0.2, lowerS: 0.7, pauseS: 1.4, leadInS: firstEnd + 2 + 45);
        var seconds = firstEnd + 2 + 45 + 10 * 3.0 + 5;
        var samples = SyntheticMotion.Render(t => first(t) + settled(t) + second(t), seconds, rateHz, gyro: true);

        var reps = Detection.Run(new RepDetector(rateHz, hasGyroscope: true), samples);

        Assert.Equal(20, reps.Count);
    }
}

namespace HepSense.Signal.Tests;

/// <summary>
/// A block of brisk reps, a kick against the set's direction just after it (25°, out and straight back), a long rest, then a
/// block of slow, low-amplitude reps (uci-pt s1-e2-test, 147 s, at a faster tempo). The
/// kick leaves the swing's base at its far end, so the rest after it, the band back where the reps rest, reads as a way out
/// held; the next block's first rep was then measured from the kick, never came back by the share a rep must, and was lost.
/// Still for a few reps' length and back where the last rep came back to, the band rests there (BackAtRestRepShare).
/// </summary>
public class RestAfterAKickTests
{
    [Theory]
    [InlineData(25, 3, 20)]
    [InlineData(50, 3, 20)]
    [InlineData(100, 3, 20)]
    [InlineData(25, 0, 19)]
    [InlineData(50, 0, 19)]
    [InlineData(100, 0, 19)]
    public void TheNextBlocksFirstRepCountsAfterAKickAndARest(double rateHz, double share, int expected)
    {
        var brisk = SyntheticMotion.Reps(10, 35, raiseS: 1.2, holdS: 0.3, lowerS: 1.2, pauseS: 1.0);
        var briskEnd = 3 + 10 * 3.7;
        var kickAt = briskEnd + KickAfterS;
        double Kick(double t) => t < kickAt || t > kickAt + KickS ? 0
            : -KickDeg * Math.PI / 180 * Math.Sin(Math.PI * (t - kickAt) / KickS);
        var lowFrom = kickAt + KickS + RestS;
        var low = SyntheticMotion.Reps(10, 18, raiseS: 3, holdS: 1, lowerS: 3, pauseS: 1, leadInS: lowFrom);
        var samples = SyntheticMotion.Render(t => brisk(t) + Kick(t) + low(t), lowFrom + 10 * 8.0 + 5, rateHz, gyro: true);

        var reps = Detection.Run(new RepDetector(rateHz, hasGyroscope: true, new DetectorTuning { BackAtRestRepShare = share }), samples);

        Assert.Equal(expected, reps.Count);
    }

    private const double KickAfterS = 0.8, KickS = 1.2, KickDeg = 25, RestS = 13;
}

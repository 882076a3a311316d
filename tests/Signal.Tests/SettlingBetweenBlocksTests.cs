namespace HepSense.Signal.Tests;

/// <summary>
/// With a gyroscope: a block of brisk reps, a short rest, a small movement out and back (the forearm settled, a quarter of the
/// reps), a longer rest, then a block of slower, lower reps (uci-pt s2-e8-template, 29.8 s). The small movement stands apart
/// from the reps on both sides, so it was no rep of either block (PutDownBetweenShare); the same movement in the brisk block's
/// rhythm, or with the next block following in its rhythm, is a partial rep and counts.
/// </summary>
public class SettlingBetweenBlocksTests
{
    private const int Brisk = 6, Low = 3;
    private const double BriskDeg = 80, SmallDeg = 20, LowDeg = 45;

    /// <summary>
    /// The brisk block, <paramref name="restBeforeS"/> of rest, the small movement (0.8 s out, 0.8 s back),
    /// <paramref name="restAfterS"/> of rest, then the low block.
    /// </summary>
    private static ImuSample[] Blocks(double rateHz, double restBeforeS, double restAfterS)
    {
        const double raise = 0.7, hold = 0.1, lower = 0.7, pause = 0.6, lead = 3;
        var brisk = SyntheticMotion.Reps(Brisk, BriskDeg, raise, hold, lower, pause, leadInS: lead);
        var smallAt = lead + Brisk * (raise + hold + lower + pause) - pause + restBeforeS;
        double Small(double t) => t < smallAt || t > smallAt + 1.6 ? 0
            : SmallDeg * Math.PI / 180 * (t < smallAt + 0.8 ? SyntheticMotion.Ramp((t - smallAt) / 0.8) : 1 - SyntheticMotion.Ramp((t - smallAt - 0.8) / 0.8));
        var lowFrom = smallAt + 1.6 + restAfterS;
        var low = SyntheticMotion.Reps(Low, LowDeg, raiseS: 1.5, holdS: 0.5, lowerS: 1.5, pauseS: 1, leadInS: lowFrom);
        return SyntheticMotion.Render(t => brisk(t) + Small(t) + low(t), lowFrom + Low * 4.5 + 4, rateHz, gyro: true);
    }

    private static int Count(ImuSample[] samples, double rateHz, bool rule = true) =>
        Detection.Count(samples, rateHz, true, rule ? new DetectorTuning() : new DetectorTuning { PutDownBetweenShare = 0 });

    [Theory]
    [InlineData(25)]
    [InlineData(50)]
    [InlineData(100)]
    public void ASmallMovementApartFromBothBlocksIsNoRep(double rateHz)
    {
        var samples = Blocks(rateHz, restBeforeS: 2.6, restAfterS: 6);

        Assert.Equal(Brisk + Low, Count(samples, rateHz));
        Assert.Equal(Brisk + Low + 1, Count(samples, rateHz, rule: false));
    }

    [Theory]
    [InlineData(25, 0.6, 6)]
    [InlineData(25, 2.6, 1.5)]
    [InlineData(50, 0.6, 6)]
    [InlineData(100, 2.6, 1.5)]
    public void TheSameMovementInEitherBlocksRhythmIsARep(double rateHz, double restBeforeS, double restAfterS)
    {
        var samples = Blocks(rateHz, restBeforeS, restAfterS);

        Assert.Equal(Brisk + Low + 1, Count(samples, rateHz));
    }
}

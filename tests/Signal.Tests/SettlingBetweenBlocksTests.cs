namespace HepSense.Signal.Tests;

/// <summary>
/// With a gyroscope: a block of brisk reps, a short rest, a small movement out and back about another axis (the forearm
/// settled, a quarter of the reps), a longer rest, then a block of slower, lower reps (uci-pt s2-e8-template, 29.8 s). The small
/// movement stands apart from the reps on both sides and turns about another axis, so it was no rep of either block
/// (PutDownBetweenShare, PutDownBetweenAxisDeg); the same movement in the brisk block's rhythm, or with the next block following
/// in its rhythm, is a partial rep and counts. So does a slow held partial rep about the reps' own axis, however small and apart
/// (an in-pain knee extension's).
/// </summary>
public class SettlingBetweenBlocksTests
{
    private const int Brisk = 6, Low = 3;
    private const double BriskDeg = 80, SmallDeg = 20, LowDeg = 45;

    /// <summary>
    /// The brisk block, <paramref name="restBeforeS"/> of rest, the small movement (0.8 s out, 0.8 s back; as much about an
    /// axis across the reps' as about theirs, 45° from it, or about theirs alone), <paramref name="restAfterS"/> of rest, then
    /// the low block.
    /// </summary>
    private static ImuSample[] Blocks(double rateHz, double restBeforeS, double restAfterS, bool otherAxis = true)
    {
        const double raise = 0.7, hold = 0.1, lower = 0.7, pause = 0.6, lead = 3;
        var brisk = SyntheticMotion.Reps(Brisk, BriskDeg, raise, hold, lower, pause, leadInS: lead);
        var smallAt = lead + Brisk * (raise + hold + lower + pause) - pause + restBeforeS;
        double Small(double t) => t < smallAt || t > smallAt + 1.6 ? 0
            : SmallDeg * Math.PI / 180 * (t < smallAt + 0.8 ? SyntheticMotion.Ramp((t - smallAt) / 0.8) : 1 - SyntheticMotion.Ramp((t - smallAt - 0.8) / 0.8));
        var lowFrom = smallAt + 1.6 + restAfterS;
        var low = SyntheticMotion.Reps(Low, LowDeg, raiseS: 1.5, holdS: 0.5, lowerS: 1.5, pauseS: 1, leadInS: lowFrom);
        var seconds = lowFrom + Low * 4.5 + 4;
        return SyntheticMotion.RenderTwoAxesWithGyro(t => brisk(t) + Small(t) + low(t), t => otherAxis ? Small(t) : 0,
            (0.3, 0.8, 0.5), (0.8, -0.3, 0), seconds, rateHz);
    }

    private static int Count(ImuSample[] samples, double rateHz, bool rule = true, bool axis = true) =>
        Detection.Count(samples, rateHz, true, !rule ? new DetectorTuning { PutDownBetweenShare = 0 }
            : axis ? new DetectorTuning() : new DetectorTuning { PutDownBetweenAxisDeg = 0 });

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

    [Theory]
    [InlineData(25)]
    [InlineData(100)]
    public void TheSameMovementAboutTheRepsAxisIsARep(double rateHz)
    {
        var samples = Blocks(rateHz, restBeforeS: 2.6, restAfterS: 6, otherAxis: false);

        Assert.Equal(Brisk + Low + 1, Count(samples, rateHz));
        Assert.Equal(Brisk + Low, Count(samples, rateHz, axis: false));
    }

    /// <summary>
    /// A seated knee extension with holds: full reps of 40° (2 s up, 5 s held, 2 s down, 2.5 s of rest), and a partial of 12°
    /// (0.3 of them) begun 6.5 s after the rep before and followed by 4.5 s of rest: small, apart and followed by a rest as the
    /// settling between blocks is, but about the reps' own axis (the in-pain knee extension's 7th rep, 26° measured 11°).
    /// </summary>
    private static ImuSample[] HeldReps(double rateHz)
    {
        const double raise = 2, hold = 5, lower = 2, rest = 2.5, partialDeg = 12, lead = 3;
        var starts = new List<(double At, double Deg)>();
        var at = lead;
        for (var k = 0; k < HeldCount; k++)
        {
            var partial = k == HeldCount - 2;
            if (partial) at += 6.5 - rest;
            starts.Add((at, partial ? partialDeg : 40));
            at += raise + hold + lower + (partial ? 4.5 : rest);
        }
        double Angle(double t)
        {
            foreach (var (from, deg) in starts)
            {
                var p = t - from;
                if (p < 0 || p >= raise + hold + lower) continue;
                var rom = deg * Math.PI / 180;
                return p < raise ? rom * SyntheticMotion.Ramp(p / raise)
                    : p < raise + hold ? rom
                    : rom * (1 - SyntheticMotion.Ramp((p - raise - hold) / lower));
            }
            return 0;
        }
        return SyntheticMotion.Render(Angle, at + 5, rateHz, gyro: true);
    }

    private const int HeldCount = 8;

    [Theory]
    [InlineData(25)]
    [InlineData(50)]
    [InlineData(100)]
    public void ASlowHeldPartialAboutTheRepsAxisIsARep(double rateHz)
    {
        var samples = HeldReps(rateHz);

        Assert.Equal(HeldCount, Count(samples, rateHz));
        Assert.Equal(HeldCount - 1, Count(samples, rateHz, axis: false));
    }
}

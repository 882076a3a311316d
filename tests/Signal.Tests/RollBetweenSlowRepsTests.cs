namespace HepSense.Signal.Tests;

/// <summary>
/// A slow-axis adoption between reps of a set whose direction is known (SlowSwitchContinuous; uci-pt s2-e2-template as a
/// consumer sensor, `--mems 0.1`). The limb is lifted into a held posture (60°) and makes slow 12° dips from it (2.5 s down,
/// 2.5 s up, 2.5 s rests: too slow for the rate's band to hold an axis in the rests). In the fourth rest it rolls 15° about a
/// second axis (82° from the reps') over 2.5 s and stays rolled. The slow axis adopts the roll before the rest is a pause, and
/// the roll held since the angle was last zeroed moved the position 0.18 rad (three thresholds) at once: read as a turn, the
/// next rep began from there, the axis switched on it (Recent) and two reps were lost. Kept as an offset, the position carries
/// on where it was, the rest is a pause and the next rep is read afresh.
/// </summary>
/// <remarks>
/// Not far from here the roll loses reps with the rule on too: at 10–12° reps a 20° roll, or a 15° roll over 2 s, counts 5–7 of
/// 8 either way (src/Signal/EXPERIMENTS.md, *Synthetic tests for toprest12 and continuous12*).
/// </remarks>
public class RollBetweenSlowRepsTests
{
    [Theory]
    [InlineData(12.5)]
    [InlineData(25)]
    [InlineData(50)]
    [InlineData(100)]
    public void ARollHeldBetweenRepsMovesNoPosition(double rateHz)
    {
        const double deg = Math.PI / 180, repsFrom = 8, period = 2.5 + 0.3 + 2.5 + 2.5;
        var dips = SyntheticMotion.Reps(8, 12, raiseS: 2.5, holdS: 0.3, lowerS: 2.5, pauseS: 2.5, leadInS: repsFrom);
        const double rollAt = repsFrom + 4 * period - 2.5;
        var samples = SyntheticMotion.RenderTwoAxesWithGyro(
            t => 60 * deg * SyntheticMotion.Ramp((t - 3) / 2) - dips(t), t => 15 * deg * SyntheticMotion.Ramp((t - rollAt) / 2.5),
            (0.3, 0.8, 0.5), (0.9, -0.3, 0.2), repsFrom + 8 * period + 4, rateHz);

        Assert.Equal(8, Detection.Count(samples, rateHz, gyro: true));
        Assert.Equal(6, Detection.Count(samples, rateHz, gyro: true, new DetectorTuning { SlowSwitchContinuous = 0 }));
    }
}

namespace HepSense.Signal.Tests;

/// <summary>
/// Accelerometer only: a set's small last rep after larger ones (a tired patient's partial rep: simulated physio s7
/// fast-sloppy-straight-leg-raise-1, 16° after 40–50°). The threshold follows the RMS of the larger reps, so the small rep's way
/// out passes it but its way back stays under it, and the stream ends (or the set rests) with the cycle on its way out. A way back
/// that reaches a share of the cycle's own way out, the band back where it rested before the cycle, ends the cycle.
/// </summary>
public class SmallLastRepTests
{
    /// <summary>Six reps of 45° (raise, hold, lower, pause), then one of <paramref name="lastDeg"/>, then 4 s of rest.</summary>
    private static ImuSample[] SmallLast(double rateHz, double lastDeg)
    {
        const int count = 7;
        const double raise = 1.2, hold = 0.3, lower = 1.2, pause = 0.8;
        var reps = SyntheticMotion.Reps(count, 45, raise, hold, lower, pause, romOf: k => k == count - 1 ? lastDeg : 45);
        return SyntheticMotion.Render(reps, 3 + count * (raise + hold + lower + pause) + 4, rateHz, gyro: false);
    }

    /// <summary>
    /// Six reps of 45°, then a movement out <paramref name="outDeg"/> and back to <paramref name="endDeg"/> (1.2 s each way) where
    /// the band stays 4 s: a put-down, a shift of posture.
    /// </summary>
    private static ImuSample[] EndsAway(double rateHz, double outDeg, double endDeg)
    {
        const double raise = 1.2, hold = 0.3, lower = 1.2, pause = 0.8, last = 3 + 6 * (raise + hold + lower + pause);
        var reps = SyntheticMotion.Reps(6, 45, raise, hold, lower, pause);
        double Angle(double t) => t < last ? reps(t) : Math.PI / 180 * (t < last + raise ? outDeg * SyntheticMotion.Ramp((t - last) / raise)
            : outDeg + (endDeg - outDeg) * SyntheticMotion.Ramp((t - last - raise) / lower));
        return SyntheticMotion.Render(Angle, last + raise + lower + 4, rateHz, gyro: false);
    }

    private static int Count(ImuSample[] samples, double rateHz, DetectorTuning tuning) => Detection.Count(samples, rateHz, false, tuning);

    [Theory]
    [InlineData(25, 14)]
    [InlineData(25, 15)]
    [InlineData(50, 15)]
    [InlineData(100, 14)]
    [InlineData(100, 16)]
    public void ASmallLastRepIsCounted(double rateHz, double lastDeg)
    {
        // A third of the set's reps: at 13° the way out stays under the threshold too, from about 17° the way back passes it.
        var samples = SmallLast(rateHz, lastDeg);
        Assert.Equal((7, 6), (Count(samples, rateHz, new DetectorTuning()), Count(samples, rateHz, new DetectorTuning { CycleLowBackShare = 0 })));
    }

    [Theory]
    [InlineData(25, 20, 4)]
    [InlineData(25, 20, 6)]
    [InlineData(50, 20, 6)]
    [InlineData(100, 20, 6)]
    [InlineData(100, 22, 6)]
    public void AMovementThatEndsAwayIsNoRep(double rateHz, double outDeg, double endDeg)
    {
        // Its way back, under the threshold, reaches a share of its way out, but the band stays 0.2–0.3 of the way out away.
        var samples = EndsAway(rateHz, outDeg, endDeg);
        Assert.Equal((6, 7), (Count(samples, rateHz, new DetectorTuning()), Count(samples, rateHz, new DetectorTuning { CycleLowBackTiltShare = 1 })));
    }
}

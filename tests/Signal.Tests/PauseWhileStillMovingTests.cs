namespace HepSense.Signal.Tests;

/// <summary>
/// Ten seated trunk leans of 20° held at the top (thigh band; uci-pt s1-e2-test's low block at 12.5 Hz), the fifth with a quick
/// 10° jerk past the top whose way back the gyroscope over-reads by 8–16° (the integrated angle comes back near where the lean
/// began: the jerk is taken for the rep). The hold after the jerk is shorter than PolarityResetS and the way down slow, so
/// the pause after the jerk's top falls due while the band is still on its way down: always at the low point it seeks, it was
/// re-zeroed there, and the rest of the way down (over the threshold) read as the set's first turn: the direction the wrong way
/// round, every later rep counted hold to hold.
/// </summary>
public class PauseWhileStillMovingTests
{
    private const double Deg = Math.PI / 180, LeadIn = 4, Period = 12, Rise = 1.5, Hold = 7, Down = 2.5, Jerk = 10;
    private const int Leans = 10, Jerked = 4;

    private static double Lean(double t, bool gyro, double overDeg)
    {
        // The jerk: out 0.3 s, back 0.3 s, 3.6 s into the hold (3.4 s of hold left); the gyroscope reads its way back long, and
        // its integral stays that far off from there on (the detector's leak and re-zeroing forget it).
        var j = t - LeadIn - Jerked * Period - Rise - 3.6;
        var misread = gyro ? overDeg * Deg * SyntheticMotion.Ramp((j - 0.3) / 0.3) : 0;
        var u = t - LeadIn;
        if (u < 0 || u >= Leans * Period) return -misread;
        var k = (int)(u / Period);
        var p = u - k * Period;
        var angle = 20 * Deg * (SyntheticMotion.Ramp(p / Rise) - SyntheticMotion.Ramp((p - Rise - Hold) / Down));
        if (k == Jerked) angle += Jerk * Deg * (SyntheticMotion.Ramp(j / 0.3) - SyntheticMotion.Ramp((j - 0.3) / 0.3));
        return angle - misread;
    }

    private static ImuSample[] Set(double rateHz, double overDeg)
    {
        var seconds = LeadIn + Leans * Period + 4;
        var truth = SyntheticMotion.Render(t => Lean(t, gyro: false, overDeg), seconds, rateHz, gyro: true);
        var read = SyntheticMotion.Render(t => Lean(t, gyro: true, overDeg), seconds, rateHz, gyro: true);
        for (var i = 0; i < truth.Length; i++) truth[i] = truth[i] with { Gx = read[i].Gx, Gy = read[i].Gy, Gz = read[i].Gz };
        return truth;
    }

    /// <summary>Every rep begins with a lean's rise (within a second), not in a hold.</summary>
    private static bool InPhase(List<DetectedRep> reps, double rateHz) =>
        reps.All(r => Math.Abs(r.StartSample / rateHz - LeadIn - Math.Round((r.StartSample / rateHz - LeadIn) / Period) * Period) < 1);

    [Theory]
    [InlineData(12.5, 12)]
    [InlineData(12.5, 16)]
    [InlineData(25, 8)]
    [InlineData(25, 12)]
    public void APauseIsNotTakenOnTheWayDown(double rateHz, double overDeg)
    {
        var samples = Set(rateHz, overDeg);
        var reps = Detection.Run(new RepDetector(rateHz, true, new DetectorTuning()), samples);
        Assert.Equal(Leans, reps.Count);
        Assert.True(InPhase(reps, rateHz));
        // Without the rule the count is the same, but from the jerked lean on every rep runs hold to hold (61.7-65.4 s, ...).
        var without = Detection.Run(new RepDetector(rateHz, true, new DetectorTuning { PauseLowStillS = 0 }), samples);
        Assert.False(InPhase(without, rateHz));
    }
}

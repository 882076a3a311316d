namespace HepSense.Signal.Tests;

/// <summary>
/// Accelerometer only: a recording that stops with the limb lifted and held (uci-pt s1-e8-template's leg at 66 s, the stream
/// ending at 70.1 s). The way out and the counted band's answer to the held step make a cycle under way at the stream's end; no
/// way back came, so it is no rep (the gyroscope path waits for the way back too). A set cut at its last rep's top stays there
/// only a moment (under CycleEndHeldS): muvr's sets, judged by the guards.
/// </summary>
public class HeldAtStreamEndTests
{
    /// <summary>Five held reps (40°: raise 1.5 s, hold 2 s, lower 1.5 s, rest 2 s), then a sixth raise held until the stream ends <paramref name="heldS"/> later.</summary>
    private static ImuSample[] EndsHeld(double rateHz, double heldS)
    {
        var reps = SyntheticMotion.Reps(5, 40, raiseS: 1.5, holdS: 2, lowerS: 1.5, pauseS: 2);
        const double last = 3 + 5 * 7.0;
        double Angle(double t) => t < last ? reps(t) : 40 * Math.PI / 180 * SyntheticMotion.Ramp((t - last) / 1.5);
        return SyntheticMotion.Render(Angle, last + 1.5 + heldS, rateHz, gyro: false);
    }

    private static int Count(ImuSample[] samples, double rateHz, DetectorTuning tuning) =>
        Detection.Count(samples, rateHz, false, tuning);

    [Theory]
    [InlineData(25, 2)]
    [InlineData(50, 2)]
    [InlineData(100, 2)]
    [InlineData(25, 2.5)]
    [InlineData(100, 2.5)]
    public void ALiftStillHeldWhenTheStreamEndsIsNoRep(double rateHz, double heldS)
    {
        var samples = EndsHeld(rateHz, heldS);
        Assert.Equal((5, 6), (Count(samples, rateHz, new DetectorTuning()), Count(samples, rateHz, new DetectorTuning { CycleEndHeldS = 0 })));
    }

    [Fact]
    public void ALegLiftedAsTheRecordingStopsIsNoRep()
    {
        // uci-pt s1-e8-template: the leg lifted at 66 s and held 2.7 s to the stream's end (10 of 9 counted before).
        var (counted, reps) = SimulatedSets.Count(RepoPaths.Imu, "uci-pt/s1-e8-template.csv", hasGyroscope: false, new DetectorTuning());
        var (without, _) = SimulatedSets.Count(RepoPaths.Imu, "uci-pt/s1-e8-template.csv", hasGyroscope: false, new DetectorTuning { CycleEndHeldS = 0 });
        Assert.Equal((9, 9, 10), (reps, counted, without));
    }

    [Fact]
    public void ASmallShiftOfPostureAfterTheLastRepIsNoLimbHeldUp()
    {
        // Simulated fidgety heel raises (seed 11) played 1.5 times slower: a 7° shift of posture held 3 s after the last rep, whose
        // cycle was still under way. Only CycleEndHeldMinDeg (15°) tells it from a limb lifted (uci-pt 37°): without it, 9 of 10.
        var dir = SimulatedSets.Folder("sim-fidgety");
        var (counted, reps) = SimulatedSets.Count(dir, "fidgety-heel-raise-s11-1.csv", hasGyroscope: false, new DetectorTuning(), tempo: 1.5);
        var (without, _) = SimulatedSets.Count(dir, "fidgety-heel-raise-s11-1.csv", hasGyroscope: false, new DetectorTuning { CycleEndHeldMinDeg = 0 }, tempo: 1.5);
        Assert.Equal((10, 10, 9), (reps, counted, without));
    }
}

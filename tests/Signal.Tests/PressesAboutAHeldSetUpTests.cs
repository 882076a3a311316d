namespace HepSense.Signal.Tests;

/// <summary>
/// Lying back on the bench turns the band ~73° and it stays there; the presses that follow turn ~12° about another axis. The
/// lie-back's ring (the rate band's 0.2 Hz high-pass along its axis) hid them from the recent-axis switch for seconds, so the
/// first press was lost. Once the band has rested still for a window after the way out's top, a swing across the held axis
/// (while the band stays put along it) restarts the axis on the line apart from the ring (SwingAxis.HeldApartLine,
/// HeldApart). Simulated files: tests/Signal.Tests/data/gym-setup (firmware-sim gym, seeds 7 and 11, 25 Hz).
/// </summary>
public class PressesAboutAHeldSetUpTests
{
    private static int Counted(string file, DetectorTuning tuning) => SimulatedSets.Counted("gym-setup", file, hasGyroscope: true, tuning);

    [Theory]
    [InlineData("bench-press-medium-1-s11.csv", 13)]
    [InlineData("bench-press-slow-2.csv", 14)]
    public void TheFirstPressAfterLyingBackIsSeenAcrossTheLieBacksRing(string file, int reps)
    {
        Assert.Equal(reps, Counted(file, new DetectorTuning()));
        Assert.Equal(reps - 1, Counted(file, new DetectorTuning { HeldApart = 0 }));
    }

    [Fact]
    public void AHeldTopWithTheLimbMovingOnAtOnceIsNotASetUp()
    {
        // uci-pt s2-e4-test (straight-leg raises) played 0.7× as long: a fast raise held at the top, then a swing across
        // within a second; the band never rested there, so it is a rep's top, not a posture (HeldApartStill). Without the
        // rest the axis restarts across it and a rep is lost.
        var (counted, reps) = SimulatedSets.Count(RepoPaths.Imu, "uci-pt/s2-e4-test.csv", true, new DetectorTuning(), tempo: 0.7);
        Assert.Equal(reps, counted);
        Assert.Equal(reps - 1, SimulatedSets.Count(RepoPaths.Imu, "uci-pt/s2-e4-test.csv", true, new DetectorTuning { HeldApartStill = 0 }, tempo: 0.7).Counted);
    }
}

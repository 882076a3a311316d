namespace HepSense.Signal.Tests;

/// <summary>
/// Accelerometer only: lying back with the dumbbells turns the band 60-150° in a second, then the presses follow, each
/// tilting it a little and pushing it up and back. Through the counted band's 0.15 Hz high-pass the turn rings for seconds;
/// a press riding on its tail never crosses to the other side and two presses make one cycle. Once the band has stayed in
/// the new posture (CycleStepHoldS), the turn's echo through the band is subtracted from where it began (StepEcho).
/// </summary>
public class SetUpStepRingingTests
{
    [Theory]
    [InlineData(50, 100, 5, 2.5)]
    [InlineData(25, 100, 5, 2.5)]
    [InlineData(100, 100, 5, 2.5)]
    [InlineData(50, 120, 5, 2.5)]
    [InlineData(50, 100, 10, 2.5)]
    [InlineData(50, 100, 5, 2)]
    public void APressAfterLyingBackIsNotLostInItsRinging(double rate, double liftDeg, double pressDeg, double gapS)
    {
        Assert.Equal(Presses, Counted(rate, liftDeg, pressDeg, gapS, new DetectorTuning()));
        Assert.True(Counted(rate, liftDeg, pressDeg, gapS, new DetectorTuning { CycleStepDeg = 0 }) < Presses, "without the echo subtracted a press is lost");
    }

    [Fact]
    public void AHeldPhysiotherapyRepIsNotAStep()
    {
        // Six slow raises of 60° held 3 s at the top: each stays long enough to look like a new posture, but turns no more
        // than the reps before it, so none is settled on; the first, with nothing before it, turns under CycleStepAloneDeg:
        // the reps are those found without steps at all.
        const double rate = 50, riseS = 1.5, holdS = 3, restS = 3;
        const int reps = 6;
        const double repS = 2 * riseS + holdS + restS;
        var samples = SyntheticMotion.Render(SyntheticMotion.Reps(reps, 60, riseS, holdS, riseS, restS), 3 + reps * repS + 5, rate, gyro: false, noise: 0.05);
        List<(long, double)> Reps(DetectorTuning tuning) =>
            [.. Detection.Run(new RepDetector(rate, hasGyroscope: false, tuning), samples).Select(r => (r.StartSample, r.DurationS))];
        var detected = Reps(new DetectorTuning());
        Assert.Equal(reps, detected.Count);
        // Counted the same whatever is taken for a step; only the reps' bounds tell: with every turn of a held rep taken for a
        // set-up (CycleStepTiltShare 0) or the first one (CycleStepAloneDeg 0), its echo subtracted moves them.
        Assert.Equal(Reps(new DetectorTuning { CycleStepDeg = 0 }), detected);
    }

    private const int Presses = 8;

    private static int Counted(double rate, double liftDeg, double pressDeg, double gapS, DetectorTuning tuning) =>
        Detection.Run(new RepDetector(rate, hasGyroscope: false, tuning),
            SyntheticMotion.LiftThenPresses(rate, liftDeg, 1.0, gapS, Presses, 2.2, pressDeg, 1.5)).Count;
}

namespace HepSense.Signal.Tests;

/// <summary>
/// Accelerometer only: putting the weight down often moves partly as the set's reps do (getting up after push-ups, lowering the
/// bar to the floor) and slower, so its waveform is only half like theirs (RepTemplate likeness 0.5–0.8) and neither its tilt
/// nor its posture tells it. Slower than 1.6 × the set's reps and under 0.8 like them, it waits for the set to go on and is
/// dropped when nothing follows. A tired last rep is slow too, but keeps the set's shape, and is counted.
/// </summary>
public class SlowPutDownShapeTests
{
    private const int Raises = 8;
    private const double RaiseS = 0.8, PauseS = 0.4, LeadInS = 3;

    [Theory]
    [InlineData(25, 1)]
    [InlineData(50, 2)]
    [InlineData(100, 3)]
    public void APutDownSlowerAndHalfLikeTheRepsIsNotARep(double rate, int seed)
    {
        Assert.Equal(Raises, Counted(rate, seed, new DetectorTuning(), putDown: true));
        Assert.Equal(Raises + 1, Counted(rate, seed, new DetectorTuning { CycleSetDownSlowShapeShare = 0 }, putDown: true));
    }

    [Theory]
    [InlineData(25, 1)]
    [InlineData(50, 2)]
    [InlineData(100, 3)]
    public void ATiredSlowLastRepIsARep(double rate, int seed) =>
        Assert.Equal(Raises, Counted(rate, seed, new DetectorTuning(), putDown: false));

    /// <summary>
    /// Eight raises of 60° about one axis (0.8 s up, 0.8 s down, 0.4 s apart), then 14 s of rest. When <paramref name="putDown"/>,
    /// 0.4 s after the eighth the put-down: a turn of 35° about the same axis (1.2 s out, 2.2 s back) and at once of 50° about
    /// another (~55° away; 2.2 s out, 1.2 s back): 1.7 × the raises' length, likeness ~0.73. Otherwise the eighth raise is a
    /// tired one: 55°, 1.4 s up and 1.4 s down (1.5 × the others' length, likeness ~0.94).
    /// </summary>
    private static int Counted(double rate, int seed, DetectorTuning tuning, bool putDown)
    {
        var reps = putDown ? Raises : Raises - 1;
        var raises = SyntheticMotion.Reps(reps, 60, RaiseS, 0, RaiseS, PauseS, LeadInS);
        var lastAt = LeadInS + reps * (2 * RaiseS + PauseS) + PauseS;
        var (phi, psi, seconds) = putDown
            ? (SyntheticMotion.Reps(1, 35, 1.2, 0, 2.2, 0, lastAt), SyntheticMotion.Reps(1, 50, 2.2, 0, 1.2, 0, lastAt), 3.4)
            : (SyntheticMotion.Reps(1, 55, 1.4, 0, 1.4, 0, lastAt), (Func<double, double>)(_ => 0), 2.8);
        var samples = SyntheticMotion.RenderTwoAxes(t => raises(t) + phi(t), psi, (-0.5, 0.8, 0.1), lastAt + seconds + 14, rate, seed, noise: 0.05);
        return Detection.Run(new RepDetector(rate, hasGyroscope: false, tuning), samples).Count;
    }
}

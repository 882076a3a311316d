namespace HepSense.Signal.Tests;

/// <summary>
/// Accelerometer only: putting the weight down after a set is a cycle like a rep to the counted band, often as long and tilting
/// the band as far, and ending where the set's reps do, so neither its length, its tilt nor its posture tells it. Its waveform
/// does: it turns another joint, another way, so the three axes move otherwise than in the set's reps (RepTemplate). Such a cycle
/// waits for the set to go on, and is dropped when nothing follows.
/// </summary>
public class PutDownShapeTests
{
    private const int Raises = 8;
    private const double RaiseS = 0.8, PauseS = 0.4, LeadInS = 3;

    [Theory]
    [InlineData(25, 1)]
    [InlineData(50, 1)]
    [InlineData(50, 2)]
    [InlineData(100, 3)]
    public void PuttingTheWeightDownAnotherWayIsNotARep(double rate, int seed)
    {
        Assert.Equal(Raises, Counted(rate, seed, new DetectorTuning(), putDown: true));
        Assert.Equal(Raises + 1, Counted(rate, seed, new DetectorTuning { CycleSetDownShapeShare = 0 }, putDown: true));
    }

    [Theory]
    [InlineData(25, 1)]
    [InlineData(50, 2)]
    public void TheSetsOwnLastRepIsKept(double rate, int seed) =>
        Assert.Equal(Raises, Counted(rate, seed, new DetectorTuning(), putDown: false));

    /// <summary>
    /// Eight raises of 60° about one axis (0.8 s up, 0.8 s down, 0.4 s apart); then, when <paramref name="putDown"/>, 0.4 s later a
    /// turn of 50° about another axis (~55° away), quick out (0.4 s) and slow back (1.4 s): the dumbbells dropped to the floor
    /// and the arm coming back to hang; then 14 s of rest, longer than the set gap. Its tilt is 0.8 of the raises', its length
    /// 1.1 × theirs, and it ends where they begin.
    /// </summary>
    private static int Counted(double rate, int seed, DetectorTuning tuning, bool putDown)
    {
        var raises = SyntheticMotion.Reps(Raises, 60, RaiseS, 0, RaiseS, PauseS, LeadInS);
        var downAt = LeadInS + Raises * (2 * RaiseS + PauseS) + PauseS;
        var down = putDown ? SyntheticMotion.Reps(1, 50, 0.4, 0, 1.4, 0, downAt) : (_ => 0);
        var samples = SyntheticMotion.RenderTwoAxes(raises, down, (-0.5, 0.8, 0.1), downAt + 1.8 + 14, rate, seed, noise: 0.05);
        return Detection.Run(new RepDetector(rate, hasGyroscope: false, tuning), samples).Count;
    }
}

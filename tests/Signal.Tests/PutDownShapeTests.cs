namespace HepSense.Signal.Tests;

/// <summary>
/// Accelerometer only: putting the weight down after a set is a cycle like a rep to the counted band, often as long and tilting
/// the band as far, and ending where the set's reps do, so neither its length, its tilt nor its posture tells it. Its waveform
/// does (RepTemplate): it turns another joint, another way, so the three axes move otherwise than in the set's reps; or it moves
/// partly as the reps do (getting up after push-ups, lowering the bar to the floor) but slower, and is only half like them. Such
/// a cycle waits for the set to go on, and is dropped when nothing follows. A tired last rep is slow too, but keeps the set's
/// shape, and is counted.
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
        Assert.Equal(Raises, Counted(rate, seed, new DetectorTuning(), Raises, PutDownAnotherWay));
        Assert.Equal(Raises + 1, Counted(rate, seed, new DetectorTuning { CycleSetDownShapeShare = 0 }, Raises, PutDownAnotherWay));
    }

    [Theory]
    [InlineData(25, 1)]
    [InlineData(50, 2)]
    public void TheSetsOwnLastRepIsKept(double rate, int seed) =>
        Assert.Equal(Raises, Counted(rate, seed, new DetectorTuning(), Raises, Rest));

    [Theory]
    [InlineData(25, 1)]
    [InlineData(50, 2)]
    [InlineData(100, 3)]
    public void APutDownSlowerAndHalfLikeTheRepsIsNotARep(double rate, int seed)
    {
        Assert.Equal(Raises, Counted(rate, seed, new DetectorTuning(), Raises, SlowPutDown));
        Assert.Equal(Raises + 1, Counted(rate, seed, new DetectorTuning { CycleSetDownSlowShapeShare = 0 }, Raises, SlowPutDown));
    }

    [Theory]
    [InlineData(25, 1)]
    [InlineData(50, 2)]
    [InlineData(100, 3)]
    public void ATiredSlowLastRepIsARep(double rate, int seed) =>
        Assert.Equal(Raises, Counted(rate, seed, new DetectorTuning(), Raises - 1, TiredRaise));

    /// <summary>
    /// A movement after the set (from <c>at</c>): its turn about the raises' axis, about another (~55° away), and how long it lasts.
    /// </summary>
    private readonly record struct Last(Func<double, double> SameAxis, Func<double, double> OtherAxis, double Seconds);

    private static readonly Func<double, double> Still = _ => 0;

    /// <summary>Nothing: the set's last raise was its last movement.</summary>
    private static Last Rest(double at) => new(Still, Still, 1.8);

    /// <summary>
    /// The dumbbells dropped to the floor and the arm coming back to hang: a turn of 50° about the other axis, quick out (0.4 s)
    /// and slow back (1.4 s). Its tilt is 0.8 of the raises', its length 1.1 × theirs, and it ends where they begin.
    /// </summary>
    private static Last PutDownAnotherWay(double at) => new(Still, SyntheticMotion.Reps(1, 50, 0.4, 0, 1.4, 0, at), 1.8);

    /// <summary>
    /// A turn of 35° about the raises' axis (1.2 s out, 2.2 s back) and at once of 50° about the other (2.2 s out, 1.2 s back):
    /// 1.7 × the raises' length, RepTemplate likeness ~0.73.
    /// </summary>
    private static Last SlowPutDown(double at) =>
        new(SyntheticMotion.Reps(1, 35, 1.2, 0, 2.2, 0, at), SyntheticMotion.Reps(1, 50, 2.2, 0, 1.2, 0, at), 3.4);

    /// <summary>The set's eighth raise, a tired one: 55°, 1.4 s up and 1.4 s down (1.5 × the others' length, likeness ~0.94).</summary>
    private static Last TiredRaise(double at) => new(SyntheticMotion.Reps(1, 55, 1.4, 0, 1.4, 0, at), Still, 2.8);

    /// <summary>
    /// <paramref name="raises"/> raises of 60° about one axis (0.8 s up, 0.8 s down, 0.4 s apart) after a 3 s lead-in, then 0.4 s
    /// later the <paramref name="last"/> movement, then 14 s of rest (longer than the set gap): how many reps are counted.
    /// </summary>
    private static int Counted(double rate, int seed, DetectorTuning tuning, int raises, Func<double, Last> last)
    {
        var set = SyntheticMotion.Reps(raises, 60, RaiseS, 0, RaiseS, PauseS, LeadInS);
        var at = LeadInS + raises * (2 * RaiseS + PauseS) + PauseS;
        var (sameAxis, otherAxis, seconds) = last(at);
        var samples = SyntheticMotion.RenderTwoAxes(t => set(t) + sameAxis(t), otherAxis, (-0.5, 0.8, 0.1), at + seconds + 14, rate, seed, noise: 0.05);
        return Detection.Count(samples, rate, false, tuning);
    }
}

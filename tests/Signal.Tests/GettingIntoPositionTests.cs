namespace HepSense.Signal.Tests;

/// <summary>
/// Accelerometer only (<see cref="DetectorTuning.CyclePostureChangeDeg"/>): sitting or lying down before a set turns the band's
/// gravity 40–160° and leaves it there; the set's reps then go out from and come back to that new posture. Turned as far as a rep
/// and as long, the lie-down is not told apart by its tilt or its length, but by where it ended: away from where it began, where
/// the next cycle sets out. The band's gravity direction is synthetic (the meter's input).
/// </summary>
public class GettingIntoPositionTests
{
    private const double Rate = 25, RepDeg = 45, RepOutS = 0.8, RepS = 1.9;

    private static RepMeter Meter(Func<double, double> posture, Func<double, double> rep, double seconds) => HoldCycles.Meter(Rate, posture, rep, seconds);

    private static int Kept(RepMeter meter, double changeDeg, params double[] bounds)
    {
        var hold = new PickUpHold(tiltShare: 0.25, lengthShare: 0.7, cycles: 2, look: 4, waitSamples: 6 * Rate, meter, postureShare: 1.5,
            postureMinDeg: 30, withRepShare: 0.5, withRepReachDeg: 10,
            posture: new PostureChange(changeDeg, Share: 0.8, FromShare: 0.25, BackShare: 0.5, DipShare: 0.25, MaxDps: 120));
        return HoldCycles.Released(hold, meter, Rate, bounds).Length;
    }

    private static Func<double, double> Reps(double from) => SyntheticMotion.Reps(6, RepDeg, RepOutS, 0, RepOutS, RepS - 2 * RepOutS, leadInS: from);

    [Fact]
    public void LyingDownBeforeTheSetIsNoRep()
    {
        // Still 3 s; lying down turns the band 60° in 3 s and it stays; 1.3 s later six reps of 45° from there.
        const double downAt = 3, lyingAt = 6, repsAt = 7.5;
        double Down(double t) => 60 * Math.PI / 180 * SyntheticMotion.Ramp((t - downAt) / (lyingAt - downAt));
        var meter = Meter(Down, Reps(repsAt), repsAt + 6 * RepS + 2);
        double[] cycles = [downAt, lyingAt + 0.2, repsAt + RepS, repsAt + 2 * RepS, repsAt + 3 * RepS, repsAt + 4 * RepS, repsAt + 5 * RepS];
        Assert.Equal(6, Kept(meter, 0, cycles));
        Assert.Equal(5, Kept(meter, 40, cycles));
    }

    /// <summary>
    /// The cycles (start, end; seconds) through a pick-up hold whose posture test asks <paramref name="throughShare"/>: how many it kept.
    /// Not contiguous: a set counted top to top leaves the lie-down's settling uncounted.
    /// </summary>
    private static int KeptThrough(RepMeter meter, double throughShare, params (double From, double To)[] cycles)
    {
        var hold = new PickUpHold(tiltShare: 0.25, lengthShare: 0.7, cycles: 2, look: 4, waitSamples: 6 * Rate, meter, postureShare: 1.5,
            postureMinDeg: 30, withRepShare: 0.5, withRepReachDeg: 10,
            posture: new PostureChange(40, Share: 0.8, FromShare: 0.25, BackShare: 0.5, DipShare: 0.25, MaxDps: 120, ThroughShare: throughShare));
        hold.Begin();
        var kept = 0;
        foreach (var (from, to) in cycles)
        {
            var (start, end) = ((long)(from * Rate), (long)(to * Rate));
            var (tilt, speed) = meter.Measure(start, end);
            if (hold.Add(new RepCandidate(start, (start + end) / 2, (start + end) / 2, end, 3, 1, Math.Round(tilt), speed)) is { Length: > 0 } released)
                kept = released.Length;
        }
        return kept;
    }

    [Fact]
    public void LyingDownBeforeASetCountedTopToTopIsNoRep()
    {
        // Still 3 s; lying down turns the shank 90° in 4 s, slowly, and it stays; 2 s later six straight-leg raises of 45° back the
        // way it came, counted from their tops: the set's cycles begin at a raise's top (45° from standing, where the lie-down passed
        // on its way), not at the posture the lie-down took, but each goes back down through it.
        const double downAt = 3, lyingAt = 7, repsAt = 9;
        var raises = Reps(repsAt);
        double Shank(double t) => 90 * Math.PI / 180 * SyntheticMotion.Ramp((t - downAt) / (lyingAt - downAt)) - raises(t);
        var meter = new RepMeter(Rate, hasGyroscope: false, memorySeconds: 60);
        var samples = SyntheticMotion.RenderTwoAxes(Shank, _ => 0, (0.9, -0.2, 0.3), repsAt + 6 * RepS + 2, Rate, noise: 0);
        for (var n = 0; n < samples.Length; n++) meter.Add(n, samples[n], samples[n].Ax, samples[n].Ay, samples[n].Az);
        var cycles = new (double, double)[6];
        cycles[0] = (downAt, lyingAt + 0.2);
        for (var k = 0; k < 5; k++) cycles[k + 1] = (repsAt + RepOutS + k * RepS, repsAt + RepOutS + (k + 1) * RepS);
        Assert.Equal(6, KeptThrough(meter, 0, cycles));
        Assert.Equal(5, KeptThrough(meter, 0.25, cycles));
    }

    [Fact]
    public void AFirstRepThatComesBackIsKept()
    {
        const double repsAt = 3;
        var meter = Meter(_ => 0, Reps(repsAt), repsAt + 6 * RepS + 2);
        double[] cycles = [repsAt, repsAt + RepS, repsAt + 2 * RepS, repsAt + 3 * RepS, repsAt + 4 * RepS, repsAt + 5 * RepS];
        Assert.Equal(5, Kept(meter, 40, cycles));
    }
}

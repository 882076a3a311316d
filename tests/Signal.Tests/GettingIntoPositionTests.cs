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

    [Fact]
    public void AFirstRepThatComesBackIsKept()
    {
        const double repsAt = 3;
        var meter = Meter(_ => 0, Reps(repsAt), repsAt + 6 * RepS + 2);
        double[] cycles = [repsAt, repsAt + RepS, repsAt + 2 * RepS, repsAt + 3 * RepS, repsAt + 4 * RepS, repsAt + 5 * RepS];
        Assert.Equal(5, Kept(meter, 40, cycles));
    }
}

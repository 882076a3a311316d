namespace HepSense.Signal.Tests;

/// <summary>
/// Accelerometer only (<see cref="DetectorTuning.CycleSitDownLengthShare"/>): sitting down with the band on the shank goes out
/// and back (the shank swings up as the body drops, then hangs again once seated), tilting further than the seated reps and in
/// under half their time; a rep by every other test. A set's first rep as wide as the next ones takes about as long. The band's
/// gravity direction is synthetic (the meter's input).
/// </summary>
public class SittingDownTests
{
    private const double Rate = 25, RepDeg = 60, RepS = 5.5;

    private static int Kept(RepMeter meter, double sitDownLengthShare, params double[] bounds)
    {
        var hold = new PickUpHold(tiltShare: 0.25, lengthShare: 0.7, cycles: 2, look: 4, waitSamples: 6 * Rate, meter, postureShare: 1.5,
            postureMinDeg: 30, withRepShare: 0.5, withRepReachDeg: 10,
            posture: new PostureChange(40, Share: 0.8, FromShare: 0.25, BackShare: 0.5, DipShare: 0.25, MaxDps: 120),
            sitDown: new SitDown(sitDownLengthShare, TiltShare: 1.15, MinDeg: 40, EndShare: 0.8, MaxDeg: 150));
        return HoldCycles.Released(hold, meter, Rate, bounds).Length;
    }

    // Six seated reps of 60°: raised in 2 s, lowered in 2 s, 1.5 s apart.
    private static Func<double, double> Reps(double from) => SyntheticMotion.Reps(6, RepDeg, 2, 0, 2, RepS - 4, leadInS: from);

    // The bounds of five reps' cycles from repsAt, after the first bound (at most six cycles: the hold's capacity).
    private static double[] Cycles(double first, double repsAt) => [first, .. Enumerable.Range(0, 6).Select(k => repsAt + k * RepS)];

    [Fact]
    public void SittingDownWithTheBandOnTheShankIsNoRep()
    {
        // Still 3 s; the shank swings 90° out in 1.2 s and back to 45° in 1.2 s as the body sits (then hangs there); 0.5 s
        // later seated reps of 60°.
        const double downAt = 3, repsAt = 5.9;
        double Sit(double t) => Math.PI / 180 * (t < downAt + 1.2 ? 90 * SyntheticMotion.Ramp((t - downAt) / 1.2)
            : 90 - 45 * SyntheticMotion.Ramp((t - downAt - 1.2) / 1.2));
        var meter = HoldCycles.Meter(Rate, Sit, Reps(repsAt), repsAt + 6 * RepS + 2);
        double[] cycles = Cycles(downAt, repsAt);
        Assert.Equal(6, Kept(meter, 0, cycles));
        Assert.Equal(5, Kept(meter, 0.6, cycles));
    }

    [Fact]
    public void AWideFirstRepAsLongAsTheNextIsKept()
    {
        // Seated from the start: a first rep of 80° as long as the next five of 60° (the sixth's end closes the fifth).
        const double repsAt = 3;
        var reps = SyntheticMotion.Reps(6, RepDeg, 2, 0, 2, RepS - 4, leadInS: repsAt, romOf: k => k == 0 ? 80 : RepDeg);
        var meter = HoldCycles.Meter(Rate, _ => 0, reps, repsAt + 6 * RepS + 2);
        double[] cycles = Cycles(repsAt, repsAt + RepS);
        Assert.Equal(6, Kept(meter, 0.6, cycles));
    }
}

namespace HepSense.Signal.Tests;

/// <summary>
/// Accelerometer only (<see cref="PickUpPath"/>, <see cref="DetectorTuning.CyclePickUpPathShare"/>): reaching for the weight where
/// the set's reps also begin takes the band to the weight and leaves it there while the hand grips; the lift brings it back the way
/// it came. Turned as far and as briskly as a rep, the reach is not told apart by its tilt, its speed or where it began, but by its
/// path. The band's gravity direction is synthetic (the meter's input), the cycles are cut where the counter cuts them in the
/// simulated gym sets (the reach alone, then the lift with the first rep).
/// </summary>
public class ReachAndLiftTests
{
    private const double Rate = 25, RepDeg = 25, RepOutS = 0.8, RepS = 1.9;

    private static RepMeter Meter(Func<double, double> reach, Func<double, double> rep, double seconds) => HoldCycles.Meter(Rate, reach, rep, seconds);

    /// <summary>The cycles from one time to the next (seconds), measured on <paramref name="meter"/>, through the pick-up hold: the tilts of those kept.</summary>
    private static double[] Kept(RepMeter meter, double pathShare, params double[] bounds)
    {
        var hold = new PickUpHold(tiltShare: 0.25, lengthShare: 0.7, cycles: 2, look: 4, waitSamples: 6 * Rate, meter,
            path: new PickUpPath(pathShare, MinDeg: 5, FromShare: 0.3, HoldSlots: 3, HoldDeg: 3, MaxSamples: 6 * Rate));
        return [.. HoldCycles.Released(hold, meter, Rate, bounds).Select(c => c.RomDeg)];
    }

    private static Func<double, double> Reps(double from, int count = 6) => SyntheticMotion.Reps(count, RepDeg, RepOutS, 0, RepOutS, RepS - 2 * RepOutS, leadInS: from);

    [Fact]
    public void TheReachToTheWeightAndTheLiftBackAreNotARep()
    {
        // Still 3 s; the reach (30° in 1.5 s), the grip (0.8 s), the lift back (1.2 s), 1 s settling, then six reps of 25°.
        const double reachAt = 3, gripAt = 4.5, liftAt = 5.3, repsAt = 7.5;
        double Reach(double t) => 30 * Math.PI / 180 * (t < liftAt ? SyntheticMotion.Ramp((t - reachAt) / (gripAt - reachAt)) : 1 - SyntheticMotion.Ramp((t - liftAt) / 1.2));
        var meter = Meter(Reach, Reps(repsAt), repsAt + 6 * RepS + 2);
        // The reach's cycle ends in the grip; the next one is the lift and the first rep; then a cycle a rep.
        double[] cycles = [reachAt, gripAt + 0.2, repsAt + RepS, repsAt + 2 * RepS, repsAt + 3 * RepS, repsAt + 4 * RepS, repsAt + 5 * RepS];
        var withoutPath = Kept(meter, 0, cycles);
        Assert.Equal(6, withoutPath.Length);
        Assert.True(withoutPath[0] >= 25, "the reach tilts as far as a rep: the tilt test keeps it");
        Assert.Equal(withoutPath[1..], Kept(meter, 0.8, cycles));
    }

    [Fact]
    public void AFirstRepThatComesBackInItsCycleIsKept()
    {
        const double repsAt = 3;
        var meter = Meter(_ => 0, Reps(repsAt), repsAt + 6 * RepS + 2);
        double[] cycles = [repsAt, repsAt + RepS, repsAt + 2 * RepS, repsAt + 3 * RepS, repsAt + 4 * RepS, repsAt + 5 * RepS];
        Assert.Equal(5, Kept(meter, 0.8, cycles).Length);
    }

    [Fact]
    public void APartialFirstRepFlowingIntoTheNextIsKept()
    {
        // A first rep to 20° only (out and back in 1 s, about the reps' axis), its cycle cut at its top, and the next cycle from
        // there back down and through the next rep: the path of the reach and the lift, but the band turns at the partial rep's
        // top without stopping there.
        const double partialAt = 3, repsAt = partialAt + 1;
        var reps = Reps(repsAt);
        double Rep(double t) => t >= partialAt && t < repsAt ? 20 * Math.PI / 180 * Math.Sin(Math.PI * (t - partialAt)) : reps(t);
        var meter = Meter(_ => 0, Rep, repsAt + 6 * RepS + 2);
        double[] cycles = [partialAt, partialAt + 0.5, repsAt + RepS, repsAt + 2 * RepS, repsAt + 3 * RepS, repsAt + 4 * RepS, repsAt + 5 * RepS];
        Assert.Equal(6, Kept(meter, 0.8, cycles).Length);
    }

    [Fact]
    public void ASimulatedShoulderPressSetsReachIsNotCounted()
    {
        // shoulder-press-medium-1 (seed 7, data/gym-setup-accel): the reach to the dumbbells (15°, as brisk as the presses read)
        // was counted; its cycle ends in the grip and the next one, the clean, sets out back the way it came. 6 presses.
        Assert.Equal(6, Counted("shoulder-press-medium-1.csv", new DetectorTuning()));
        Assert.Equal(7, Counted("shoulder-press-medium-1.csv", new DetectorTuning { CyclePickUpPathShare = 0 }));
    }

    private static int Counted(string file, DetectorTuning tuning) => SimulatedSets.Counted("gym-setup-accel", file, hasGyroscope: false, tuning);
}

namespace HepSense.Signal.Tests;

/// <summary>
/// Accelerometer only (<see cref="PickUpHold"/>, <see cref="DetectorTuning.CyclePickUpSpeedShare"/>): reaching for the weight
/// where the set's reps also begin (rows, lunges: the arm hangs) tilts the band as far as a small rep, so neither the tilt nor the
/// posture test sees it; but it turns the band slowly, where the reps turn it briskly.
/// </summary>
public class SlowPickUpTests
{
    private const int Look = 4;

    /// <summary>The tilts of what the hold hands out for a set's first cycles (each: length in samples, tilt °, peak tilt speed °/s).</summary>
    private static double[] Kept(double speedShare, (long Length, double RomDeg, double PeakSpeedDps)[] cycles, double speedLengthShare = 0.6,
        double gentleShare = 0)
    {
        var hold = new PickUpHold(tiltShare: 0.25, lengthShare: 0.7, cycles: 2, look: Look, waitSamples: 150, speedShare: speedShare,
            speedTiltShare: 0.85, speedMaxDeg: 30, speedLengthShare: speedLengthShare, gentleSpeedShare: 0.3, gentleShare: gentleShare);
        hold.Begin();
        var (start, kept) = (0L, Array.Empty<double>());
        foreach (var (length, rom, speed) in cycles)
        {
            var cycle = new RepCandidate(start, start + length / 2, start + length / 2, start + length, 3, 1, rom, speed);
            start += length;
            if (hold.Add(cycle) is { Length: > 0 } released) kept = released.ToArray().Select(c => c.RomDeg).ToArray();
        }
        return kept;
    }

    private static readonly (long, double, double)[] Rows = [(25, 40, 400), (25, 35, 380), (25, 42, 420), (25, 38, 390), (25, 40, 410)];

    [Fact]
    public void ASlowSmallReachBeforeBriskRepsIsNotARep()
    {
        // A 2 s reach tilting 13° at 25°/s at most, then rows of 35-42° at ~400°/s: a third of their tilt (the tilt test needs a
        // quarter), a sixteenth of their speed.
        (long, double, double)[] set = [(50, 13, 25), .. Rows];
        Assert.Equal([40, 35, 42, 38, 40], Kept(0.2, set));
        Assert.Equal([13, 40, 35, 42, 38, 40], Kept(0, set));
    }

    [Fact]
    public void AGentleReachQuickerThanTheRepsIsNotARepEither()
    {
        // The same reach in 0.68 of a row's time: under the 0.7 the tilt test asks of a cycle (a slow rep cut by its phase is
        // short), but gentle; a cut rep is not.
        (long, double, double)[] set = [(17, 13, 25), .. Rows];
        Assert.Equal([40, 35, 42, 38, 40], Kept(0.2, set));
        Assert.Equal([13, 40, 35, 42, 38, 40], Kept(0.2, set, speedLengthShare: 0.7));
    }

    [Fact]
    public void AFirstRepAsBriskAsTheNextIsKeptThoughSmall()
    {
        // The set's first rep made while the filters settle: small, but it turns the band as fast as the reps after it.
        Assert.Equal([13, 40, 35, 42, 38, 40], Kept(0.2, [(25, 13, 300), .. Rows]));
    }

    [Fact]
    public void ASlowPartialFirstRepOverThePickUpsTiltIsKept()
    {
        // A physiotherapy set's partial first rep (56° before reps of 130-170°) is slow next to them too, but it turns the band
        // farther than picking a weight up does (over 30°).
        (long, double, double)[] set = [(75, 56, 50), (62, 129, 1100), (75, 47, 44), (60, 73, 206), (67, 164, 713), (60, 170, 1160)];
        Assert.Equal([56, 129, 47, 73, 164, 170], Kept(0.2, set));
    }

    [Fact]
    public void AReachSlowForItsTiltIsNotARep()
    {
        // A 2 s reach tilting 24° (0.6 of the rows' tilt) at 100°/s (a quarter of their speed, over the 0.2 the plain speed test
        // asks): at the rows' pace a 24° turn would peak near 240°/s, so it turned at under half the pace its tilt would take
        // (CyclePickUpGentleShare 0.5): a reach, not a rep. Without the test it is counted.
        (long, double, double)[] set = [(50, 24, 100), .. Rows];
        Assert.Equal([40, 35, 42, 38, 40], Kept(0.2, set, gentleShare: 0.5));
        Assert.Equal([24, 40, 35, 42, 38, 40], Kept(0.2, set));
    }

    [Fact]
    public void ASmallPartialFirstRepSlowOnlyForItsSizeIsKept()
    {
        // A partial first rep of 12° (0.3 of the rows') at 100°/s (0.25 of their speed): slow because it is small, its speed share
        // about its tilt share (as the physio sims' partial mini-squats, 0.57-1.24 ×): kept.
        Assert.Equal([12, 40, 35, 42, 38, 40], Kept(0.2, [(50, 12, 100), .. Rows], gentleShare: 0.5));
    }

    [Fact]
    public void ARowSetsReachIsNotCounted()
    {
        // bent-over-row-fast-2 (seed 7): the reach to the dumbbell tilts 13° like the rows read at the set's start, slowly; and
        // the lift with the first row. 10 rows, 12 counted without the speed test (and without the path test, PickUpPath, which
        // drops the reach too).
        Assert.Equal(10, Counted("bent-over-row-fast-2.csv", new DetectorTuning()));
        Assert.Equal(12, Counted("bent-over-row-fast-2.csv", new DetectorTuning { CyclePickUpSpeedShare = 0, CyclePickUpPathShare = 0 }));
    }

    private static int Counted(string file, DetectorTuning tuning) => SimulatedSets.Counted("gym-setup-accel", file, hasGyroscope: false, tuning);
}

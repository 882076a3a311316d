namespace HepSense.Signal.Tests;

/// <summary>
/// Accelerometer only: a set's first cycle re-read on the principal axis once it is first found (<see cref="DetectorTuning.CycleRereadS"/>).
/// The axis is first accepted only once its window holds AccelAxisMinMs2 / 3, and a heel raise tilts the shank 3–8°: the
/// set's first rise is over, or nearly, before the axis is found, read on the default axis (on an ankle band nearly the gravity
/// axis, which a small tilt barely changes). The let-down then decided the set's direction and every cycle ran from a rep's
/// top to the next: the first rise lost and the last let-down never closed. Simulated in-pain heel raises (firmware-sim;
/// accelerometer columns only; both keep a small partial rep lost, heel13's other class, hence one short of the truth), and
/// synthetic small slow tilts along one line.
/// </summary>
public class FirstCycleOnTheFoundAxisTests
{
    [Theory]
    [InlineData(25, 5, 1.5, 1.0)]
    [InlineData(50, 5, 1.5, 1.0)]
    [InlineData(25, 6, 1.2, 2.0)]
    [InlineData(25, 4, 1.0, 1.5)]
    public void SmallSlowTiltsAlongOneLineCountFromTheFirst(double rate, double romDeg, double eachWayS, double holdS)
    {
        // 10 tilts of 4–6° about an axis whose turn barely moves gravity along the default axis (x): the axis is found during
        // the first tilt, which on x never crossed the threshold; off, the set was counted top to top, 9 of 10 (seeds 1–3).
        for (var seed = 1; seed <= 3; seed++)
        {
            var samples = SyntheticMotion.Render(SyntheticMotion.Reps(10, romDeg, eachWayS, holdS, eachWayS, 1.5),
                3 + 10 * (2 * eachWayS + holdS + 1.5) + 3, rate, gyro: false, seed, ux: 1, uy: -0.064, uz: 0.3);
            var counted = Detection.Run(new RepDetector(rate, hasGyroscope: false), samples).Count;
            var without = Detection.Run(new RepDetector(rate, hasGyroscope: false, new DetectorTuning { CycleRereadS = 0 }), samples).Count;
            Assert.Equal((10, 9), (counted, without));
        }
    }

    [Fact]
    public void TheFirstRiseReadOnlyUnderTheThresholdIsTheWayOut()
    {
        // s7 in-pain-heel-raise-1: rep 1 (3.6°, 3.0–7.0 s) never crossed the threshold on the default axis; the axis was found
        // at 6.2 s, as its let-down crossed. Re-read, the rise (3.48–6.0 s, 0.33 against a threshold of 0.30) is the way out.
        var dir = SimulatedSets.Folder("sim-fidgety");
        const string file = "in-pain-heel-raise-s7-1.csv";
        var (counted, reps) = SimulatedSets.Count(dir, file, hasGyroscope: false, new DetectorTuning());
        var (without, _) = SimulatedSets.Count(dir, file, hasGyroscope: false, new DetectorTuning { CycleRereadS = 0 });
        Assert.Equal((12, 11, 10), (reps, counted, without));
    }

    [Fact]
    public void TheFirstRiseReadWholeOnTheFoundAxisPassesTheLeadTest()
    {
        // s11 in-pain-heel-raise-3: the axis found at 5.0 s, within rep 1's rise (3.4–7.4 s); only the rise's tail crossed
        // (0.35), too small against the let-down (0.62) for a way out. Re-read whole, the rise is 0.43: rep 1 counted.
        var dir = SimulatedSets.Folder("sim-heel-raise");
        const string file = "in-pain-heel-raise-s11-3.csv";
        var (counted, reps) = SimulatedSets.Count(dir, file, hasGyroscope: false, new DetectorTuning());
        var (without, _) = SimulatedSets.Count(dir, file, hasGyroscope: false, new DetectorTuning { CycleRereadS = 0 });
        Assert.Equal((12, 11, 10), (reps, counted, without));
    }

    [Fact]
    public void ASetUpThatLeavesTheBandElsewhereDecidesNothing()
    {
        // The came-back test refusing every re-read: the counts are the rule's off (every rep list byte-identical, measured on
        // the guards' sets), so the re-read changes nothing unless the band came back to its rest.
        var dir = SimulatedSets.Folder("sim-heel-raise");
        const string file = "in-pain-heel-raise-s11-3.csv";
        var (refused, _) = SimulatedSets.Count(dir, file, hasGyroscope: false, new DetectorTuning { CycleRereadBackShare = 0 });
        var (without, _) = SimulatedSets.Count(dir, file, hasGyroscope: false, new DetectorTuning { CycleRereadS = 0 });
        Assert.Equal(without, refused);
    }
}

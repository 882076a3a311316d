namespace HepSense.Signal.Tests;

/// <summary>
/// Accelerometer only: a fidget just before a set's first rep or just after its last is a quick out-and-back, not a rep.
/// Before the set it waits in the set-start hold with the first rep and is dropped for lasting under a third of it while
/// moving as briskly (<see cref="DetectorTuning.CycleFidgetLengthShare"/>); after the set it is held as quicker than the set's
/// reps and dropped at the stream's end, which did not cut it (<see cref="DetectorTuning.CycleSmallCutS"/>). Simulated
/// fidgety sets (firmware-sim seed 7, accelerometer columns only): no smooth synthetic set built for this helper fell into
/// either case (both rules counted alike on and off over 160 sets), so the tests are on the simulator's recordings.
/// </summary>
public class FidgetsAtTheSetsEdgesTests
{
    [Fact]
    public void AQuickFidgetBeforeTheFirstRepIsNoRep()
    {
        // A 13.5° fidget (1.0–1.8 s; its cycle 0.72 s) right before straight-leg raises of 4.7–6 s: the hold released it with the
        // first rep, as alike in size (6.5 against 6.7 m/s²), and it was counted: 9 of 8.
        var dir = SimulatedSets.Folder("sim-fidgety");
        var (counted, reps) = SimulatedSets.Count(dir, "fidgety-straight-leg-raise-s7-2.csv", hasGyroscope: false, new DetectorTuning());
        var (without, _) = SimulatedSets.Count(dir, "fidgety-straight-leg-raise-s7-2.csv", hasGyroscope: false,
            new DetectorTuning { CycleFidgetLengthShare = 0 });
        Assert.Equal((8, 8, 9), (reps, counted, without));
    }

    [Fact]
    public void AQuickFidgetAfterTheLastRepIsNoRepWhenTheStreamEndsSoonAfter()
    {
        // An 11.6° fidget (43.6–44.5 s; its cycle 1.5 s, against the set's 4.1 s) after the last mini squat, the recording
        // ending 1 s later: held as quicker than the set, it was reported as the stream may have cut the set short: 9 of 8.
        var dir = SimulatedSets.Folder("sim-fidgety");
        var (counted, reps) = SimulatedSets.Count(dir, "fidgety-mini-squat-s7-3.csv", hasGyroscope: false, new DetectorTuning());
        var (without, _) = SimulatedSets.Count(dir, "fidgety-mini-squat-s7-3.csv", hasGyroscope: false, new DetectorTuning { CycleSmallCutS = 2 });
        Assert.Equal((8, 8, 9), (reps, counted, without));
    }
}

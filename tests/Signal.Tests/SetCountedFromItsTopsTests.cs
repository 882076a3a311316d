namespace HepSense.Signal.Tests;

/// <summary>
/// Accelerometer only: a set of held reps counted from its held tops (uci-pt s2-e7-test set 1, shoulder flexion held 2.6 s at
/// 96°). The set's first cycle is the lift alone (the arm's acceleration, then the tilt), so each next cycle is a let-down with
/// the next lift, every one ending with the arm up; the last let-down, which brings the arm back where the set began, would be
/// a rep of its own. A synthetic set could not be made to fall into this phase (the let-down of a smooth one falls between
/// cycles), hence the recording.
/// </summary>
public class SetCountedFromItsTopsTests
{
    [Fact]
    public void TheLastLetDownOfASetCountedFromItsTopsIsNoRep()
    {
        var (counted, reps) = SimulatedSets.Count(RepoPaths.Imu, "uci-pt/s2-e7-test.csv", hasGyroscope: false, new DetectorTuning());
        var (without, _) = SimulatedSets.Count(RepoPaths.Imu, "uci-pt/s2-e7-test.csv", hasGyroscope: false, new DetectorTuning { CycleSetWayBack = 0 });
        Assert.Equal((30, 30, 31), (reps, counted, without));
    }
}

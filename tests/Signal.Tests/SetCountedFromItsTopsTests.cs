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

    /// <summary>
    /// uci-pt s2-e1-template (seated knee extensions, a ~0.8 s lift to 77°, 4 s at the top) 15 % faster: the lift's braking lobe
    /// crosses the threshold, so the set's first cycle is the lift alone. Its 2nd cycle begins at the top, comes back through the
    /// set's rest and leaves again (the next lift under way): no way back of the first (CycleTopsLeaveShare), the set is counted
    /// from its tops and keeps 8 of its 9 reps (6 without the rule). The 9th is the first lift itself, whose tilt read at its
    /// acceleration cycle's end (21° of 75°) the set-up tilt test drops: reading it where the band arrived kept it, but also kept
    /// held-out gym set-ups (EXPERIMENTS, phase13's merge). Smooth synthetic held reps (lift 0.4–0.7 s, hold 3–4.5 s, let-down
    /// 0.5–1.8 s, the band 0.3–0.45 m from the joint, 25 and 50 Hz) never fell into this phase.
    /// </summary>
    [Fact]
    public void ASetWhoseFirstCycleWasTheLiftAloneIsCountedFromItsTops()
    {
        const string file = "uci-pt/s2-e1-template.csv";
        int Counted(DetectorTuning tuning) => SimulatedSets.Count(RepoPaths.Imu, file, hasGyroscope: false, tuning, tempo: 0.85).Counted;
        Assert.Equal((8, 6), (Counted(new DetectorTuning()), Counted(new DetectorTuning { CycleTopsLeaveShare = 0 })));
    }

    /// <summary>
    /// uci-pt s2-e7-test 20 % slower: its first set recognised as counted from its tops (above), the set's last let-down (59.2–63.9 s,
    /// ending 5° from where the set began) waits for a next lift that never comes and is dropped (CycleTopsDownShare); counted at
    /// once it is a rep too many.
    /// </summary>
    [Fact]
    public void TheLastLetDownOfASetRecognisedAsCountedFromItsTopsWaitsAndIsDropped()
    {
        const string file = "uci-pt/s2-e7-test.csv";
        int Counted(DetectorTuning tuning) => SimulatedSets.Count(RepoPaths.Imu, file, hasGyroscope: false, tuning, tempo: 1.2).Counted;
        Assert.Equal((30, 31), (Counted(new DetectorTuning()), Counted(new DetectorTuning { CycleTopsDownShare = 0 })));
    }
}

namespace HepSense.Signal.Tests;

/// <summary>
/// Accelerometer only: a quick set-up (the dumbbell brought up to the chest or the shoulders) turns the band 140-170° in well
/// under a second, and the acceleration of that turn alone is one whole cycle of the counted band: it was counted as the set's
/// first rep. Once the band has stayed in the new posture it is known as a set-up's step (PostureSteps), and a held cycle that
/// was nothing but the turn (it began before the turn's middle and was over by the time the band arrived) is not counted.
/// Gym sets simulated once by firmware-sim (data/gym-setup-accel; see <see cref="GymSetUpWithoutGyroscopeTests"/>).
/// </summary>
public class SetUpStepCycleTests
{
    [Theory]
    [InlineData("goblet-squat-fast-1.csv", 7)]
    [InlineData("shoulder-press-medium-1.csv", 6)]
    public void TheTurnOfAQuickSetUpIsNotARep(string file, int reps)
    {
        // Both files count the reach for the weight too (one over the truth after the change, two before), with its path test
        // (PickUpPath) off: shoulder-press-medium-1's reach goes back the way it came, and that test drops it (ReachAndLiftTests).
        Assert.Equal(reps + 1, Counted(file, new DetectorTuning { CyclePickUpPathShare = 0 }));
        Assert.Equal(reps + 2, Counted(file, new DetectorTuning { CycleStepCycleShare = 0, CyclePickUpPathShare = 0 }));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(8)]
    public void AFirstRepHeldAtTheTopIsNotASetUp(double holdS)
    {
        // Six slow raises of 100° held at the top: the first, with no rep before it, turns over CycleStepAloneDeg and stays long
        // enough to be a set-up's step; the band comes back (within its cycle, or before the held cycle is let go), so it is a rep.
        const double rate = 50, riseS = 1.5, restS = 3;
        const int reps = 6;
        var repS = 2 * riseS + holdS + restS;
        var samples = SyntheticMotion.Render(SyntheticMotion.Reps(reps, 100, riseS, holdS, riseS, restS), 3 + reps * repS + 5, rate, gyro: false, noise: 0.05);
        Assert.Equal(reps, Detection.Count(samples, rate, false));
    }

    [Fact]
    public void ARepMergedIntoASetUpsTurnIsNotDroppedWithIt()
    {
        // Simulated slow shoulder presses (seed 7) played 0.7 times as long: a cycle that began over CycleStepLeadS (2 s) before a
        // set-up step's onset holds a rep before the turn, merged into it; dropping it as the step itself lost that rep (12 of 14).
        var dir = SimulatedSets.Folder("gym-setup-accel");
        var counted = SimulatedSets.Count(dir, "shoulder-press-slow-3.csv", hasGyroscope: false, new DetectorTuning(), tempo: 0.7).Counted;
        var without = SimulatedSets.Count(dir, "shoulder-press-slow-3.csv", hasGyroscope: false, new DetectorTuning { CycleStepLeadS = 1000 }, tempo: 0.7).Counted;
        Assert.Equal((13, 12), (counted, without));
    }

    private static int Counted(string file, DetectorTuning tuning) => SimulatedSets.Counted("gym-setup-accel", file, hasGyroscope: false, tuning);
}

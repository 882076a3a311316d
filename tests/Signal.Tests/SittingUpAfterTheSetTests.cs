namespace HepSense.Signal.Tests;

/// <summary>
/// Sitting up after the bench presses is the lie-back reversed: ~73° about the set-up's axis, the other way, six times a press
/// and quicker than one, after which the band rests or the stream ends. It undoes the set's held set-up and is not a rep
/// (PutDownHold, SetUpUndoneShare). A last squat or press carried into putting the weight down is as large and about the same
/// axis, but lasts longer than a rep: it stays counted (SetUpUndoneLengthShare). Simulated files: tests/Signal.Tests/data/gym-setup
/// (firmware-sim gym, seed 7, 25 Hz). A synthetic lie-back, presses and sitting up (two axes, clean) never had the sitting up
/// counted, so it could not test the rule.
/// </summary>
public class SittingUpAfterTheSetTests
{
    private static int Counted(string file, DetectorTuning tuning) => SimulatedSets.Counted("gym-setup", file, hasGyroscope: true, tuning);

    [Theory]
    [InlineData("bench-press-fast-1.csv", 6)]
    [InlineData("bench-press-slow-3.csv", 10)]
    public void SittingUpAfterASimulatedSetIsNotARep(string file, int reps)
    {
        Assert.Equal(reps, Counted(file, new DetectorTuning()));
        Assert.Equal(reps + 1, Counted(file, new DetectorTuning { SetUpUndoneShare = 0 }));
    }

    [Fact]
    public void ALastSquatCarriedIntoPuttingTheGobletDownStaysARep()
    {
        // goblet-squat-fast-1 (seed 7): the last squat and lowering the goblet, 133° in 2.6 s after 1.3 s squats.
        Assert.Equal(7, Counted("goblet-squat-fast-1.csv", new DetectorTuning()));
        Assert.Equal(6, Counted("goblet-squat-fast-1.csv", new DetectorTuning { SetUpUndoneLengthShare = 3 }));
    }
}

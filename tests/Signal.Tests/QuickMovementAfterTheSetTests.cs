namespace HepSense.Signal.Tests;

/// <summary>
/// A kick of the leg after a set: as large as half a rep, out and back in under half the time of any of the set's reps, then
/// the band rests. Not far smaller (so not a jolt), and after the rest's pause its direction is open, so the swing path saw a
/// rep; judged against the set's reps it is the set's end (uci-pt s1-e2-test at 100 Hz and 1.5× tempo). The same kick
/// within the set (the set goes on) is one of its reps.
/// </summary>
public class QuickMovementAfterTheSetTests
{
    private static int Counted(double rateHz, bool goesOn, DetectorTuning tuning)
    {
        var set = SyntheticMotion.Reps(8, 60, raiseS: 1.2, holdS: 0.4, lowerS: 1.2, pauseS: 0.6);
        const double kickAt = 3 + 8 * 3.4 + 4.5;   // after a pause (4 s)
        var kick = SyntheticMotion.Reps(1, 35, raiseS: 0.35, holdS: 0.1, lowerS: 0.35, pauseS: 0, leadInS: kickAt);
        var more = SyntheticMotion.Reps(goesOn ? 3 : 0, 60, raiseS: 1.2, holdS: 0.4, lowerS: 1.2, pauseS: 0.6, leadInS: kickAt + 1.5);
        var samples = SyntheticMotion.Render(t => set(t) + kick(t) + more(t), kickAt + 1.5 + 3 * 3.4 + 15, rateHz, gyro: true);
        return Detection.Count(samples, rateHz, true, tuning);
    }

    [Theory]
    [InlineData(25)]
    [InlineData(100)]
    public void AKickAfterTheSetIsNotARep(double rateHz)
    {
        Assert.Equal(8, Counted(rateHz, goesOn: false, new DetectorTuning()));
        Assert.Equal(9, Counted(rateHz, goesOn: false, new DetectorTuning { PutDownQuickShare = 0 }));
    }

    [Theory]
    [InlineData(25)]
    [InlineData(100)]
    public void AKickTheSetGoesOnAfterIsOneOfItsReps(double rateHz) =>
        Assert.Equal(12, Counted(rateHz, goesOn: true, new DetectorTuning()));
}

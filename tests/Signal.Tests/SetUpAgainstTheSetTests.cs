namespace HepSense.Signal.Tests;

/// <summary>
/// A set's first movement judged against the set's own reps: a slow shift of the limb before brisk reps (not alike them in
/// size, far longer) and a tiny one (a fifth of them) are not reps, whatever their tempo; a partial first rep made at the
/// set's tempo is (uci-pt s1-e5-template, s2-e2-test at 1.5× tempo).
/// </summary>
public class SetUpAgainstTheSetTests
{
    /// <summary>A movement of <paramref name="firstDeg"/> lasting <paramref name="firstS"/>, then 10 brisk reps of <paramref name="repDeg"/>.</summary>
    private static int Counted(double rateHz, double firstDeg, double firstS, double gapS, DetectorTuning tuning, double repDeg = 20)
    {
        var first = SyntheticMotion.Reps(1, firstDeg, raiseS: firstS * 3 / 8, holdS: firstS / 4, lowerS: firstS * 3 / 8, pauseS: 0);
        var repsStart = 3 + firstS + gapS;
        var reps = SyntheticMotion.Reps(10, repDeg, raiseS: 0.8, holdS: 0.3, lowerS: 0.8, pauseS: 0.6, leadInS: repsStart);
        var samples = SyntheticMotion.Render(t => first(t) + reps(t), repsStart + 10 * 2.5 + 5, rateHz, gyro: true);
        return Detection.Count(samples, rateHz, true, tuning);
    }

    [Theory]
    [InlineData(25)]
    [InlineData(50)]
    [InlineData(100)]
    public void ASlowShiftBeforeBriskRepsIsNotARep(double rateHz)
    {
        // 12° over 8 s before 20° reps of ~2 s: 0.6 of their size (over the fidget share), four times as long.
        Assert.Equal(10, Counted(rateHz, 12, 8, 0.7, new DetectorTuning()));
        Assert.Equal(11, Counted(rateHz, 12, 8, 0.7, new DetectorTuning { SlowSetUpShare = 0 }));
    }

    [Theory]
    [InlineData(25)]
    [InlineData(100)]
    public void APartialFirstRepAtTheSetsTempoCounts(double rateHz)
    {
        Assert.Equal(11, Counted(rateHz, 12, 1.9, 0.6, new DetectorTuning()));
        // Its length is what keeps it: were half a rep's length enough, the slow-shift rule would take it (the case is exercised).
        Assert.Equal(10, Counted(rateHz, 12, 1.9, 0.6, new DetectorTuning { SetUpLengthShare = 0.5 }));
    }

    [Theory]
    [InlineData(25)]
    [InlineData(50)]
    [InlineData(100)]
    public void ATinyMovementBeforeTheSetIsNotARepWhateverItsTempo(double rateHz)
    {
        // 6° at the set's tempo and about its axis, 1.8 s before 30° reps (after the hold's 1.5 s): a fifth of their size.
        Assert.Equal(10, Counted(rateHz, 6, 1.9, 1.8, new DetectorTuning(), repDeg: 30));
        Assert.Equal(11, Counted(rateHz, 6, 1.9, 1.8, new DetectorTuning { SetUpTinyShare = 0 }, repDeg: 30));
    }
}

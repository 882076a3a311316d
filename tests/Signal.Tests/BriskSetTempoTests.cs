namespace HepSense.Signal.Tests;

/// <summary>
/// A set of 3.2 s reps (40°, a second between them) with a 10 s rest inside it: the swing threshold's size memory keeps to
/// the set's own tempo from 1.5 s per rep on (TempoRefS), so a small shift during the rest (7°, out and back over 4 s,
/// beginning 6–7 s after the last rep) is not counted. On a 3 s reference these reps set no clock of their own, the
/// threshold faded on the 20 s memory alone, and the shift counted: what uci-pt's reps do 1.5× slower (s2-e5-template, a
/// 3.5° bump between low-amplitude reps).
/// </summary>
public class BriskSetTempoTests
{
    private static int Counted(double rateHz, double restAtS, DetectorTuning tuning)
    {
        const double period = 4.2, end = 3 + 8 * period;
        var first = SyntheticMotion.Reps(8, 40, raiseS: 1.2, holdS: 0.8, lowerS: 1.2, pauseS: 1);
        var shift = SyntheticMotion.Reps(1, 7, raiseS: 2, holdS: 0, lowerS: 2, pauseS: 0, leadInS: end + restAtS);
        var second = SyntheticMotion.Reps(6, 40, raiseS: 1.2, holdS: 0.8, lowerS: 1.2, pauseS: 1, leadInS: end + restAtS + 6);
        var samples = SyntheticMotion.Render(t => first(t) + shift(t) + second(t), end + restAtS + 6 + 6 * period + 5, rateHz, gyro: true);
        return Detection.Run(new RepDetector(rateHz, hasGyroscope: true, tuning), samples).Count;
    }

    [Theory]
    [InlineData(25, 6)]
    [InlineData(25, 7)]
    [InlineData(50, 7)]
    [InlineData(100, 7)]
    public void ShiftDuringARestOfASetOfThreeSecondRepsIsNotARep(double rateHz, double restAtS)
    {
        Assert.Equal(14, Counted(rateHz, restAtS, new DetectorTuning()));
        // Without the in-set clock (before): the shift is counted.
        Assert.Equal(15, Counted(rateHz, restAtS, new DetectorTuning { InSetTempoRefS = 0 }));
    }
}

namespace HepSense.Signal.Tests;

/// <summary>
/// A slow set (9 s per rep, a patient in pain) with a long rest inside it: the swing threshold's size memory keeps to the
/// set's tempo, so a small slow shift during the rest (7°, out and back over 6 s) is not counted once the threshold would
/// have faded to the floor on a brisk set's clock (20 s).
/// </summary>
public class SlowSetTempoTests
{
    [Theory]
    [InlineData(25)]
    [InlineData(50)]
    [InlineData(100)]
    public void ShiftDuringALongRestOfASlowSetIsNotARep(double rateHz)
    {
        var first = SyntheticMotion.Reps(6, 45, raiseS: 4, holdS: 1, lowerS: 4, pauseS: 3);
        var firstEnd = 3 + 6 * 12.0;
        var shift = SyntheticMotion.Reps(1, 7, raiseS: 3, holdS: 0, lowerS: 3, pauseS: 0, leadInS: firstEnd + 18);
        var second = SyntheticMotion.Reps(4, 45, raiseS: 4, holdS: 1, lowerS: 4, pauseS: 3, leadInS: firstEnd + 18 + 6 + 10);
        var samples = SyntheticMotion.Render(t => first(t) + shift(t) + second(t), firstEnd + 18 + 6 + 10 + 4 * 12 + 5, rateHz, gyro: true);

        var reps = Detection.Run(new RepDetector(rateHz, hasGyroscope: true), samples);

        Assert.Equal(10, reps.Count);
    }
}

namespace HepSense.Signal.Tests;

/// <summary>
/// Lying down before a straight-leg raise turns the band a long way (here 80°) and it rests there; each rep then turns it back
/// towards standing, against the way out, and comes back to that rest; getting up after the set turns it back the rest of the
/// way. Read with the lie-down's direction, the set was counted from its other end: the first rep taken for lying down's way
/// back (lost), the reps counted from their holds, and getting up counted as the last rep's way back. The lie-down rested at its
/// top and its way back stopped far from standing: it does not set the set's direction (SwingCounter.RestAgainst).
/// </summary>
public class FirstRepAgainstLyingDownTests
{
    private const double Rate = 25;
    private const double SetFromS = 9.5, Reps = 10, PeriodS = 7, GetUpS = SetFromS + Reps * PeriodS;

    private static ImuSample[] LieDownRepsGetUp()
    {
        var set = SyntheticMotion.Reps((int)Reps, 40, raiseS: 2, holdS: 1.5, lowerS: 2, pauseS: 1.5, leadInS: SetFromS);
        double Angle(double t) => 80 * Math.PI / 180 * (SyntheticMotion.Ramp((t - 5) / 3) - SyntheticMotion.Ramp((t - GetUpS) / 3)) - set(t);
        return SyntheticMotion.Render(Angle, GetUpS + 10, Rate, gyro: true);
    }

    [Fact]
    public void TheSetIsCountedFromItsRestNotFromItsHolds()
    {
        var samples = LieDownRepsGetUp();
        var reps = Detection.Run(new RepDetector(Rate, true), samples);
        Assert.Equal((int)Reps, reps.Count);
        Assert.InRange(reps[0].StartSample / Rate, SetFromS - 1, SetFromS + 1);
        Assert.True(reps[^1].EndSample / Rate < GetUpS + 0.5, $"the last rep ends at {reps[^1].EndSample / Rate:F1} s, in getting up");
    }

    [Fact]
    public void WithoutTheRuleTheSetWasCountedFromItsHolds()
    {
        var reps = Detection.Run(new RepDetector(Rate, true, new DetectorTuning { RestAgainstTurn = 0 }), LieDownRepsGetUp());
        Assert.True(reps[0].StartSample / Rate > SetFromS + 2, $"the first rep starts at {reps[0].StartSample / Rate:F1} s");
    }
}

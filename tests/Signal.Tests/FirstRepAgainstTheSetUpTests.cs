namespace HepSense.Signal.Tests;

/// <summary>
/// A set-up before the set (a reach to the floor for the weight, 34° out and back) sets the set's direction; the first rep,
/// about another joint, may then swing the other way along the axis. Swinging, it is not resting: the pause (4 s without a
/// confirmed turn since the pick-up's top) must not fire at that rep's top, nor the pick-up's wait run out on its way out,
/// before it turns back and shows the pick-up a set-up (gym sims: lateral raises, triceps extensions, rows).
/// </summary>
public class FirstRepAgainstTheSetUpTests
{
    private const int Raises = 8;

    /// <summary>
    /// The pick-up about one axis, then, 1.6 s after it came back, <see cref="Raises"/> raises of 85° (way out
    /// <paramref name="raiseS"/>) about an axis 80° from it (<paramref name="sign"/>: which way they turn about it); the reps.
    /// </summary>
    private static List<DetectedRep> Detected(double rateHz, double sign, double raiseS, DetectorTuning tuning)
    {
        var pickUp = SyntheticMotion.Reps(1, 34, raiseS: 1.4, holdS: 0.3, lowerS: 1.4, pauseS: 0, leadInS: 3);
        var raisesFrom = 3 + 3.1 + 1.6;
        var period = raiseS + 0.4 + 1.1 + 0.4;
        var raises = SyntheticMotion.Reps(Raises, 85, raiseS: raiseS, holdS: 0.4, lowerS: 1.1, pauseS: 0.4, leadInS: raisesFrom);
        var samples = SyntheticMotion.RenderTwoAxesWithGyro(pickUp, t => sign * raises(t), (0.3, 0.8, 0.5), (0.9, -0.1, -0.4),
            raisesFrom + Raises * period + 5, rateHz);
        return Detection.Run(new RepDetector(rateHz, true, tuning), samples);
    }

    [Theory]
    [InlineData(25, 1)]
    [InlineData(25, -1)]
    [InlineData(50, 1)]
    [InlineData(50, -1)]
    public void TheFirstRepSwingingTheOtherWayAfterThePickUpIsNotARest(double rateHz, double sign)
    {
        var reps = Detected(rateHz, sign, 1.0, new DetectorTuning());
        Assert.Equal(Raises, reps.Count);
        // The first rep counted is the first raise (from 7.7 s), not the pick-up (3–6.1 s).
        Assert.InRange(reps[0].EndSample / rateHz, 8.5, 10.5);
        // Without the rule the pause fires at the first raise's top: the pick-up is counted, and the raises from top to top
        // (as many here, by compensation: the first raise lost).
        Assert.InRange(Detected(rateHz, sign, 1.0, new DetectorTuning { PausePastRest = 0 })[0].EndSample / rateHz, 5.5, 7);
    }

    [Theory]
    [InlineData(25, 1)]
    [InlineData(25, -1)]
    public void ASlowFirstRepSwingingTheOtherWayOutlastsThePickUpsWait(double rateHz, double sign)
    {
        // A way out of 3.2 s: the pick-up's wait (4 s after it came back) would run out before the raise turns back.
        var reps = Detected(rateHz, sign, 3.2, new DetectorTuning());
        Assert.Equal(Raises, reps.Count);
        Assert.InRange(reps[0].EndSample / rateHz, 10.5, 13.5);
        // (The slow raise's line apart from the pick-up's ring, AfterFirstApart, now also finds it: off too.)
        Assert.InRange(Detected(rateHz, sign, 3.2, new DetectorTuning { PausePastRest = 0, AfterFirstApart = 0 })[0].EndSample / rateHz, 5.5, 7);
    }
}

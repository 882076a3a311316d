namespace HepSense.Signal.Tests;

/// <summary>
/// Getting up after a set, resting, then walking away: the slow way up and the rest read as a way out and the walk's first stride
/// as a quick way back, one rep more than the same set ended standing still (simulated walkset against stillset: the +1 at the
/// set's end in 7 / 6 files of 74). Such a rep waits for the next one and goes when a far shorter one follows at once (a stride).
/// </summary>
public class GettingUpThenWalkingAwayTests
{
    private const double Rate = 25;

    /// <summary>Eight 40° reps, then getting up (20° over 1.2 s) and 4 s at rest there.</summary>
    private static ImuSample[] SetThenGetUp()
    {
        const int reps = 8;
        const double leadIn = 3, setEnd = leadIn + reps * 4;
        var set = SyntheticMotion.Reps(reps, 40, raiseS: 1, holdS: 0.5, lowerS: 1, pauseS: 1.5, leadInS: leadIn);
        double Angle(double t) => set(t) + 20 * Math.PI / 180 * SyntheticMotion.Ramp((t - setEnd - 1) / 1.2);
        return SyntheticMotion.Render(Angle, setEnd + 1 + 1.2 + 4, Rate, gyro: true);
    }

    [Fact]
    public void TheWalkAwayAddsNoRep()
    {
        var set = SetThenGetUp();
        var walk = GaitMotion.Walk(Placement.Wrist, GaitMotion.Normal, Rate, gyro: true, seed: 2, stillS: 0, walkS: 12, tailS: 0);
        int InSet(DetectorTuning tuning) =>
            Detection.Run(new RepDetector(Rate, true, tuning), [.. set, .. walk]).Count(r => r.StartSample < set.Length);
        Assert.Equal(8, Detection.Run(new RepDetector(Rate, true, new DetectorTuning()), set).Count);
        Assert.Equal(8, InSet(new DetectorTuning()));
        Assert.Equal(9, InSet(new DetectorTuning { GaitQuickBackShare = 0 }));
    }
}

namespace HepSense.Signal.Tests;

/// <summary>
/// Getting into position before a set, accelerometer only: lifting the dumbbells overhead turns the band ~150° in about a
/// second, then the presses follow. Known limitation (src/Signal/README.md, "Set-up movements before a set"): the lift is
/// counted and its size makes the first-rep hold drop the first presses: 5–9 of 8 counted (right only at 50 Hz with a 3 s
/// gap). Kept skipped for the next attempt; both posture-step variants tried (commits 4ddd690 and 6be0546, reverted) pass it.
/// </summary>
public class SetUpMovementTests
{
    private const string Limitation = "Known limitation: a lift before a set is counted and costs the first presses (README, set-up movements). Two posture-step rules were tried and reverted.";

    [Theory(Skip = Limitation)]
    [InlineData(12.5, 1.5, 1.5)]
    [InlineData(50, 1.5, 0.8)]
    [InlineData(50, 3, 2)]
    [InlineData(200, 1.5, 1.5)]
    public void ALiftBeforeTheSetIsNotARepAndCostsNoPress(double rate, double gapS, double pressMs2)
    {
        const int presses = 8;
        const double liftS = 1.2;
        // The lift turns gravity by 150°; each press tilts the band 5°.
        var samples = SyntheticMotion.LiftThenPresses(rate, 150, liftS, gapS, presses, 2.6, 5, pressMs2);
        var reps = Detection.Run(new RepDetector(rate, hasGyroscope: false), samples);
        Assert.Equal(presses, reps.Count);
        Assert.All(reps, r => Assert.True(r.StartSample / rate >= SyntheticMotion.LiftAt + liftS, "the lift is set-up, not a rep"));
    }
}

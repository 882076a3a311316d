namespace HepSense.Signal.Tests;

/// <summary>
/// Getting into position before a set, accelerometer only: lifting the dumbbells overhead turns the band ~150° in about a
/// second, then the presses follow. Known limitation (src/Signal/README.md, "Set-up movements before a set"): the lift is
/// counted and its size makes the first-rep hold drop the first presses: 4–7 of 8 counted. Kept skipped for the next
/// attempt; both posture-step variants tried (commits 4ddd690 and 6be0546, reverted) pass it.
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
        const double liftAt = 4, liftS = 1.2, periodS = 2.6;
        var pressesFrom = liftAt + liftS + gapS;
        // The lift turns gravity by 150°; each press tilts the band 5° and pushes it up and back (acceleration, then braking).
        double Angle(double t) =>
            150 * Math.PI / 180 * Math.Clamp((1 - Math.Cos(Math.PI * Math.Clamp((t - liftAt) / liftS, 0, 1))) / 2, 0, 1)
            + (t >= pressesFrom && t < pressesFrom + presses * periodS ? 5 * Math.PI / 180 * Math.Sin(Math.PI * ((t - pressesFrom) % periodS) / periodS) : 0);
        var seconds = pressesFrom + presses * periodS + 4;
        var samples = SyntheticMotion.Render(Angle, seconds, rate, gyro: false, noise: 0.05);
        for (var i = 0; i < samples.Length; i++)
        {
            var t = i / rate;
            if (t < pressesFrom || t >= pressesFrom + presses * periodS) continue;
            var push = pressMs2 * Math.Sin(2 * Math.PI * (t - pressesFrom) / periodS);
            var s = samples[i];
            samples[i] = new ImuSample((float)(s.Ax + 0.6 * push), (float)(s.Ay - 0.3 * push), (float)(s.Az + 0.74 * push), 0, 0, 0);
        }
        var reps = Detection.Run(new RepDetector(rate, hasGyroscope: false), samples);
        Assert.Equal(presses, reps.Count);
        Assert.All(reps, r => Assert.True(r.StartSample / rate >= liftAt + liftS, "the lift is set-up, not a rep"));
    }
}

namespace HepSense.Signal.Tests;

/// <summary>
/// Accelerometer only: lying back with the dumbbells turns the band ~100° in a second, then the presses follow, each tilting it
/// ~15°. Through the counted band's 0.15 Hz high-pass the turn rings for seconds; the first presses ride on its tail and their
/// way out never crosses to the other side, so two presses make one cycle. Subtracting the turn's echo (StepEcho) once the
/// band has stayed in the new posture lets them cross.
/// </summary>
public class SetUpStepRingingTests
{
    [Theory]
    [InlineData(25, 2.0)]
    [InlineData(50, 2.0)]
    [InlineData(50, 3.0)]
    [InlineData(100, 2.5)]
    public void ThePressesAfterLyingBackAreNotLostInItsRinging(double rate, double gapS)
    {
        var (with, without) = (Count(rate, gapS, new DetectorTuning()), Count(rate, gapS, new DetectorTuning { CycleStepDeg = 0 }));
        Console.WriteLine($"rate {rate} gap {gapS}: {with} with, {without} without");
        Assert.Equal(8, with);
    }

    private static double PushMs2 = 1.5, TiltDeg = 15, LiftDeg = 100;

    [Fact]
    public void Explore()
    {
        foreach (var lift in new[] { 60.0, 100, 150 })
        foreach (var tilt in new[] { 5.0, 15 })
        foreach (var push in new[] { 0.0, 1.5 })
        foreach (var gap in new[] { 1.5, 2.5 })
        {
            (LiftDeg, TiltDeg, PushMs2) = (lift, tilt, push);
            Console.WriteLine($"lift {lift} tilt {tilt} push {push} gap {gap}: {Count(50, gap, new DetectorTuning())} with, {Count(50, gap, new DetectorTuning { CycleStepDeg = 0 })} without");
        }
    }

    private static int Count(double rate, double gapS, DetectorTuning tuning)
    {
        const int presses = 8;
        const double liftAt = 4, liftS = 1.0, periodS = 2.2;
        var pressesFrom = liftAt + liftS + gapS;
        double Angle(double t) =>
            LiftDeg * Math.PI / 180 * Math.Clamp((1 - Math.Cos(Math.PI * Math.Clamp((t - liftAt) / liftS, 0, 1))) / 2, 0, 1)
            + (t >= pressesFrom && t < pressesFrom + presses * periodS ? TiltDeg * Math.PI / 180 * Math.Sin(Math.PI * ((t - pressesFrom) % periodS) / periodS) : 0);
        var seconds = pressesFrom + presses * periodS + 4;
        var samples = SyntheticMotion.Render(Angle, seconds, rate, gyro: false, noise: 0.05);
        for (var i = 0; i < samples.Length; i++)
        {
            var t = i / rate;
            if (t < pressesFrom || t >= pressesFrom + presses * periodS) continue;
            var push = PushMs2 * Math.Sin(2 * Math.PI * (t - pressesFrom) / periodS);
            var s = samples[i];
            samples[i] = new ImuSample((float)(s.Ax + 0.6 * push), (float)(s.Ay - 0.3 * push), (float)(s.Az + 0.74 * push), 0, 0, 0);
        }
        return Detection.Run(new RepDetector(rate, hasGyroscope: false, tuning), samples).Count;
    }
}

namespace HepSense.Signal.Tests;

/// <summary>
/// The same motion sampled at another rate: the detector must find the same reps. A sensor faster than the detector's own
/// rate (50 Hz) gives, at the moments a 50 Hz sensor samples, the very samples that one gives; the detector sees those.
/// </summary>
public class SampleRateTests
{
    /// <summary>
    /// A physio set with what makes counting hard: a slow lead-in, reps whose size and tempo vary (some small), a fidget
    /// (a quick jerk out and back) in the rest, and a second block of smaller, slower reps.
    /// </summary>
    private static double Motion(double t)
    {
        double Rep(double u, double romDeg, double upS, double holdS, double downS) =>
            romDeg * Math.PI / 180 * (u < 0 ? 0 : u < upS ? SyntheticMotion.Ramp(u / upS) : u < upS + holdS ? 1 : 1 - SyntheticMotion.Ramp((u - upS - holdS) / downS));
        double[] roms = [40, 34, 45, 22, 38, 41, 30, 36], small = [18, 12, 16, 20, 14, 17];
        var angle = 0.0;
        for (var k = 0; k < roms.Length; k++) angle += Rep(t - 3 - 4.1 * k - 0.3 * (k % 3), roms[k], 1.2 + 0.2 * (k % 2), 0.4, 1.4);
        angle += Rep(t - 40, 15, 0.15, 0, 0.25);      // the fidget
        for (var k = 0; k < small.Length; k++) angle += Rep(t - 50 - 6.5 * k, small[k], 2.5, 1, 2.5);
        return angle;
    }

    [Theory]
    [InlineData(100, true)]
    [InlineData(200, true)]
    [InlineData(100, false)]
    [InlineData(200, false)]
    public void FindsTheSameRepsAsAt50Hz(double rate, bool gyro)
    {
        var fast = SyntheticMotion.Render(Motion, 95, rate, gyro, seed: 3);
        var k = (int)(rate / 50);
        var slow = fast.Where((_, i) => i % k == 0).ToArray();   // what a 50 Hz sensor samples of the same motion
        var atRate = Detection.Run(new RepDetector(rate, gyro), fast);
        var at50 = Detection.Run(new RepDetector(50, gyro), slow);

        Assert.NotEmpty(at50);
        Assert.Equal(at50.Count, atRate.Count);
        for (var i = 0; i < at50.Count; i++)
        {
            // Within a sample of the faster rate (they are the same moments, in its clock).
            Assert.InRange(atRate[i].StartSample, k * at50[i].StartSample - 1, k * at50[i].StartSample + 1);
            Assert.InRange(atRate[i].EndSample, k * at50[i].EndSample - 1, k * at50[i].EndSample + 1);
            Assert.Equal(at50[i].RomDeg, atRate[i].RomDeg, 6);
        }
    }

    [Fact]
    public void RepsOfAFastSensorAreReportedInItsOwnSamples()
    {
        // Eight reps of 60° every 3 s from 3 s on, at 200 Hz: each rep starts within the first second of its 3 s slot (its
        // own clock: 600 samples a slot), not a quarter of the way in (the 50 Hz detector's samples).
        var samples = SyntheticMotion.Render(SyntheticMotion.Reps(8, 60, 1, 0.5, 1, 0.5), 30, 200, gyro: true);
        var reps = Detection.Run(new RepDetector(200, true), samples);
        Assert.Equal(8, reps.Count);
        for (var i = 0; i < reps.Count; i++)
            Assert.InRange(reps[i].StartSample, 600 + 600 * i - 100, 600 + 600 * i + 200);
    }
}

namespace HepSense.Signal.Tests;

/// <summary>
/// The translation path (reps made without turning, with a gyroscope) runs its cycle counter at 25 Hz or more, on the mean
/// of every k samples (TranslationRateHz): at 25 Hz it sees every sample, faster streams its reps alike, in their own samples.
/// </summary>
public class TranslationRateTests
{
    /// <summary>Squats with the band on the wrist: 0.4 m down and up in 2 s every 2.5 s, level (no turn), after a 3 s rest.</summary>
    private static ImuSample[] Squats(double rate, int count = 12)
    {
        const double depthM = 0.4, half = 1.0, period = 2.5;
        double Height(double t)
        {
            var u = t - 3;
            if (u < 0 || u >= count * period) return 0;
            var p = u - Math.Floor(u / period) * period;
            return p < 2 * half ? -depthM * (1 - Math.Cos(Math.PI * p / half)) / 2 : 0;
        }
        var random = new Random(3);
        double N() => 0.03 * (random.NextDouble() * 2 - 1);
        var samples = new ImuSample[(int)((6 + count * period) * rate)];
        for (var i = 0; i < samples.Length; i++)
        {
            var t = i / rate;
            const double h = 1e-3;
            var lift = (Height(t + h) - 2 * Height(t) + Height(t - h)) / (h * h);
            samples[i] = new ImuSample((float)N(), (float)N(), (float)(9.81 + lift + N()), (float)(N() / 5), (float)(N() / 5), (float)(N() / 5));
        }
        return samples;
    }

    private static List<DetectedRep> Detect(ImuSample[] samples, double rate, DetectorTuning tuning) =>
        Detection.Run(new RepDetector(rate, true, tuning), samples);

    [Theory]
    [InlineData(12.5)]
    [InlineData(25)]
    public void AtTwentyFiveHertzAndBelowEverySampleIsSeen(double rate)
    {
        var samples = Squats(rate);
        var reps = Detect(samples, rate, new DetectorTuning());
        Assert.Equal(12, reps.Count);
        Assert.Equal(Detect(samples, rate, new DetectorTuning { TranslationRateHz = 0 }), reps);
    }

    [Theory]
    [InlineData(50)]
    [InlineData(100)]
    public void AFasterStreamCountsTheSameRepsInItsOwnSamples(double rate)
    {
        // At 50 Hz (and 100, brought down to 50) the counter runs at 25 Hz: the same twelve squats, each within a tenth of a
        // second of where the counter at the full rate put it (its samples mapped back to the stream's).
        var samples = Squats(rate);
        var reps = Detect(samples, rate, new DetectorTuning());
        var full = Detect(samples, rate, new DetectorTuning { TranslationRateHz = 0 });
        Assert.Equal(12, reps.Count);
        Assert.Equal(12, full.Count);
        for (var k = 0; k < reps.Count; k++)
        {
            Assert.InRange(reps[k].StartSample - full[k].StartSample, -0.1 * rate, 0.1 * rate);
            Assert.InRange(reps[k].EndSample - full[k].EndSample, -0.1 * rate, 0.1 * rate);
        }
        Assert.Empty(Detect(samples, rate, new DetectorTuning { TranslationTurnShare = 0 }));
    }
}

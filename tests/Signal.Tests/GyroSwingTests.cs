namespace HepSense.Signal.Tests;

/// <summary>The gyroscope's swing path on streams it was not tuned on: fast gym reps, an off-bias sensor, two exercises in a row.</summary>
public class GyroSwingTests
{
    private static int Count(ImuSample[] samples, double rate, DetectorTuning? tuning = null)
    {
        var detector = new RepDetector(rate, true, tuning ?? new DetectorTuning());
        var reps = new List<DetectedRep>();
        var size = (int)Math.Round(rate);
        for (var at = 0; at < samples.Length; at += size)
            detector.Process(samples.AsSpan(at, Math.Min(size, samples.Length - at)), reps);
        detector.Flush(reps);
        return reps.Count;
    }

    /// <summary>Reps whose tempo and range vary from one to the next (seeded), after a lead-in rest.</summary>
    private static Func<double, double> UnevenReps(int count, double romDeg, double raiseS, double holdS, double lowerS, double pauseS,
        double leadInS, int seed, double jitter = 0.15)
    {
        var random = new Random(seed);
        var starts = new double[count + 1];
        var shape = new (double Rom, double Raise, double Hold, double Lower)[count];
        double Vary(double x) => x * (1 + jitter * (2 * random.NextDouble() - 1));
        starts[0] = leadInS;
        for (var k = 0; k < count; k++)
        {
            shape[k] = (Vary(romDeg) * Math.PI / 180, Vary(raiseS), Vary(holdS), Vary(lowerS));
            starts[k + 1] = starts[k] + shape[k].Raise + shape[k].Hold + shape[k].Lower + Vary(pauseS);
        }
        return t =>
        {
            if (t < starts[0] || t >= starts[count]) return 0;
            var k = Array.BinarySearch(starts, t);
            k = k >= 0 ? k : ~k - 1;
            var (rom, raise, hold, lower) = shape[k];
            var p = t - starts[k];
            double Ramp(double x) => (1 - Math.Cos(Math.PI * Math.Clamp(x, 0, 1))) / 2;
            return p < raise ? rom * Ramp(p / raise) : p < raise + hold ? rom : rom * (1 - Ramp((p - raise - hold) / lower));
        };
    }

    [Theory]
    [InlineData(12.5)]
    [InlineData(25)]
    [InlineData(100)]
    [InlineData(200)]
    public void CountsFastGymRepsOfUnevenTempo(double rate)
    {
        // 0.7 s per rep: 0.3 s up, 0.3 s down, 0.1 s turn-around, tempo and range ±15 %.
        var motion = UnevenReps(15, 60, 0.3, 0, 0.3, 0.1, leadInS: 3, seed: 4);
        Assert.Equal(15, Count(SyntheticMotion.Render(motion, 18, rate, gyro: true), rate));
    }

    [Fact]
    public void SmallerExerciseAfterALargerOneKeepsItsFirstReps()
    {
        // Knee extensions (70°), 12 s rest, then heel raises (10°) in the same stream: the size threshold must
        // not carry the larger exercise's reps over into the smaller one's first reps.
        var large = UnevenReps(8, 70, 1.5, 1, 1.5, 1, leadInS: 3, seed: 1);
        var small = UnevenReps(12, 10, 1, 0.8, 1, 0.8, leadInS: 0, seed: 2);
        const double second = 3 + 8 * 5 + 12;
        Func<double, double> both = t => t < second ? large(t) : small(t - second);
        var samples = SyntheticMotion.Render(both, second + 12 * 3.6 + 3, 25, gyro: true);
        // Before a new set's first reps replaced the last set's in the size memory, the heel raises lost their first 4.
        Assert.Equal(20, Count(samples, 25));
        Assert.Equal(8, Count(samples.AsSpan(0, (int)(second * 25)).ToArray(), 25));
    }

    [Fact]
    public void ASensorWithALargeGyroscopeBiasCountsTheSet()
    {
        // A bias of 0.1 rad/s (5.7°/s, above the 0.05 rad/s stillness threshold) is learned all the same while
        // the rate holds steady. Its first 2 s still drift about 6° before the bias is in, which can make one small
        // extra at the start.
        var motion = UnevenReps(10, 40, 1.2, 1.5, 1.2, 1.5, leadInS: 5, seed: 3);
        var samples = SyntheticMotion.Render(motion, 60, 25, gyro: true)
            .Select(s => s with { Gx = s.Gx + 0.06f, Gy = s.Gy - 0.08f }).ToArray();
        var detector = new RepDetector(25, true);
        var reps = new List<DetectedRep>();
        detector.Process(samples, reps);
        detector.Flush(reps);
        Assert.InRange(reps.Count, 10, 11);
        Assert.Equal(10, reps.Count(r => r.RomDeg is > 30 and < 50));
    }

    [Fact]
    public void AFidgetBeforeTheSetDoesNotTurnItsRepsInsideOut()
    {
        // A quick 6° twitch upward (too short to count), then reps that go 60° the other way. The twitch's direction
        // must not become the set's: taken for the way out, each rep's return would look like the next rep's start and
        // its hold like a rest (reps found from hold to hold, one fewer).
        var set = SyntheticMotion.Reps(8, -60, 1.2, 1.5, 1.2, 2.5, leadInS: 4);
        Func<double, double> motion = t => t is > 2 and < 2.4 ? 6 * Math.PI / 180 * Math.Sin(Math.PI * (t - 2) / 0.4) : set(t);
        var samples = SyntheticMotion.Render(motion, 60, 25, gyro: true);
        static List<DetectedRep> Detect(ImuSample[] samples, DetectorTuning tuning)
        {
            var detector = new RepDetector(25, true, tuning);
            var reps = new List<DetectedRep>();
            detector.Process(samples, reps);
            detector.Flush(reps);
            return reps;
        }
        // Each rep ends when the band is back down: 4 s + 6.4 s per rep + 3.9 s of movement and hold.
        static bool EndsOnTime(DetectedRep r) => Enumerable.Range(0, 8).Any(k => Math.Abs(r.EndSample / 25.0 - (4 + 6.4 * k + 3.9)) < 0.6);
        var reps = Detect(samples, new DetectorTuning());
        Assert.Equal(8, reps.Count);
        Assert.All(reps, r => Assert.True(EndsOnTime(r), $"rep ending at {r.EndSample / 25.0:F1} s"));
        Assert.DoesNotContain(Detect(samples, new DetectorTuning { OvershootShare = 0 }), EndsOnTime);
    }

    [Fact]
    public void AJoltWithinTheSetIsNotARep()
    {
        // 60° reps of 4 s with 3 s rests, and in the fourth rest a 1 s, 15° knock of the band: far shorter and far smaller.
        var set = SyntheticMotion.Reps(8, 60, 1.5, 1, 1.5, 3);
        const double knockAt = 3 + 3 * 7 + 4.8;
        Func<double, double> motion = t => t is > knockAt and < knockAt + 1 ? 15 * Math.PI / 180 * Math.Sin(Math.PI * (t - knockAt)) : set(t);
        var samples = SyntheticMotion.Render(motion, 62, 25, gyro: true);
        Assert.Equal(8, Count(samples, 25));
        Assert.Equal(9, Count(samples, 25, new DetectorTuning { JoltLengthShare = 0 }));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void RepsMadeWithoutTurningCountWithAGyroscopeToo(double tiltDeg)
    {
        // Squats with the band on the wrist: it goes 0.4 m down and up in 2 s and turns only tiltDeg, under the swing
        // floor. Only the acceleration shows them; without the translational reps the gyroscope path counted none.
        const double rate = 50, depthM = 0.4, half = 1.0, period = 2.5;
        double Height(double t)
        {
            var u = t - 3;
            if (u < 0 || u >= 12 * period) return 0;
            var p = u - Math.Floor(u / period) * period;
            return p < 2 * half ? -depthM * (1 - Math.Cos(Math.PI * p / half)) / 2 : 0;
        }
        var random = new Random(3);
        double N() => 0.03 * (random.NextDouble() * 2 - 1);
        var samples = new ImuSample[(int)(40 * rate)];
        for (var i = 0; i < samples.Length; i++)
        {
            var t = i / rate;
            const double h = 1e-3;
            var lift = (Height(t + h) - 2 * Height(t) + Height(t - h)) / (h * h);
            var tilt = tiltDeg * Math.PI / 180 * -Height(t) / depthM;
            var turning = tiltDeg * Math.PI / 180 * -(Height(t + h) - Height(t - h)) / (2 * h) / depthM;
            samples[i] = new ImuSample((float)(9.81 * Math.Sin(tilt) + N()), (float)N(), (float)(9.81 * Math.Cos(tilt) + lift + N()),
                (float)(N() / 5), (float)(turning + N() / 5), (float)(N() / 5));
        }
        Assert.Equal(12, Count(samples, rate));
        Assert.Equal(0, Count(samples, rate, new DetectorTuning { TranslationTurnShare = 0 }));
    }
}

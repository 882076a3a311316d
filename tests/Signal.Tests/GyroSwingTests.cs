namespace HepSense.Signal.Tests;

/// <summary>The gyroscope's swing path on streams it was not tuned on: fast gym reps, an off-bias sensor, two exercises in a row.</summary>
public class GyroSwingTests
{
    private static int Count(ImuSample[] samples, double rate, DetectorTuning? tuning = null) =>
        Detection.Count(samples, rate, true, tuning);

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
            return p < raise ? rom * SyntheticMotion.Ramp(p / raise) : p < raise + hold ? rom : rom * (1 - SyntheticMotion.Ramp((p - raise - hold) / lower));
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

    [Theory]
    [InlineData(25)]
    [InlineData(100)]
    public void PuttingTheWeightsDownAfterTheSetIsNotARep(double rate)
    {
        // Eight curls of 120°, then the dumbbells lowered to the floor: a 25° turn of the wrist, out and back, and the band still
        // for 15 s (past the set gap). The swing path sees it as a small rep; judged against the set's reps it is the set's end.
        var curls = UnevenReps(8, 120, 1, 0.2, 1.2, 0.5, leadInS: 3, seed: 5);
        var putDown = UnevenReps(1, 25, 1.2, 0.5, 1.5, 0, leadInS: 0, seed: 6, jitter: 0);
        const double end = 31;     // the curls (2.9 s ± 15 %) are over by then
        Func<double, double> both = t => t < end ? curls(t) : putDown(t - end);
        var samples = SyntheticMotion.Render(both, end + 3.2 + 15, rate, gyro: true);
        Assert.Equal(9, Count(samples, rate, new DetectorTuning { PutDownTiltShare = 0 }));
        Assert.Equal(8, Count(samples, rate));
        // A small rep the set goes on after is one of its reps, reported before the next.
        var more = UnevenReps(3, 120, 1, 0.2, 1.2, 0.5, leadInS: 0, seed: 7);
        Func<double, double> goesOn = t => t < end + 3.7 ? both(t) : more(t - end - 3.7);
        Assert.Equal(12, Count(SyntheticMotion.Render(goesOn, end + 3.7 + 9 + 5, rate, gyro: true), rate));
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

    [Theory]
    [InlineData(25, 22)]
    [InlineData(50, 22)]
    [InlineData(25, 40)]
    public void AQuickerSmallerExerciseAfterASlowSetIsNotJolts(double rate, double restS)
    {
        // Slow knee extensions (70°, 9 s a rep), a rest past the set gap, then heel raises (10°, 3.6 s a rep; out and back in
        // under 0.4 of a knee extension, under half its size). Judged against the knee extensions every heel raise was a jolt
        // (all twelve dropped, and the size memory never restarted: each swing was over the threshold). After the rest they
        // begin a set of their own (JoltInSetOnly; off by default: it costs uci-pt at 1.5× tempo a file, src/Signal/EXPERIMENTS.md).
        var large = UnevenReps(6, 70, 3, 2, 3, 1, leadInS: 3, seed: 1);
        var small = UnevenReps(12, 10, 1, 0.8, 1, 0.8, leadInS: 0, seed: 2);
        var second = 3 + 6 * 9 + restS;
        Func<double, double> both = t => t < second ? large(t) : small(t - second);
        var samples = SyntheticMotion.Render(both, second + 12 * 3.6 + 3, rate, gyro: true);
        Assert.Equal(18, Count(samples, rate, new DetectorTuning { JoltInSetOnly = 1 }));
        Assert.Equal(6, Count(samples, rate));
    }

    [Fact]
    public void ASensorWithALargeGyroscopeBiasCountsTheSet()
    {
        // A bias of 0.1 rad/s (5.7°/s, above the 0.05 rad/s stillness threshold) is learned all the same once gravity and
        // the slow rate hold steady for half a second. Until then it drifts (about 6° a second), which can make one small
        // extra at the start.
        var motion = UnevenReps(10, 40, 1.2, 1.5, 1.2, 1.5, leadInS: 5, seed: 3);
        var samples = SyntheticMotion.Render(motion, 60, 25, gyro: true)
            .Select(s => s with { Gx = s.Gx + 0.06f, Gy = s.Gy - 0.08f }).ToArray();
        var reps = Detection.Run(new RepDetector(25, true), samples);
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
        static List<DetectedRep> Detect(ImuSample[] samples, DetectorTuning tuning) => Detection.Run(new RepDetector(25, true, tuning), samples);
        // Each rep ends when the band is back down: 4 s + 6.4 s per rep + 3.9 s of movement and hold.
        static bool EndsOnTime(DetectedRep r) => Enumerable.Range(0, 8).Any(k => Math.Abs(r.EndSample / 25.0 - (4 + 6.4 * k + 3.9)) < 0.6);
        var reps = Detect(samples, new DetectorTuning());
        Assert.Equal(8, reps.Count);
        Assert.All(reps, r => Assert.True(EndsOnTime(r), $"rep ending at {r.EndSample / 25.0:F1} s"));
        Assert.DoesNotContain(Detect(samples, new DetectorTuning { OvershootShare = 0 }), EndsOnTime);
    }

    [Fact]
    public void AHesitationOnTheWayUpIsPartOfTheRep()
    {
        // The set's first rep stops at 50°, sinks back 5.5° and goes on up to 55° (uci-pt s2-e5-template at 25 Hz). While no rep
        // is known the swing threshold is its floor (4.6°), so the dip used to count as a turn: the rep was taken from the dip
        // (10.5°), and its way back, running far past that start, dropped it as a fidget.
        var set = SyntheticMotion.Reps(8, 55, 1.5, 1.5, 1.5, 2.5, leadInS: 4);
        const double deg = Math.PI / 180;
        Func<double, double> motion = t => t is >= 4 and < 7
            ? (t < 5 ? 50 * deg * (1 - Math.Cos(Math.PI * (t - 4))) / 2
                : t < 5.5 ? (50 - 5.5 * Math.Sin(Math.PI * (t - 5))) * deg
                : t < 6.5 ? (44.5 + 10.5 * (1 - Math.Cos(Math.PI * (t - 5.5))) / 2) * deg
                : 55 * deg)
            : set(t);
        var samples = SyntheticMotion.Render(motion, 4 + 8 * 7 + 3, 25, gyro: true);
        Assert.Equal(8, Count(samples, 25));
        // Without the hesitation rule the dip now ends the way out, and the rep after it, coming back from where that way out
        // began, is merged with it (AbandonedMerge): the hesitation rule alone no longer decides this rep.
        Assert.Equal(7, Count(samples, 25, new DetectorTuning { DipShare = 0, AbandonedMerge = 0, OvershootAbandonedShare = 0 }));
    }

    [Theory]
    [InlineData(12.5)]
    [InlineData(25)]
    [InlineData(100)]
    public void ASetOfSmallRepsKeepsCountingUnderTheFloor(double rate)
    {
        // A patient in pain: two heel raises of 6°, then eight of 3.5°, under the 4.6° swing floor. Within a set of small
        // reps the threshold follows the set's own size down to 2.3°. (Without the count of reps made without turning, which
        // also sees these clean tilts: here the swing path is tested.)
        var swingOnly = new DetectorTuning { TranslationTurnShare = 0 };
        var set = SyntheticMotion.Reps(10, 0, 1, 0.5, 1, 1.5, leadInS: 4, romOf: k => k < 2 ? 6 : 3.5);
        var samples = SyntheticMotion.Render(set, 4 + 10 * 4 + 4, rate, gyro: true);
        Assert.Equal(10, Count(samples, rate, swingOnly));
        Assert.Equal(2, Count(samples, rate, swingOnly with { InSetFloorRad = 0.08 }));
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
        // Each rep here follows a pause (3 s rest after a 1.5 s way back), so the knock also comes as the next movement after a
        // set's held first rep; far smaller and shorter than it, it is held with it and dropped as a fidget when the next rep
        // comes (SetUpWithNext). Without that, only the jolt test keeps it out.
        Assert.Equal(8, Count(samples, 25, new DetectorTuning { JoltLengthShare = 0 }));
        Assert.Equal(9, Count(samples, 25, new DetectorTuning { JoltLengthShare = 0, SetUpWithNext = 0 }));
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

    [Theory]
    [InlineData(25)]
    [InlineData(50)]
    public void GettingIntoPositionWithoutTurningIsNotCountedBeforeTheSwings(double rate)
    {
        // Lifting the bar before the set: the band goes 0.3 m up and back down twice, level (two cycles alike, as a pair of
        // squats would be), then eight 60° curls. Only a run of three counts before the swing path has counted a rep of the
        // set, and the first swing drops the pair held; a set of squats goes on (RepsMadeWithoutTurningCountWithAGyroscopeToo).
        const double liftM = 0.3, liftS = 1.6, curlsFrom = 7;
        double Height(double t)
        {
            var u = t - 3;
            if (u < 0 || u >= 2 * liftS) return 0;
            return liftM * (1 - Math.Cos(2 * Math.PI * u / liftS)) / 2;
        }
        var samples = SyntheticMotion.Render(SyntheticMotion.Reps(8, 60, 1, 0.3, 1, 0.7, leadInS: curlsFrom), curlsFrom + 8 * 3 + 4, rate, gyro: true);
        var (ux, uy, uz) = SyntheticMotion.Unit((1.5, -2.0, 9.4));  // up, in the band's frame at rest
        for (var i = 0; i < samples.Length; i++)
        {
            var t = i / rate;
            const double h = 1e-3;
            var lift = (Height(t + h) - 2 * Height(t) + Height(t - h)) / (h * h);
            samples[i] = samples[i] with { Ax = samples[i].Ax + (float)(lift * ux), Ay = samples[i].Ay + (float)(lift * uy), Az = samples[i].Az + (float)(lift * uz) };
        }
        Assert.Equal(10, Count(samples, rate, new DetectorTuning { TranslationStartRun = 2 }));
        Assert.Equal(8, Count(samples, rate));
    }
}

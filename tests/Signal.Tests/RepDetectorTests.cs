namespace HepSense.Signal.Tests;

public class RepDetectorTests
{
    private static List<DetectedRep> Detect(ImuSample[] samples, double rate, bool gyro, int batch = 0, ExerciseProfile? profile = null)
    {
        var detector = new RepDetector(rate, gyro, profile);
        var reps = Detection.Run(detector, samples, batch);
        Assert.Equal(samples.Length, detector.SamplesSeen);
        return reps;
    }

    [Theory]
    [InlineData(12.5, true)]
    [InlineData(25, true)]
    [InlineData(50, false)]
    [InlineData(100, true)]
    [InlineData(200, false)]
    public void CountsASteadySetAtAnyRate(double rate, bool gyro)
    {
        var motion = SyntheticMotion.Reps(10, 70, 1.0, 0.3, 1.0, 0.4);
        var reps = Detect(SyntheticMotion.Render(motion, 30, rate, gyro), rate, gyro);
        Assert.Equal(10, reps.Count);
        Assert.All(reps, r => Assert.False(r.Partial));
        Assert.All(reps, r => Assert.Equal(1, r.SetNumber));
        Assert.Equal(Enumerable.Range(1, 10), reps.Select(r => r.RepInSet));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void CountsSlowRepsWithAHoldAndFastReps(bool gyro)
    {
        var slow = SyntheticMotion.Reps(5, 80, 2.5, 3, 2.5, 2);
        Assert.Equal(5, Detect(SyntheticMotion.Render(slow, 60, 50, gyro), 50, gyro).Count);
        var fast = SyntheticMotion.Reps(12, 60, 0.35, 0, 0.35, 0);
        Assert.Equal(12, Detect(SyntheticMotion.Render(fast, 16, 50, gyro), 50, gyro).Count);
    }

    [Theory]
    [InlineData(12.5, 0.35, 0.0)]
    [InlineData(50, 0.35, 0.0)]
    [InlineData(50, 0.25, 0.2)]
    [InlineData(200, 0.25, 0.2)]
    public void CountsFastGymRepsExactlyWithoutGyroscope(double rate, double halfS, double pauseS)
    {
        // 0.7 s per rep, no rest between: the period falls between two lags of the autocorrelation and the
        // reps are faster than the counted band's default edge (1 Hz); both once lost reps (15 counted 12–14).
        var motion = SyntheticMotion.Reps(15, 40, halfS, 0, halfS, pauseS, leadInS: 4);
        var reps = Detect(SyntheticMotion.Render(motion, 4 + 15 * 0.7 + 4, rate, gyro: false, noise: 0.15), rate, gyro: false);
        Assert.Equal(15, reps.Count);
        Assert.All(reps.Skip(1), r => Assert.InRange(r.DurationS, 0.4, 1.2)); // the first starts where the rest before it last crossed zero
    }

    [Theory]
    [InlineData(25)]
    [InlineData(50)]
    public void ATempoChangeMidSetLosesNoRepWithoutGyroscope(double rate)
    {
        // Accelerometer only: 5 slow reps (6 s each, with a rest), then 5 at twice the tempo. The period estimate
        // lags a few reps behind the change; its minimum gap between reps (0.55 × period, so a rep of two
        // sub-movements counts once) must not drop the first fast reps, which start after a rest and are as large.
        var slow = SyntheticMotion.Reps(5, 60, 2, 0.5, 2, 1.5);
        var fast = SyntheticMotion.Reps(5, 60, 1, 0.2, 1, 0.8, leadInS: 3 + 5 * 6);
        var reps = Detect(SyntheticMotion.Render(t => slow(t) + fast(t), 3 + 5 * 6 + 5 * 3 + 4, rate, gyro: false), rate, gyro: false);
        Assert.Equal(10, reps.Count);
    }

    [Fact]
    public void StillBandCountsNothing()
    {
        var reps = Detect(SyntheticMotion.Render(_ => 0, 60, 50, gyro: true, noise: 0.1), 50, true);
        Assert.Empty(reps);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ResultDoesNotDependOnBatching(bool gyro)
    {
        var motion = SyntheticMotion.Reps(8, 60, 0.8, 0.5, 0.8, 1.5, romOf: k => k % 3 == 2 ? 25 : 60);
        var samples = SyntheticMotion.Render(motion, 40, 50, gyro);
        var whole = Detect(samples, 50, gyro, batch: samples.Length);
        Assert.NotEmpty(whole);
        foreach (var batch in new[] { 1, 7, 50, 333 })
            Assert.Equal(whole, Detect(samples, 50, gyro, batch));
    }

    [Fact]
    public void AFidgetBeforeTheSetIsNotARep()
    {
        // Accelerometer only: a small wobble (settling the grip), a moment still, then a set of 6 reps. (A larger
        // wobble, a third of the reps' size, is a rep of its own: the hold on a set's first reps drops smaller ones.)
        var set = SyntheticMotion.Reps(6, 70, 1.0, 0.3, 1.0, 0.6, leadInS: 7);
        Func<double, double> motion = t => t is > 3 and < 4.5 ? 6 * Math.PI / 180 * Math.Sin(2 * Math.PI * (t - 3) / 1.5) : set(t);
        var samples = SyntheticMotion.Render(motion, 30, 50, gyro: false);
        var reps = Detect(samples, 50, gyro: false);
        Assert.Equal(6, reps.Count);
        Assert.All(reps, r => Assert.True(r.EndSample > 7 * 50)); // none is the wobble
    }

    [Fact]
    public void MeasuresRangeOfMotionAndTiming()
    {
        var motion = SyntheticMotion.Reps(6, 90, 1.5, 1, 1.5, 1.5);
        foreach (var gyro in new[] { true, false })
        {
            var reps = Detect(SyntheticMotion.Render(motion, 40, 50, gyro), 50, gyro);
            Assert.Equal(6, reps.Count);
            Assert.All(reps, r => Assert.InRange(r.RomDeg, 75, 100));
            Assert.All(reps, r => Assert.InRange(r.DurationS, 3, 5.5));
            // Peak angular speed of a cosine ramp: π/2 · ROM / raise time = 94°/s.
            Assert.All(reps, r => Assert.InRange(r.PeakAngularSpeedDps, 75, 115));
            Assert.All(reps, r => Assert.InRange(r.Confidence, 0.5, 1));
            Assert.True(reps.Zip(reps.Skip(1)).All(p => p.First.EndSample <= p.Second.StartSample));
        }
    }

    [Fact]
    public void FlagsLowAmplitudeRepsAsPartial()
    {
        var motion = SyntheticMotion.Reps(9, 0, 1.2, 0.5, 1.2, 1.5, romOf: k => k >= 6 ? 30 : 80);
        var reps = Detect(SyntheticMotion.Render(motion, 50, 25, gyro: true), 25, true);
        Assert.Equal(9, reps.Count);
        Assert.Equal([false, false, false, false, false, false, true, true, true], reps.Select(r => r.Partial));
    }

    [Fact]
    public void MeasuresTimeUpHoldAndDown()
    {
        // 1.5 s up, 2.5 s hold, 1.5 s down. The first rep is where the axis is found; the leak that
        // forgets gyroscope bias also shortens a long hold a little, so the bounds are generous.
        var motion = SyntheticMotion.Reps(5, 80, 1.5, 2.5, 1.5, 2);
        var reps = Detect(SyntheticMotion.Render(motion, 45, 50, gyro: true), 50, true);
        Assert.Equal(5, reps.Count);
        Assert.All(reps, r => Assert.Equal(r.DurationS, r.UpS + r.HoldS + r.DownS, 6));
        Assert.All(reps.Skip(1), r => Assert.InRange(r.UpS, 0.8, 2));
        Assert.All(reps.Skip(1), r => Assert.InRange(r.HoldS, 1.2, 3));
        Assert.All(reps.Skip(1), r => Assert.InRange(r.DownS, 1, 3));
    }

    [Fact]
    public void APrescribedRangeDecidesWhatIsPartial()
    {
        var motion = SyntheticMotion.Reps(6, 50, 1, 0.3, 1, 1);
        var samples = SyntheticMotion.Render(motion, 25, 50, gyro: true);
        Assert.All(Detect(samples, 50, true), r => Assert.False(r.Partial));
        var reps = Detect(samples, 50, true, profile: new ExerciseProfile(PrescribedRomDeg: 120));
        Assert.Equal(6, reps.Count);
        Assert.All(reps, r => Assert.True(r.Partial));
    }

    [Fact]
    public void ARestStartsANewSet()
    {
        var first = SyntheticMotion.Reps(5, 70, 1, 0.2, 1, 0.3);
        var second = SyntheticMotion.Reps(4, 70, 1, 0.2, 1, 0.3, leadInS: 40);
        var reps = Detect(SyntheticMotion.Render(t => first(t) + second(t), 55, 50, gyro: true), 50, true);
        Assert.Equal([1, 1, 1, 1, 1, 2, 2, 2, 2], reps.Select(r => r.SetNumber));
        Assert.Equal([1, 2, 3, 4, 5, 1, 2, 3, 4], reps.Select(r => r.RepInSet));
    }

    [Fact]
    public void ABatchWithANonFiniteValueIsRefusedWholeAndChangesNothing()
    {
        var motion = SyntheticMotion.Reps(6, 70, 1, 0.2, 1, 0.5);
        var samples = SyntheticMotion.Render(motion, 20, 50, gyro: true);
        var expected = Detect(samples, 50, true);

        var detector = new RepDetector(50, true);
        var reps = new List<DetectedRep>();
        var bad = samples.AsSpan(0, 50).ToArray();
        bad[17] = bad[17] with { Gy = float.NaN };
        for (var at = 0; at < samples.Length; at += 50)
        {
            if (at == 250)
            {
                var error = Assert.Throws<ArgumentException>(() => detector.Process(bad, reps));
                Assert.Contains("Sample 17", error.Message);
                Assert.Equal(250, detector.SamplesSeen);
            }
            detector.Process(samples.AsSpan(at, Math.Min(50, samples.Length - at)), reps);
        }
        detector.Flush(reps);
        Assert.Equal(expected, reps);
    }

    [Fact]
    public void RejectsImpossibleSampleRate() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new RepDetector(0, false));
}

namespace HepSense.Signal.Tests;

/// <summary>What each rep carries: its range of motion, the partial flag and the confidence.</summary>
public class RepMeasurementTests
{
    private static List<DetectedRep> Detect(ImuSample[] samples, double rate, bool gyro, DetectorTuning? tuning = null) =>
        Detection.Run(new RepDetector(rate, gyro, tuning ?? new DetectorTuning()), samples);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ABlockOfSmallRepsAfterARestIsFlaggedAgainstTheFullRepsBeforeIt(bool gyro)
    {
        // As in the uci-pt recordings: full reps, a rest, then low-amplitude ones at 77 % of the range.
        var full = SyntheticMotion.Reps(10, 80, 1.2, 0.5, 1.2, 1.5);
        var small = SyntheticMotion.Reps(10, 62, 1.2, 0.5, 1.2, 1.5, leadInS: 70);
        var reps = Detect(SyntheticMotion.Render(t => full(t) + small(t), 115, 25, gyro), 25, gyro);

        Assert.Equal(20, reps.Count);
        Assert.Equal([1, 2], reps.Select(r => r.SetNumber).Distinct());
        Assert.All(reps.Take(10), r => Assert.False(r.Partial));
        Assert.All(reps.Skip(10), r => Assert.True(r.Partial, $"rep {r.RepInSet} of set {r.SetNumber}: {r.RomDeg:F0}°"));
    }

    [Fact]
    public void ASlightlySmallerBlockOfRepsIsNotPartial()
    {
        // Faster reps often travel a little less: normal variation, not partial reps.
        var slow = SyntheticMotion.Reps(10, 80, 1.5, 0.5, 1.5, 1.5);
        var fast = SyntheticMotion.Reps(10, 70, 0.7, 0, 0.7, 0.8, leadInS: 70);
        var reps = Detect(SyntheticMotion.Render(t => slow(t) + fast(t), 95, 25, gyro: true), 25, true);

        Assert.Equal(20, reps.Count);
        Assert.All(reps, r => Assert.False(r.Partial, $"rep {r.RepInSet} of set {r.SetNumber}: {r.RomDeg:F0}°"));
    }

    [Fact]
    public void RepsAboutANewAxisAreMeasuredInFull()
    {
        // One exercise, a rest, then fast reps with a hold about another axis (one detector, as within a set of sets).
        var first = SyntheticMotion.Render(SyntheticMotion.Reps(6, 70, 1.2, 0.5, 1.2, 1), 40, 25, gyro: true, ux: 0.3, uy: 0.8, uz: 0.5);
        var second = SyntheticMotion.Render(SyntheticMotion.Reps(6, 45, 0.5, 2, 0.5, 1, leadInS: 8), 40, 25, gyro: true, seed: 2, ux: 0.9, uy: -0.1, uz: -0.4);
        var samples = first.Concat(second).ToArray();

        var reps = Detect(samples, 25, true);
        var set2 = reps.Where(r => r.SetNumber == 2).ToArray();
        Assert.Equal(6, set2.Length);
        Assert.All(set2, r => Assert.InRange(r.RomDeg, 38, 52));
    }

    [Fact]
    public void ARepDuringWhichTheAxisTurnedIsMeasuredOnTheRotationItself()
    {
        // The position signal saw the rep on the previous exercise's axis (x) and so swung only 10°; the rep turned the band
        // 0.8 rad (46°) about y, and the axis is y by the rep's end.
        const double rate = 25;
        var meter = new RepMeter(rate, hasGyroscope: true, memorySeconds: 60);
        var axis = new PrincipalAxis(rate, 3);
        var still = new ImuSample(0, 0, 9.8f, 0, 0, 0);
        void Train(double x, double y) { for (var i = 0; i < 10; i++) axis.Add(i % 2 == 0 ? x : -x, i % 2 == 0 ? y : -y, 0); axis.Refresh(); }
        Train(1, 0);
        long n = 0;
        for (; n < 100; n++) { meter.Turned(0, 0, 0, axis); meter.Add(n, in still, 0, 0, 1); }
        var start = n;
        for (; n < 200; n++)
        {
            var angle = 0.8 * Math.Sin(Math.PI * (n - start) / 100.0);
            if (n == 150) for (var k = 0; k < 20; k++) Train(0, 1);
            meter.Turned(0, angle, 0, axis);
            meter.Add(n, in still, 0, 0, 1);
        }

        Assert.Equal(0.8 * 180 / Math.PI, meter.RangeDeg(start, n - 1, swingDeg: 10, axis, turnedDeg: 15), 1.0);
        // While the axis holds, the swing on the position signal is the range (it is per sample, the meter per 0.2 s).
        Assert.Equal(10, meter.RangeDeg(155, n - 1, swingDeg: 10, axis, turnedDeg: 15));
    }

    [Fact]
    public void ConfidenceIsLowForAShortFaintRepOutOfTempo()
    {
        var tracker = new SetTracker(25, new DetectorTuning());
        DetectedRep Rep(long start, double seconds, double clarity) =>
            tracker.Add(start, start + 25, start + 50, start + (long)(seconds * 25), 60, 90, clarity);

        var first = Rep(0, 4, 1);
        var steady = Enumerable.Range(1, 5).Select(k => Rep(k * 125, 4, 1)).ToArray();
        var jolt = Rep(6 * 125, 0.6, 0.1);

        Assert.InRange(first.Confidence, 0.8, 0.9);             // clear and long, but no tempo to compare with yet
        Assert.All(steady, r => Assert.Equal(1, r.Confidence, 6));
        Assert.True(jolt.Confidence < 0.4, $"jolt confidence {jolt.Confidence:F2}");
    }
}

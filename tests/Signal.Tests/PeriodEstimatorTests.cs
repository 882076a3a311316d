using MathNet.Numerics.Statistics;

namespace HepSense.Signal.Tests;

public class PeriodEstimatorTests
{
    // A rep-like motion: fundamental plus a second harmonic, along a tilted direction, with noise.
    private static (double X, double Y, double Z) Motion(double t, double period, Random random)
    {
        var phase = 2 * Math.PI * t / period;
        var a = 2 * Math.Sin(phase) + 0.8 * Math.Sin(2 * phase + 0.7) + 0.2 * (random.NextDouble() - 0.5);
        return (0.36 * a, -0.48 * a, 0.8 * a);
    }

    [Theory]
    [InlineData(12.5, 1.7)]
    [InlineData(50, 0.8)]
    [InlineData(50, 4.5)]
    [InlineData(200, 2.3)]
    public void FindsThePeriodAtAnyRate(double rate, double period)
    {
        var estimator = new PeriodEstimator(rate, 0.5, 10, 10, 0.7);
        var random = new Random(11);
        for (var n = 0; n < rate * 40; n++)
        {
            var (x, y, z) = Motion(n / rate, period, random);
            estimator.Add(x, y, z);
        }
        Assert.InRange(estimator.PeriodS, 0.95 * period, 1.05 * period);
        Assert.True(estimator.Strength > 0.8, $"strength {estimator.Strength:F2}");
    }

    [Fact]
    public void AgreesWithMathNetAutocorrelation()
    {
        // The running, exponentially weighted autocorrelation peaks where MathNet's whole-signal one does.
        const double rate = 50, period = 2.6;
        var estimator = new PeriodEstimator(rate, 0.5, 10, 10, 0.7);
        var random = new Random(2);
        var blocks = new List<double>();
        var sum = 0.0;
        for (var n = 0; n < rate * 60; n++)
        {
            var (x, y, z) = Motion(n / rate, period, random);
            estimator.Add(x, y, z);
            sum += x;
            if (n % 10 == 9) { blocks.Add(sum / 10); sum = 0; } // the estimator's 0.2 s blocks
        }
        var auto = Correlation.Auto([.. blocks], 0, 50);
        var best = Enumerable.Range(3, 47).MaxBy(k => auto[k]);
        Assert.InRange(estimator.PeriodS, (best - 1) * 0.2, (best + 1) * 0.2);
    }

    [Fact]
    public void NoiseHasNoPeriod()
    {
        var estimator = new PeriodEstimator(50, 0.5, 10, 10, 0.7);
        var random = new Random(4);
        for (var n = 0; n < 50 * 40; n++) estimator.Add(random.NextDouble() - 0.5, random.NextDouble() - 0.5, random.NextDouble() - 0.5);
        Assert.True(estimator.Strength < 0.3, $"strength {estimator.Strength:F2}");
    }

    [Fact]
    public void RepsAlternatingInSizePeakHigherAtTheirPairButTheShortestPeriodIsTheRep()
    {
        // 1.5 s reps, every other one a third as large: the autocorrelation peaks higher at the pair (3 s) than at the
        // rep, so the period reads the pair; the rep is the shortest lag whose peak reaches 0.4 of the highest.
        const double rate = 50, rep = 1.5;
        var estimator = new PeriodEstimator(rate, 0.5, 10, 10, 0.7, 0.4);
        for (var n = 0; n < rate * 40; n++)
        {
            var t = n / rate;
            var a = ((int)(t / rep) % 2 == 0 ? 1 : 0.3) * Math.Sin(2 * Math.PI * t / rep);
            estimator.Add(0.6 * a, 0.8 * a, 0);
        }
        Assert.InRange(estimator.PeriodS, 0.95 * 2 * rep, 1.05 * 2 * rep);
        Assert.InRange(estimator.ShortestS, 0.95 * rep, 1.05 * rep);
    }

    [Theory]
    [InlineData(0.55, 1.6, 12, 14)]  // with the period: one count per rep (the first two, before the period is known, may double)
    [InlineData(0.55, 2.6, 12, 15)]  // alike in size (24 counted if a rep as large as the last were let through as a change of tempo: the second sub-movement follows at once, without rest)
    [InlineData(0, 1.6, 20, 26)]     // without: both sub-movements count
    public void ARepOfTwoSubMovementsCountsOnce(double minCycleShare, double second, int least, int most)
    {
        // Out and in (cable cross-over): each 3 s rep is a large cycle then a smaller one in another direction.
        const double rate = 50, rep = 3;
        var counter = new CycleCounter(rate, new DetectorTuning { MinCycleShare = minCycleShare });
        var counted = 0;
        for (var n = 0; n < rate * 40; n++)
        {
            var t = n / rate;
            var inSet = t is >= 2 and < 2 + 12 * rep;
            var phase = (t - 2) % rep / rep;          // 0..1 within the rep
            var sub = Math.Sin(4 * Math.PI * phase);  // two cycles per rep
            var (big, small) = phase < 0.5 ? (3 * sub, 0.0) : (0.0, second * sub);
            var sample = new ImuSample(inSet ? (float)(big + 0.6 * small) : 0, inSet ? (float)(0.8 * small) : 0, 9.81f, 0, 0, 0);
            if (n == 0) counter.Settle(in sample);
            if (counter.Add(n, in sample, out _, out _)) counted++;
        }
        if (counter.Flush((long)(rate * 40) - 1, out _, out _)) counted++;
        Assert.InRange(counted, least, most);
    }
}

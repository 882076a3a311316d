namespace HepSense.Signal.Tests;

public class ButterworthTests
{
    // The bilinear transform with pre-warping gives |H|² = 1 / (1 + r^(2N)), r = tan(πf/fs) / tan(πfc/fs),
    // exactly; for a high-pass r is inverted.
    private static double Expected(double f, double fc, double fs, int order, bool highPass)
    {
        var r = Math.Tan(Math.PI * f / fs) / Math.Tan(Math.PI * fc / fs);
        if (highPass) r = 1 / r;
        return 1 / Math.Sqrt(1 + Math.Pow(r, 2 * order));
    }

    [Theory]
    [InlineData(2, 2.5, 25.0)]
    [InlineData(4, 2.5, 25.0)]
    [InlineData(4, 3.0, 12.5)]
    [InlineData(6, 20.0, 200.0)]
    public void LowPassMatchesTheButterworthMagnitude(int order, double fc, double fs)
    {
        var filter = new SosFilter(Butterworth.LowPass(order, fc, fs));
        Assert.Equal(1, filter.Magnitude(1e-9, fs), 9);
        Assert.Equal(1 / Math.Sqrt(2), filter.Magnitude(fc, fs), 9);
        foreach (var f in new[] { fc / 4, fc / 2, fc * 1.5, fc * 2 }.Where(f => f < fs / 2))
            Assert.Equal(Expected(f, fc, fs, order, highPass: false), filter.Magnitude(f, fs), 9);
    }

    [Theory]
    [InlineData(2, 0.1, 200.0)]
    [InlineData(4, 0.1, 200.0)]
    [InlineData(2, 0.2, 12.5)]
    public void HighPassMatchesTheButterworthMagnitude(int order, double fc, double fs)
    {
        var filter = new SosFilter(Butterworth.HighPass(order, fc, fs));
        Assert.Equal(1 / Math.Sqrt(2), filter.Magnitude(fc, fs), 9);
        Assert.True(filter.Magnitude(1e-6, fs) < 1e-9);
        foreach (var f in new[] { fc / 3, fc / 2, fc * 2, fc * 10 })
            Assert.Equal(Expected(f, fc, fs, order, highPass: true), filter.Magnitude(f, fs), 9);
    }

    [Fact]
    public void FourthOrderIsFortyDecibelsDownTwoOctavesOut()
    {
        // A known value: at 4·fc an order-4 low-pass is down 10·log10(1 + 4^8) ≈ 48.2 dB (analogue);
        // the bilinear warp adds a little more attenuation, never less.
        var filter = new SosFilter(Butterworth.LowPass(4, 1, 100));
        var db = 20 * Math.Log10(filter.Magnitude(4, 100));
        Assert.InRange(db, -49, -48);
    }

    [Fact]
    public void BandPassPassesTheMiddleAndStopsBothEnds()
    {
        var filter = new SosFilter(Butterworth.BandPass(2, 0.1, 3, 200));
        Assert.InRange(filter.Magnitude(0.7, 200), 0.97, 1.0);
        Assert.Equal(1 / Math.Sqrt(2), filter.Magnitude(0.1, 200), 2);
        Assert.True(filter.Magnitude(0.01, 200) < 0.011);
        Assert.True(filter.Magnitude(30, 200) < 0.011);
    }

    [Fact]
    public void LowCutOffAtHighRateStaysStableAndSettles()
    {
        // 0.1 Hz at 200 Hz puts poles within 0.3% of the unit circle: sections must stay stable.
        var filter = new SosFilter(Butterworth.HighPass(4, 0.1, 200));
        var last = 0.0;
        for (var n = 0; n < 200 * 120; n++)
        {
            last = filter.Process(9.81);
            Assert.True(Math.Abs(last) < 20);
        }
        Assert.True(Math.Abs(last) < 1e-3);
    }

    [Fact]
    public void SettledFilterHasNoStartTransient()
    {
        var filter = new SosFilter(Butterworth.LowPass(2, 1, 50));
        filter.Settle(9.81);
        Assert.Equal(9.81, filter.Process(9.81), 9);
    }

    [Fact]
    public void RetunedFilterKeepsItsStateAndTakesTheNewResponse()
    {
        const double fs = 50;
        var filter = new VectorFilter(Butterworth.LowPass(2, 1, fs));
        filter.Settle(9.81, -2, 0.5);
        filter.Retune(Butterworth.LowPass(2, 3, fs));
        var (x, y, z) = filter.Process(9.81, -2, 0.5);   // no restart: a constant stays put on every axis
        Assert.Equal(9.81, x, 6);
        Assert.Equal(-2, y, 6);
        Assert.Equal(0.5, z, 6);
        // A 2 Hz sine now passes with the 3 Hz design's gain (0.90), not the 1 Hz one's (0.24).
        var peak = 0.0;
        for (var n = 0; n < 10 * fs; n++)
        {
            var (_, v, _) = filter.Process(9.81, -2 + Math.Sin(2 * Math.PI * 2 * n / fs), 0.5);
            if (n > 5 * fs) peak = Math.Max(peak, v + 2);
        }
        Assert.InRange(peak, 0.85, 0.95);
        Assert.Throws<ArgumentException>(() => filter.Retune(Butterworth.LowPass(4, 3, fs)));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(0)]
    public void RejectsBadDesigns(int order) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Butterworth.LowPass(order, 1, 50));

    [Fact]
    public void RejectsCutOffAboveNyquist() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Butterworth.LowPass(2, 30, 50));
}

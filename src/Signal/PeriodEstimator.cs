using System.Numerics;

namespace HepSense.Signal;

/// <summary>
/// The period of the dominant repeated motion, from a running autocorrelation of a 3-axis signal.
/// The signal is averaged into blocks of about 0.2 s (reps are slower than 2.5 Hz), and the
/// autocorrelation of the vector (sum of the axes' autocorrelations, so it does not depend on the
/// mounting) is kept exponentially weighted over the last several seconds: bounded state, a few
/// dozen multiplications per block. The period is the shortest lag whose autocorrelation peak reaches
/// a share of the highest peak: a rep made of two unlike halves (out and in) peaks higher at its full
/// length than at half, while a plainly repeated motion peaks equally at every multiple of its period.
/// </summary>
internal sealed class PeriodEstimator
{
    private readonly int _block, _minLag, _maxLag, _estimateEvery;
    private readonly double _decay, _blockSeconds, _subShare, _shortShare;
    // The last maxLag + 1 blocks, newest at the head, older after it: one array per axis, so the correlation runs down
    // them a vector at a time.
    private readonly double[] _x, _y, _z;
    private readonly double[] _r;           // autocorrelation at lags 0..maxLag
    private readonly (int Lag, double Offset, double Height)[] _peaks;   // Estimate's list, kept (not cleared per call)
    private double _sx, _sy, _sz;
    private int _inBlock, _head;
    private long _blocks;

    public PeriodEstimator(double sampleRateHz, double minPeriodS, double maxPeriodS, double memoryS, double subPeriodShare,
        double shortestShare = 1, double blockS = 0.2)
    {
        (_subShare, _shortShare) = (subPeriodShare, Math.Min(subPeriodShare, shortestShare));
        _block = Math.Max(1, (int)Math.Round(blockS * sampleRateHz));
        _blockSeconds = _block / sampleRateHz;
        _minLag = Math.Max(2, (int)Math.Floor(minPeriodS / _blockSeconds));
        _maxLag = Math.Max(_minLag + 2, (int)Math.Ceiling(maxPeriodS / _blockSeconds));
        _decay = Math.Exp(-_blockSeconds / memoryS);
        _estimateEvery = Math.Max(1, (int)Math.Round(0.5 / _blockSeconds));
        (_x, _y, _z) = (new double[_maxLag + 1], new double[_maxLag + 1], new double[_maxLag + 1]);
        _r = new double[_maxLag + 1];
        _peaks = new (int, double, double)[_maxLag - _minLag];
    }

    /// <summary>Seconds per repetition of the dominant motion; 0 while unknown.</summary>
    public double PeriodS { get; private set; }

    /// <summary>Normalised autocorrelation at the period (1: the motion repeats exactly).</summary>
    public double Strength { get; private set; }

    /// <summary>
    /// The shortest lag whose peak reaches a lower share of the highest (≤ <see cref="PeriodS"/>): where irregular reps
    /// (tempo and size varying from rep to rep) blur the period's own peak below that of its double or triple, the
    /// rep is still no shorter than this.
    /// </summary>
    public double ShortestS { get; private set; }

    /// <summary>Adds a sample; true when the estimate was renewed.</summary>
    public bool Add(double x, double y, double z)
    {
        _sx += x; _sy += y; _sz += z;
        if (++_inBlock < _block) return false;
        _head = _head == 0 ? _x.Length - 1 : _head - 1;
        var (cx, cy, cz) = (_x[_head], _y[_head], _z[_head]) = (_sx / _block, _sy / _block, _sz / _block);
        _sx = _sy = _sz = 0;
        _inBlock = 0;
        _blocks++;
        // Lag k pairs the newest block with the one k after it in the ring: up to the ring's end, then on from its start
        // (two straight runs, no wrap test per lag).
        var r = _r.AsSpan(0, (int)Math.Min(_maxLag, _blocks - 1) + 1);
        var near = Math.Min(r.Length, _x.Length - _head);
        Correlate(r[..near], _head, cx, cy, cz);
        Correlate(r[near..], 0, cx, cy, cz);
        if (_blocks % _estimateEvery != 0) return false;
        Estimate();
        return true;
    }

    /// <summary>
    /// Decays each lag of <paramref name="r"/> and adds the newest block times the one the lag pairs it with (from
    /// <paramref name="from"/> in the ring on). Several lags at once (Vector): each lane does exactly the scalar sum, in
    /// its order, so the result is the same to the bit; this was a tenth of the gyroscope path's time, one lag at a time.
    /// </summary>
    private void Correlate(Span<double> r, int from, double cx, double cy, double cz)
    {
        var x = _x.AsSpan(from, r.Length);
        var y = _y.AsSpan(from, r.Length);
        var z = _z.AsSpan(from, r.Length);
        var k = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var (d, vx, vy, vz) = (new Vector<double>(_decay), new Vector<double>(cx), new Vector<double>(cy), new Vector<double>(cz));
            for (; k <= r.Length - Vector<double>.Count; k += Vector<double>.Count)
                (d * new Vector<double>(r[k..]) + vx * new Vector<double>(x[k..]) + vy * new Vector<double>(y[k..]) + vz * new Vector<double>(z[k..])).CopyTo(r[k..]);
        }
        for (; k < r.Length; k++) r[k] = _decay * r[k] + cx * x[k] + cy * y[k] + cz * z[k];
    }

    private void Estimate()
    {
        var r0 = _r[0];
        (PeriodS, Strength, ShortestS) = (0, 0, 0);
        if (!(r0 > 1e-12)) return;
        // Every peak once, in order of lag: the searches below read this list rather than test each lag again.
        Span<(int Lag, double Offset, double Height)> peaks = _peaks;
        var count = 0;
        var r = _r.AsSpan();
        for (var k = _minLag; k < _maxLag; k++)
            if (r[k] > r[k - 1] && r[k] >= r[k + 1])
            {
                var (offset, height) = Peak(k);
                peaks[count++] = (k, offset, height);
            }
        peaks = peaks[..count];
        // Peaks are compared at their interpolated height: a fast rep's period falls between two lags of
        // 0.2 s (0.7 s is 3.5 lags), where both sampled values are well below the true peak, while its
        // double lands on a lag; judged on the samples, the double would win.
        var best = -1;
        var bestHeight = 0.0;
        for (var i = 0; i < peaks.Length; i++)
            if (best < 0 || peaks[i].Height > bestHeight) (best, bestHeight) = (i, peaks[i].Height);
        if (best < 0 || bestHeight <= 0) return;
        // A perfectly repeated motion peaks at every multiple of its period, about equally: the period is
        // the shortest lag whose peak comes near the highest.
        var at = Shortest(peaks, best, _subShare * bestHeight);
        var period = peaks[at];
        (PeriodS, Strength) = ((period.Lag + period.Offset) * _blockSeconds, Math.Min(1, period.Height / r0));
        var shortest = peaks[Shortest(peaks, at, _shortShare * bestHeight)];
        ShortestS = (shortest.Lag + shortest.Offset) * _blockSeconds;
    }

    /// <summary>The first of the peaks before <paramref name="limit"/> that reaches <paramref name="height"/>; else the limit.</summary>
    private static int Shortest(ReadOnlySpan<(int Lag, double Offset, double Height)> peaks, int limit, double height)
    {
        for (var i = 0; i < limit; i++)
            if (peaks[i].Height >= height) return i;
        return limit;
    }

    /// <summary>Parabolic interpolation through the lags around k: where the peak lies (in lags from k) and how high.</summary>
    private (double Offset, double Height) Peak(int k)
    {
        double a = _r[k - 1], b = _r[k], c = _r[k + 1];
        var denominator = a - 2 * b + c;
        if (!(denominator < 0)) return (0, b);
        var offset = Math.Clamp(0.5 * (a - c) / denominator, -0.5, 0.5);
        return (offset, b - 0.25 * (a - c) * offset);
    }
}

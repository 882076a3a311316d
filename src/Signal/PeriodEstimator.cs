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
    private readonly double[] _x, _y, _z;   // ring of the last maxLag + 1 blocks
    private readonly double[] _r;           // autocorrelation at lags 0..maxLag
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
        _head = (_head + 1) % _x.Length;
        (_x[_head], _y[_head], _z[_head]) = (_sx / _block, _sy / _block, _sz / _block);
        _sx = _sy = _sz = 0;
        _inBlock = 0;
        _blocks++;
        double cx = _x[_head], cy = _y[_head], cz = _z[_head];
        var lags = (int)Math.Min(_maxLag, _blocks - 1);
        for (int k = 0, i = _head; k <= lags; k++, i = i == 0 ? _x.Length - 1 : i - 1)
            _r[k] = _decay * _r[k] + cx * _x[i] + cy * _y[i] + cz * _z[i];
        if (_blocks % _estimateEvery != 0) return false;
        Estimate();
        return true;
    }

    private void Estimate()
    {
        var r0 = _r[0];
        (PeriodS, Strength, ShortestS) = (0, 0, 0);
        if (!(r0 > 1e-12)) return;
        // Peaks are compared at their interpolated height: a fast rep's period falls between two lags of
        // 0.2 s (0.7 s is 3.5 lags), where both sampled values are well below the true peak, while its
        // double lands on a lag; judged on the samples, the double would win.
        var best = -1;
        var bestHeight = 0.0;
        for (var k = _minLag; k < _maxLag; k++)
            if (IsPeak(k) && (best < 0 || Peak(k).Height > bestHeight)) (best, bestHeight) = (k, Peak(k).Height);
        if (best < 0 || bestHeight <= 0) return;
        // A perfectly repeated motion peaks at every multiple of its period, about equally: the period is
        // the shortest lag whose peak comes near the highest.
        var period = Shortest(best, _subShare * bestHeight);
        var (offset, height) = Peak(period);
        (PeriodS, Strength) = ((period + offset) * _blockSeconds, Math.Min(1, height / r0));
        var shortest = Shortest(period, _shortShare * bestHeight);
        ShortestS = (shortest + Peak(shortest).Offset) * _blockSeconds;
    }

    /// <summary>The shortest lag before <paramref name="limit"/> whose peak reaches <paramref name="height"/>; else the limit.</summary>
    private int Shortest(int limit, double height)
    {
        for (var k = _minLag; k < limit; k++)
            if (IsPeak(k) && Peak(k).Height >= height) return k;
        return limit;
    }

    private bool IsPeak(int k) => _r[k] > _r[k - 1] && _r[k] >= _r[k + 1];

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

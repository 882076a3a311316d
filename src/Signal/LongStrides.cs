namespace HepSense.Signal;

/// <summary>
/// GaitGate's long shuffle on the lower leg (gyroscope): the band's own soft landings where its swing turns back, one per stride,
/// each stride within a share of the run's mean, for more strides in a row than a set has reps (<see cref="SteadyRun"/>). A
/// shuffle's landing is soft and sampled anywhere on its spike: a stride whose landing was missed (an interval of two strides)
/// neither counts nor ends the run; once on, an odd stride does not end it either (as <see cref="LongWalk"/>). A second landing
/// within the same stride is ignored. Times in samples.
/// </summary>
internal struct LongStrides(double minStride, double maxStride, double steadyShare, int needed)
{
    private readonly double _sameStride = minStride * (1 - steadyShare);
    private double _last = -1e12, _sum;
    private int _strides;
    private SteadyRun _run = new();

    /// <summary>The run and where it holds.</summary>
    public readonly SteadyRun Run => _run;

    /// <summary>The run's mean stride (0 before one).</summary>
    public readonly double Stride => _strides > 0 ? _sum / _strides : 0;

    /// <summary>A landing at <paramref name="at"/>.</summary>
    public void Land(double at)
    {
        var interval = at - _last;
        if (interval < _sameStride) return;
        var mean = Stride;
        if (_strides > 0 && Math.Abs(interval - 2 * mean) <= 2 * steadyShare * mean)   // one landing unseen: the run holds on
        {
            if (_run.On) _run.Next(pace: true, steady: true, runStart: _last, at, mean, needed);
            _last = at;
            return;
        }
        var pace = interval >= minStride && interval <= maxStride;
        var steady = pace && _strides > 0 && Math.Abs(interval - mean) <= steadyShare * mean;
        _run.Next(pace, steady, runStart: _last, at, interval, needed);
        if (steady) (_sum, _strides) = (_sum + interval, _strides + 1);
        else if (!_run.On) (_sum, _strides) = pace ? (interval, 1) : (0, 0);   // a new run from this stride
        _last = at;
    }

    /// <summary>Sample <paramref name="n"/>: no landing in two strides' longest time ends the run.</summary>
    public void Expire(long n)
    {
        if ((_run.Count > 0 || _run.On) && n - _last > 2 * maxStride) { _run.Break(); (_sum, _strides) = (0, 0); }
    }
}

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
    private double _last = -1e12;
    private StrideMean _mean = new(steadyShare);
    private SteadyRun _run = new();

    /// <summary>The run and where it holds.</summary>
    public readonly SteadyRun Run => _run;

    /// <summary>The run's mean stride (0 before one).</summary>
    public readonly double Stride => _mean.Value;

    /// <summary>A landing at <paramref name="at"/>.</summary>
    public void Land(double at)
    {
        var interval = at - _last;
        if (interval < _sameStride) return;
        var mean = Stride;
        if (_mean.Near(interval / 2))   // one landing unseen: the run holds on
        {
            if (_run.On) _run.Next(pace: true, steady: true, runStart: _last, at, mean, needed);
            _last = at;
            return;
        }
        var pace = interval >= minStride && interval <= maxStride;
        var steady = pace && _mean.Near(interval);
        _run.Next(pace, steady, runStart: _last, at, interval, needed);
        _mean.Take(interval, pace, steady, _run);
        _last = at;
    }

    /// <summary>Sample <paramref name="n"/>: no landing in two strides' longest time ends the run.</summary>
    public void Expire(long n)
    {
        if ((_run.Count > 0 || _run.On) && n - _last > 2 * maxStride) { _run.Break(); _mean.Clear(); }
    }
}

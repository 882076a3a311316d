namespace HepSense.Signal;

/// <summary>
/// GaitGate's long shuffle on the lower leg (gyroscope): the band's own soft landings where its swing turns back, one per stride,
/// each stride within a share of the run's mean, for more strides in a row than a set has reps (<see cref="LongRun"/>). A
/// shuffle's landing is soft and sampled anywhere on its spike: a stride whose landing was missed (an interval of two strides)
/// neither counts nor ends the run; once on, an odd stride does not end it either (as <see cref="LongWalk"/>). A second landing
/// within the same stride is ignored. Times in samples.
/// </summary>
internal struct LongStrides(double minStride, double maxStride, double steadyShare, int needed)
{
    private readonly double _sameStride = minStride * (1 - steadyShare);
    private double _last = -1e12;
    private LongRun _long = new(steadyShare, needed);

    /// <summary>The long run of the landings' strides.</summary>
    public readonly LongRun Long => _long;

    /// <summary>A landing at <paramref name="at"/>.</summary>
    public void Land(double at)
    {
        var interval = at - _last;
        if (interval < _sameStride) return;
        if (_long.Near(interval / 2)) _long.HoldOn(runStart: _last, at);   // one landing unseen: the run holds on
        else _long.Next(interval, pace: interval >= minStride && interval <= maxStride, runStart: _last, at, interval);
        _last = at;
    }

    /// <summary>Sample <paramref name="n"/>: no landing in two strides' longest time ends the run.</summary>
    public void Expire(long n)
    {
        if (_long.Going && n - _last > 2 * maxStride) _long.Break();
    }
}

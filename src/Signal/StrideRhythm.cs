namespace HepSense.Signal;

/// <summary>
/// GaitGate's strides of one kind (a rise with its jolt, a jolt where the swing ends, the same at a shuffle's pace): one event
/// per stride, and the run of steady strides they make (<see cref="SteadyRun"/>). Steady: at a stride's pace (minStride to
/// maxStride after the last) and within the steady share of the stride before (the same leg each time); an event under
/// minStride less that share after the last is the same stride's second rise or jolt. Times in samples.
/// </summary>
internal struct StrideRhythm(double minStride, double steadyShare, double maxStride, int needed)
{
    private readonly double _sameStride = minStride * (1 - steadyShare);
    private double _last = -1e12, _interval, _stride;
    private SteadyRun _run = new();

    /// <summary>The strides' rhythm: its run and where it holds.</summary>
    public readonly SteadyRun Run => _run;

    /// <summary>The last steady stride's time (0 before one).</summary>
    public readonly double Stride => _stride;

    /// <summary>A stride at <paramref name="at"/>.</summary>
    public void Add(double at)
    {
        if (at - _last < _sameStride) return;
        var interval = at - _last;
        var pace = interval >= minStride && interval <= maxStride;
        var steady = pace && _run.Count > 0 && Math.Abs(interval - _interval) <= steadyShare * _interval;
        _run.Next(pace, steady, runStart: _last, at, interval, needed);
        if (steady) _stride = interval;
        _interval = interval;
        _last = at;
    }

    /// <summary>Sample <paramref name="n"/> (after its strides): no stride in a stride's longest time ends the run.</summary>
    public void Expire(long n)
    {
        if ((_run.Count > 0 || _run.On) && n - _last > maxStride) _run.Break();   // most samples: no run to end
    }

    /// <summary><paramref name="wait"/> steady strides or more (or the rhythm), the last one within a stride's longest time.</summary>
    public readonly bool Coming(long n, int wait) => (_run.Count >= wait || _run.On) && n - _last <= maxStride;
}

namespace HepSense.Signal;

/// <summary>
/// GaitGate's long walk: steps (the shuffle's, over its lower floor) whose strides (each step's time since the step before the
/// last: left and right together, however unevenly they split the stride) keep a walking pace and stay within a share of the
/// run's mean stride, step after step, for far longer than a set has reps at that pace (<see cref="SteadyRun"/>). A step's own
/// time jitters from one to the next (the other foot, a stumble of the floor crossing); a walk's stride period hardly drifts.
/// Times in samples.
/// </summary>
internal struct LongWalk(double minStride, double maxStride, double maxStep, double steadyShare, int needed)
{
    private double _last = -1e12, _beforeLast = -1e12;
    private StrideMean _mean = new(steadyShare);
    private SteadyRun _run = new();

    /// <summary>The long walk's run and where it holds.</summary>
    public readonly SteadyRun Run => _run;

    /// <summary>The run's mean stride (0 before one).</summary>
    public readonly double Stride => _mean.Value;

    /// <summary>A step at <paramref name="at"/>.</summary>
    public void Step(double at)
    {
        var interval = at - _last;
        var stride = at - _beforeLast;
        var pace = interval <= maxStep && stride >= minStride && stride <= maxStride;
        var steady = pace && _mean.Near(stride);
        _run.Next(pace, steady, runStart: _beforeLast, at, interval, needed);
        _mean.Take(stride, pace, steady, _run);
        (_beforeLast, _last) = (_last, at);
    }

    /// <summary>Sample <paramref name="n"/>: no step in a step's longest time ends the run.</summary>
    public void Expire(long n)
    {
        if ((_run.Count > 0 || _run.On) && n - _last > maxStep) { _run.Break(); _mean.Clear(); }
    }
}

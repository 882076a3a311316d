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
    private double _last = -1e12, _beforeLast = -1e12, _sum;
    private int _strides;
    private SteadyRun _run = new();

    /// <summary>The long walk's run and where it holds.</summary>
    public readonly SteadyRun Run => _run;

    /// <summary>The run's mean stride (0 before one).</summary>
    public readonly double Stride => _strides > 0 ? _sum / _strides : 0;

    /// <summary>A step at <paramref name="at"/>.</summary>
    public void Step(double at)
    {
        var interval = at - _last;
        var stride = at - _beforeLast;
        var pace = interval <= maxStep && stride >= minStride && stride <= maxStride;
        var steady = pace && _strides > 0 && Math.Abs(stride - Stride) <= steadyShare * Stride;
        _run.Next(pace, steady, runStart: _beforeLast, at, interval, needed);
        if (steady) (_sum, _strides) = (_sum + stride, _strides + 1);
        else if (!_run.On) (_sum, _strides) = pace ? (stride, 1) : (0, 0);   // a new run from this stride
        (_beforeLast, _last) = (_last, at);
    }

    /// <summary>Sample <paramref name="n"/>: no step in a step's longest time ends the run.</summary>
    public void Expire(long n)
    {
        if ((_run.Count > 0 || _run.On) && n - _last > maxStep) { _run.Break(); (_sum, _strides) = (0, 0); }
    }
}

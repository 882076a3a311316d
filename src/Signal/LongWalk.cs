namespace HepSense.Signal;

/// <summary>
/// GaitGate's long walk: steps (the shuffle's, over its lower floor) whose strides (each step's time since the step before the
/// last: left and right together, however unevenly they split the stride) keep a walking pace and stay within a share of the
/// run's mean stride, step after step, for far longer than a set has reps at that pace (<see cref="LongRun"/>). A step's own
/// time jitters from one to the next (the other foot, a stumble of the floor crossing); a walk's stride period hardly drifts.
/// Times in samples.
/// </summary>
internal struct LongWalk(double minStride, double maxStride, double maxStep, double steadyShare, int needed)
{
    private double _last = -1e12, _beforeLast = -1e12;
    private LongRun _long = new(steadyShare, needed);

    /// <summary>The long run of the walk's strides.</summary>
    public readonly LongRun Long => _long;

    /// <summary>A step at <paramref name="at"/>.</summary>
    public void Step(double at)
    {
        var interval = at - _last;
        var stride = at - _beforeLast;
        _long.Next(stride, pace: interval <= maxStep && stride >= minStride && stride <= maxStride, runStart: _beforeLast, at, interval);
        (_beforeLast, _last) = (_last, at);
    }

    /// <summary>Sample <paramref name="n"/>: no step in a step's longest time ends the run.</summary>
    public void Expire(long n)
    {
        if (_long.Going && n - _last > maxStep) _long.Break();
    }
}

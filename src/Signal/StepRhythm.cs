namespace HepSense.Signal;

/// <summary>
/// GaitGate's steps at one floor: the band of |a| rising over <c>floor</c> (once per rise from below zero, at least a gap after the
/// last step, its time interpolated between samples: at 12.5 Hz a whole sample is 14 % of a step), and the run of steady steps
/// they make (<see cref="SteadyRun"/>). Steady: at most a step's longest time after the last, making with it a stride at a
/// walking pace, and within the steady share of the step before the last (left and right steps may differ: the arm's or the
/// limb's own swing shifts where one side's step crosses the floor). Times in samples.
/// </summary>
internal struct StepRhythm(double floor, double steadyShare, int needed, double gap, double minStep, double maxStep)
{
    private bool _armed;
    private double _lastStep = -1e12, _interval, _before, _stride;
    private SteadyRun _run = new();

    /// <summary>The steps' rhythm: its run and where it holds.</summary>
    public readonly SteadyRun Run => _run;

    /// <summary>The last steady step and the one before it: a stride (a stray step as the rhythm ends does not move it).</summary>
    public readonly double Stride => _stride;

    /// <summary>The last step's time.</summary>
    public readonly double LastStep => _lastStep;

    /// <summary>The band's value <paramref name="b"/> at sample <paramref name="n"/>, <paramref name="last"/> the one before.</summary>
    public void Add(long n, double b, double last)
    {
        if (b < 0) _armed = true;
        if (_armed && b > floor)
        {
            var at = n - (b - floor) / (b - Math.Min(last, floor));
            if (at - _lastStep >= gap)
            {
                _armed = false;
                Step(at);
            }
        }
        if ((_run.Count > 0 || _run.On) && n - _lastStep > maxStep) _run.Break();   // most samples: no run to end
    }

    private void Step(double at)
    {
        var interval = at - _lastStep;
        var pace = interval <= maxStep && interval + _interval >= 2 * minStep && interval + _interval <= 2 * maxStep;
        var steady = pace && _run.Count > 0 && Math.Abs(interval - _before) <= steadyShare * _before;
        _run.Next(pace, steady, runStart: _lastStep - _interval, at, interval, needed);
        if (steady) _stride = interval + _interval;
        _before = _interval;
        _interval = interval;
        _lastStep = at;
    }
}

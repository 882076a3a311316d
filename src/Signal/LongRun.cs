namespace HepSense.Signal;

/// <summary>
/// A long run of strides at one period (<see cref="LongWalk"/>'s steps, <see cref="LongStrides"/>' landings): a stride at a
/// walking pace within a share of the run's mean stride keeps it steady, and <see cref="SteadyRun"/> says from how many in a row
/// it holds; a stride that is not, while no run holds, starts the mean anew from itself. Times in samples.
/// </summary>
internal struct LongRun(double steadyShare, int needed)
{
    private SteadyRun _run = new();
    private double _sum;
    private int _count;

    /// <summary>The run and where it holds.</summary>
    public readonly SteadyRun Run => _run;

    /// <summary>The run's mean stride (0 before one).</summary>
    public readonly double Stride => _count > 0 ? _sum / _count : 0;

    /// <summary>Any stride is in (a run under way or holding): what the owners' expiry ends.</summary>
    public readonly bool Going => _run.Count > 0 || _run.On;

    /// <summary><paramref name="stride"/> lies within the steady share of the mean.</summary>
    public readonly bool Near(double stride) => _count > 0 && Math.Abs(stride - Stride) <= steadyShare * Stride;

    /// <summary>A stride, at a walking pace or not, ending at <paramref name="at"/> (<paramref name="interval"/> after the event before).</summary>
    public void Next(double stride, bool pace, double runStart, double at, double interval)
    {
        var steady = pace && Near(stride);
        _run.Next(pace, steady, runStart, at, interval, needed);
        if (steady) (_sum, _count) = (_sum + stride, _count + 1);
        else if (!_run.On) (_sum, _count) = pace ? (stride, 1) : (0, 0);   // a new run from this stride
    }

    /// <summary>A stride whose event went unseen (two strides' time): a holding run goes on, nothing else changes.</summary>
    public void HoldOn(double runStart, double at)
    {
        if (_run.On) _run.Next(pace: true, steady: true, runStart, at, Stride, needed);
    }

    public void Break()
    {
        _run.Break();
        (_sum, _count) = (0, 0);
    }
}

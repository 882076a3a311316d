namespace HepSense.Signal;

/// <summary>
/// The mean stride of a long run of steady strides (<see cref="LongWalk"/>, <see cref="LongStrides"/>): a stride within a share
/// of it keeps the run steady; a stride that does not, while no run holds, starts the mean anew from itself. Times in samples.
/// </summary>
internal struct StrideMean(double steadyShare)
{
    private double _sum;
    private int _count;

    /// <summary>The mean (0 before a stride).</summary>
    public readonly double Value => _count > 0 ? _sum / _count : 0;

    /// <summary><paramref name="stride"/> lies within the steady share of the mean.</summary>
    public readonly bool Near(double stride) => _count > 0 && Math.Abs(stride - Value) <= steadyShare * Value;

    /// <summary>After the run took the stride: a steady one joins the mean; else, unless the run holds on, a new mean from it (if at pace).</summary>
    public void Take(double stride, bool pace, bool steady, in SteadyRun run)
    {
        if (steady) (_sum, _count) = (_sum + stride, _count + 1);
        else if (!run.On) (_sum, _count) = pace ? (stride, 1) : (0, 0);
    }

    public void Clear() => (_sum, _count) = (0, 0);
}

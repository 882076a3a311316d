namespace HepSense.Signal;

/// <summary>
/// Accelerometer only: a set's first counted cycle that holds several fast reps (see <see cref="WideLobes"/>) is counted
/// as itself, then as each further rep it held, one per sample. Nothing allocated per sample.
/// </summary>
/// <remarks>The parameters are those of <see cref="WideLobes.Split"/>; <paramref name="share"/> 0: never split.</remarks>
internal sealed class FirstCycleSplit(long minLength, long maxLength, double share, double regularity)
{
    private readonly WideLobes _lobes = new();
    private readonly long[] _starts = new long[8];  // starts of the fast reps the cycle held
    private int _count, _next;                      // how many, and the next to report
    private double _depth;

    /// <summary>Sample n of the wide-band signal, projected on the counted axis.</summary>
    public void Add(long n, double x, double threshold) => _lobes.Add(n, x, threshold);

    /// <summary>The set's first cycle [start, end] was counted, <paramref name="depth"/> deep: its further reps follow.</summary>
    public void Split(long start, long end, double depth)
    {
        if (!(share > 0)) return;
        _count = _lobes.Split(start, end, minLength, maxLength, share, regularity, _starts);
        (_next, _depth) = (1, depth);   // the first is the counted cycle itself
    }

    /// <summary>The next further rep of the split cycle, if any.</summary>
    public bool Next(out long start, out double depth)
    {
        (start, depth) = (0, 0);
        if (_next >= _count) return false;
        (start, depth) = (_starts[_next++], _depth);
        return true;
    }
}

namespace HepSense.Signal;

/// <summary>
/// The last few values of a set's reps (a fixed ring), sorted on demand: what a hold judges a movement against (the set's
/// median tilt, its length spread) and a set's typical rep (SetTracker). Nothing allocated after construction.
/// </summary>
internal sealed class RecentValues(int capacity)
{
    private readonly double[] _ring = new double[capacity];
    private readonly double[] _sorted = new double[capacity];
    private int _next;

    /// <summary>How many values it can remember.</summary>
    public int Capacity => _ring.Length;

    /// <summary>How many values are remembered (at most the capacity).</summary>
    public int Count { get; private set; }

    public void Add(double value)
    {
        _ring[_next] = value;
        _next = (_next + 1) % _ring.Length;
        Count = Math.Min(Count + 1, _ring.Length);
    }

    /// <summary>Forgets the values (a new set).</summary>
    public void Clear() => Count = 0;

    /// <summary>The remembered values, sorted (valid until the next call).</summary>
    public ReadOnlySpan<double> Sorted()
    {
        for (var i = 0; i < Count; i++) _sorted[i] = _ring[(_next - 1 - i + _ring.Length) % _ring.Length];
        Array.Sort(_sorted, 0, Count);
        return _sorted.AsSpan(0, Count);
    }

    /// <summary>The upper median of the remembered values (at least one): one of them, for a hold's "far from the set's".</summary>
    public double UpperMedian => Sorted()[Count / 2];

    /// <summary>The median of the remembered values (at least one), the two middle ones averaged when their count is even.</summary>
    public double Median
    {
        get
        {
            var sorted = Sorted();
            var mid = Count / 2;
            return Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        }
    }
}

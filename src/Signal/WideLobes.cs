namespace HepSense.Signal;

/// <summary>
/// The last lobes of the wide-band acceleration (the period's band, up to 2 Hz) beyond the counting threshold, to split
/// a set's first cycle that the counted band merged. Until a set's period is known the counted band's edge is 1 Hz: fast
/// reps (0.7 s) of small range pass it at under half their size, on top of the high-pass still settling on the set's
/// first movement, so the way back of the first rep or two does not reach the threshold and they count as one cycle.
/// The wide band shows them apart. Fixed arrays, nothing allocated per sample.
/// </summary>
internal sealed class WideLobes
{
    private readonly long[] _at = new long[16];         // where each lobe crossed the threshold (ring, newest at _head)
    private readonly double[] _peak = new double[16];
    private int _head, _count, _side;

    /// <summary>Sample n of the wide-band signal, projected on the counted axis.</summary>
    public void Add(long n, double x, double threshold)
    {
        if (!(Math.Abs(x) > threshold)) return;
        var side = Math.Sign(x);
        if (side == _side)
        {
            _peak[_head] = Math.Max(_peak[_head], Math.Abs(x));
            return;
        }
        _side = side;
        _head = (_head + 1) % _at.Length;
        (_at[_head], _peak[_head]) = (n, Math.Abs(x));
        _count = Math.Min(_count + 1, _at.Length);
    }

    /// <summary>
    /// The wide band's cycles (a lobe out and a lobe back) within the counted cycle [start, end], when it holds two or more,
    /// each between <paramref name="minLength"/> (a jolt) and <paramref name="maxLength"/> (longer ones the counted band
    /// resolves itself), as regular as reps (the shortest at least <paramref name="regularity"/> of the longest), their
    /// lobes alike (the smallest at least <paramref name="share"/> of the largest; the first holds the high-pass settling
    /// on the set's start): the jerks of a slow rep or the fidgets before a set are not. Writes their starts in order and
    /// returns how many; 0 when the cycle is one rep.
    /// </summary>
    public int Split(long start, long end, long minLength, long maxLength, double share, double regularity, Span<long> starts)
    {
        var lobes = 0;
        while (lobes < _count && _at[Ring(lobes)] >= start) lobes++;
        var cycles = lobes / 2;
        if (cycles < 2 || cycles > starts.Length) return 0;
        var first = lobes - 1;      // oldest lobe in the cycle, counted back from the newest
        double smallest = double.MaxValue, largest = 0;
        for (var i = 0; i < 2 * cycles; i++)
            (smallest, largest) = (Math.Min(smallest, _peak[Ring(first - i)]), Math.Max(largest, _peak[Ring(first - i)]));
        if (smallest < share * largest) return 0;
        long shortest = long.MaxValue, longest = 0;
        for (var i = 0; i < cycles; i++)
        {
            starts[i] = _at[Ring(first - 2 * i)];
            var length = (i + 1 < cycles ? _at[Ring(first - 2 * i - 2)] : end) - starts[i];
            (shortest, longest) = (Math.Min(shortest, length), Math.Max(longest, length));
        }
        if (shortest < minLength || longest > maxLength || shortest < regularity * longest) return 0;
        return cycles;
    }

    /// <summary>The lobe <paramref name="back"/> before the newest.</summary>
    private int Ring(int back) => (_head - back + _at.Length) % _at.Length;
}

namespace HepSense.Signal;

/// <summary>
/// Accelerometer only: putting the weight down is a set's last movement, and to the acceleration a cycle like a rep, but
/// far slower than the set's reps (a reach to the floor, or from the shoulders down, and standing up again). A cycle more
/// than <c>lengthShare</c> times as long as the median of the set's last few waits for the set to go on: reported when
/// the next cycle ends, dropped when none comes within the set gap (or the stream ends). A real rep that slow in a set of
/// brisk ones is rare and, unless it is the last, only reported later. Fixed arrays, nothing allocated per cycle.
/// </summary>
internal sealed class SetEndHold(double lengthShare, double regularity, double pauseSamples, double gapSamples)
{
    private const int MinKnown = 3;                     // the set's length is known from this many cycles
    private readonly long[] _lengths = new long[5];     // the set's last cycles' lengths (ring)
    private readonly long[] _sorted = new long[5];
    private readonly RepCandidate[] _out = new RepCandidate[2];
    private int _count, _next;
    private long _lastEnd = long.MinValue / 2;
    private RepCandidate _held;
    private bool _holding;

    /// <summary>A cycle ended: the cycles to pass on now, in order (valid until the next call).</summary>
    public ReadOnlySpan<RepCandidate> Add(in RepCandidate cycle)
    {
        if (cycle.Start - _lastEnd > pauseSamples) _count = 0;     // a new set: its own lengths
        _lastEnd = cycle.End;
        var k = 0;
        if (_holding)
        {
            // The set went on: the slow cycle was one of its reps.
            (_out[k++], _holding) = (_held, false);
            Remember(_held.Length);
        }
        if (lengthShare > 0 && _count >= MinKnown && SlowInARegularSet(cycle.Length))
        {
            (_held, _holding) = (cycle, true);
            return _out.AsSpan(0, k);
        }
        _out[k++] = cycle;
        Remember(cycle.Length);
        return _out.AsSpan(0, k);
    }

    /// <summary>
    /// At sample <paramref name="n"/> (or the stream's end, <paramref name="ended"/>): drops the held cycle once the set
    /// is over without another (the weight was put down).
    /// </summary>
    public void Expire(long n, bool ended = false)
    {
        if (_holding && (ended || n - _held.End > gapSamples)) _holding = false;
    }

    private void Remember(long length)
    {
        _lengths[_next] = length;
        _next = (_next + 1) % _lengths.Length;
        _count = Math.Min(_count + 1, _lengths.Length);
    }

    /// <summary>
    /// Far longer than the median of the set's last cycles, which keep a tempo (the shortest at least <c>regularity</c> of
    /// the longest): where the tempo varies (a slow block after a fast one, a sloppy set) a slow rep is just a rep.
    /// </summary>
    private bool SlowInARegularSet(long length)
    {
        for (var i = 0; i < _count; i++) _sorted[i] = _lengths[(_next - 1 - i + _lengths.Length) % _lengths.Length];
        Array.Sort(_sorted, 0, _count);
        return _sorted[0] >= regularity * _sorted[_count - 1] && length > lengthShare * _sorted[_count / 2];
    }
}

namespace HepSense.Signal;

/// <summary>
/// EXPERIMENT (reverted; src/Signal/README.md, "A count that follows the set's phase"). Accelerometer only: a cycle counted at
/// another phase of the set's reps than the last ones. Once a set has counted a few cycles, each count falls at the same point
/// of a rep, so the counted band over the last interval before a count looks like that before the last counts. A cycle ending
/// sooner than a share of the set's interval after the last count and unlike them over that window
/// (<see cref="RepTemplate.WindowLikeness"/>) is half a rep or a count drifting in phase: not counted.
/// O(<see cref="RepTemplate.Points"/> × kept) per cycle, nothing allocated.
/// </summary>
internal sealed class SetPhase(RepTemplate template, long pauseSamples, double soonShare, double likeShare, int minKept)
{
    private const int Kept = 5;
    private readonly long[] _ends = new long[Kept];
    private readonly double[] _intervals = new double[Kept - 1];
    private int _count;

    /// <summary>The cycle from <paramref name="start"/> to <paramref name="end"/> is off the set's phase (not to count); else it is remembered.</summary>
    public bool Off(long start, long end)
    {
        if (_count > 0 && start - _ends[(_count - 1) % Kept] > pauseSamples) _count = 0;
        if (_count >= minKept)
        {
            var k = Math.Min(_count, Kept);
            var last = _ends[(_count - 1) % Kept];
            for (var i = 1; i < k; i++) _intervals[i - 1] = _ends[(_count - i) % Kept] - _ends[(_count - i - 1) % Kept];
            Array.Sort(_intervals, 0, k - 1);
            var interval = (long)_intervals[(k - 1) / 2];
            if (end - last < soonShare * interval && template.WindowLikeness(end, interval, _ends.AsSpan(0, k)) < likeShare) return true;
        }
        _ends[_count % Kept] = end;
        _count++;
        if (_count >= 2 * Kept) _count -= Kept;
        return false;
    }
}

namespace HepSense.Signal;

/// <summary>
/// Accelerometer only: picking the weight up before a set (a reach to the floor and the lift) is one or two cycles like reps to
/// the acceleration, but they turn the wrist little next to the set's reps. A set's first cycles wait until <paramref name="look"/>
/// more are in; up to <paramref name="cycles"/> of them in a row, each tilting the band under <paramref name="tiltShare"/> of the
/// median of the <paramref name="look"/> cycles after it, are dropped. The median of the next ones, not the set's largest: a
/// clean to the shoulders is itself the largest tilt. Fixed arrays, nothing allocated.
/// </summary>
internal sealed class PickUpHold(double tiltShare, int cycles, int look)
{
    private readonly RepCandidate[] _held = new RepCandidate[Math.Max(0, cycles) + Math.Max(1, look)];
    private readonly double[] _tilts = new double[Math.Max(1, look)];
    private int _count, _dropped, _next;

    /// <summary>Cycles of a starting set are held.</summary>
    public bool Holding { get; private set; }

    /// <summary>The most cycles <see cref="Add"/> or a release can hand out at once.</summary>
    public int Capacity => _held.Length;

    /// <summary>A set begins: its first cycles are held (unless the rule is off).</summary>
    public void Begin() => (Holding, _count, _dropped, _next) = (tiltShare > 0 && cycles > 0 && look > 0, 0, 0, 0);

    /// <summary>A cycle of the starting set: the cycles judged to be reps, in order, once the set's reps are known (else none yet).</summary>
    public ReadOnlySpan<RepCandidate> Add(in RepCandidate cycle)
    {
        _held[_count++] = cycle;
        while (_count > look)
        {
            // The oldest held cycle has `look` after it: picking up if it tilted far less than they did.
            if (_dropped == cycles || !(_held[0].RomDeg < tiltShare * FollowingTilt())) break;
            Array.Copy(_held, 1, _held, 0, --_count);
            _dropped++;
        }
        if (_count <= look && _dropped < cycles) return [];
        Holding = false;
        return _held.AsSpan(0, _count);
    }

    /// <summary>The set ended before its first cycles could be judged: the next of them, as it is (call until false).</summary>
    public bool Release(out RepCandidate cycle)
    {
        cycle = default;
        if (!Holding || _next >= _count) return Holding = false;
        cycle = _held[_next++];
        return true;
    }

    /// <summary>Median tilt of the <c>look</c> cycles after the oldest held.</summary>
    private double FollowingTilt()
    {
        for (var i = 0; i < look; i++) _tilts[i] = _held[1 + i].RomDeg;
        Array.Sort(_tilts);
        return _tilts[look / 2];
    }
}

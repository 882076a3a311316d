namespace HepSense.Signal;

/// <summary>
/// Shallow dips in a row on one way out, each alike in size (AgreeShare) to the one before, for <see cref="SwingCounter"/>:
/// PostureDips of them are not hesitations but reps about a new posture the way out led to (a weight taken to the shoulders
/// or the chest), and the way out never comes back (<see cref="NewPosture"/>). With CountPostureDips the dips are kept as
/// the reps they are, handed out when the set restarts in that posture (<see cref="Reps"/>).
/// </summary>
internal struct AlikeDips
{
    private readonly double _agree;             // AgreeShare
    private readonly double _needed;            // PostureDips
    private readonly RepCandidate[] _reps;      // the dips in a row, as the reps about the new posture they are
    private int _count;                         // shallow dips in a row on this way out, each alike the one before
    private double _last;                       // the last one's depth
    private int _handedOut;                     // how many of the reps the last restart in a posture handed out

    public AlikeDips(DetectorTuning tuning)
    {
        (_agree, _needed) = (tuning.AgreeShare, tuning.PostureDips);
        _reps = new RepCandidate[tuning.CountPostureDips > 0 ? (int)Math.Max(0, tuning.PostureDips) : 0];
    }

    /// <summary>How many dips in a row, each alike the one before (the last included).</summary>
    public readonly int Count => _count;

    /// <summary>Where the band left the last dip's low point (kept with its rep: <see cref="Keep"/>).</summary>
    public long LastLeft { readonly get; private set; }

    /// <summary>The band rests in a new posture: the set restarts there.</summary>
    public bool NewPosture { readonly get; private set; }

    /// <summary>The dips are kept as reps (CountPostureDips): <see cref="Keep"/> each.</summary>
    public readonly bool KeepsReps => _reps.Length > 0;

    /// <summary>
    /// The reps about the new posture that revealed it, in order, when the set has just restarted there (<see cref="HandOut"/>);
    /// else empty. Valid until the next sample.
    /// </summary>
    public readonly ReadOnlySpan<RepCandidate> Reps => _reps.AsSpan(0, _handedOut);

    /// <summary>A shallow dip <paramref name="depth"/> deep: one more in the row if alike the last, else the first of a new one.</summary>
    public void Dipped(double depth)
    {
        _count = _count > 0 && RepCandidate.Alike(depth, _last, _agree) ? _count + 1 : 1;
        _last = depth;
        NewPosture = _needed > 0 && _count >= _needed;
    }

    /// <summary>The last dip (see <see cref="Dipped"/>) as the rep it is, its low point left at <paramref name="left"/>.</summary>
    public void Keep(in RepCandidate rep, long left)
    {
        LastLeft = left;
        _reps[(_count - 1) % _reps.Length] = rep;
    }

    /// <summary>The way out turned back deeper than a dip: the row is broken.</summary>
    public void Break() => _count = 0;

    /// <summary>The way out is read afresh: no row, no posture.</summary>
    public void Forget() => (_count, NewPosture) = (0, false);

    /// <summary>Nothing handed out at this sample (yet).</summary>
    public void HandNone() => _handedOut = 0;

    /// <summary>The set restarts in the new posture: its reps are handed out (<see cref="Reps"/>), the row starts afresh.</summary>
    public void HandOut()
    {
        NewPosture = false;
        _handedOut = _reps.Length > 0 ? Math.Min(_count, _reps.Length) : 0;
        _count = 0;
    }
}

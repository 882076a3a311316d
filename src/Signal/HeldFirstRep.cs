namespace HepSense.Signal;

/// <summary>
/// A set's first rep that came back on the swing's axis but not in its rotation (<see cref="SwingCounter"/>'s TurnedBack: the
/// band twisted at the top while the limb was still held up), for <see cref="SwingCounter"/>: it stays out, a hold is not a
/// rest, and its lowest point since is kept, where it came back if the band turns on the axis meanwhile or the stream ends.
/// </summary>
internal struct HeldFirstRep
{
    private long _from;                         // the held rep's start (where it left its base); -1: none
    private long _since, _minAt;                // since when it is held out, and its lowest point since
    private double _min;

    public HeldFirstRep() => _from = -1;

    /// <summary>The rep that left its base at <paramref name="baseLeft"/> is the one held.</summary>
    public readonly bool Holds(long baseLeft) => _from == baseLeft;

    /// <summary>The rep that left its base at <paramref name="baseLeft"/> is held from sample <paramref name="n"/>, at <paramref name="q"/> (along its direction), unless it already is.</summary>
    public void Hold(long baseLeft, long n, double q)
    {
        if (_from != baseLeft) (_from, _since, _min, _minAt) = (baseLeft, n, q, n);
    }

    /// <summary>The held rep is at <paramref name="q"/> (along its direction) at sample <paramref name="n"/>: its lowest point since.</summary>
    public void Follow(double q, long n)
    {
        if (q < _min) (_min, _minAt) = (q, n);
    }

    /// <summary>Where the held rep came back, if on the axis: its lowest point since (along its direction), when, and since when it was held.</summary>
    public readonly (double Min, long MinAt, long Since) CameBack => (_min, _minAt, _since);

    /// <summary>The rep came back: none is held.</summary>
    public void Release() => _from = -1;
}

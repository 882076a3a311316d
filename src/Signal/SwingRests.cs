namespace HepSense.Signal;

/// <summary>
/// Where the band rests along its axis, for <see cref="SwingCounter"/>, three ways: the lowest point along the set's
/// direction since the band last moved out by the turn margin (<see cref="LowSince"/>: a pause); while the direction is open,
/// where it has stayed within the margin (<see cref="Open"/>: a creep in a long rest); and the rests of WayOutRestS or longer
/// it left going on out (<see cref="WayOutRest"/>: getting into position before a set's first rep).
/// </summary>
internal struct SwingRests
{
    private readonly bool _anchors;             // OpenRestAnchor
    private readonly bool _notes;               // WayOutRestS > 0
    private readonly double _gap;               // SetGapS in samples
    private readonly double _restLength;        // WayOutRestS in samples
    private double _low;                        // the lowest point (along the set's direction) since the band last moved out by
    private long _lowSince;                     // the turn margin, and when it did
    private double _open;                       // while the direction is open: where the band rests, within the turn margin,
    private long _openSince;                    // and since when (Open)
    private double _rest;                       // where the band rests, within half the threshold, and since when (Note)
    private long _restFrom, _restMoved;         // (and when it last crept back: Note)
    private (double Value, long Left) _wayOutRest; // the last rest of WayOutRestS or longer, and when the band left it
    private (double Value, long Left) _restBefore; // the one before it
    private (double Value, long Left) _restBack;   // the last rest of WayOutRestS or longer the band left going back

    public SwingRests(double sampleRateHz, DetectorTuning tuning)
    {
        (_anchors, _notes) = (!(tuning.OpenRestAnchor <= 0), tuning.WayOutRestS > 0);
        (_gap, _restLength) = (tuning.SetGapS * sampleRateHz, tuning.WayOutRestS * sampleRateHz);
        (_wayOutRest, _restBefore, _restBack) = ((0, -1), (0, -1), (0, -1));
    }

    /// <summary>Since when the band has not moved out by the turn margin from its lowest point (see <see cref="FollowLow"/>).</summary>
    public readonly long LowSince => _lowSince;

    /// <summary>The band at <paramref name="p"/> at sample <paramref name="n"/>: its lowest point along <paramref name="polarity"/>, kept until it moves out by <paramref name="margin"/>.</summary>
    public void FollowLow(double p, long n, int polarity, double margin)
    {
        if (polarity * (p - _low) < 0) _low = p;
        else if (polarity * (p - _low) > margin) (_low, _lowSince) = (p, n);
    }

    /// <summary>The lowest point is sought again from <paramref name="p"/>, at sample <paramref name="n"/>.</summary>
    public void LowFrom(double p, long n) => (_low, _lowSince) = (p, n);

    /// <summary>A pause: the angle re-zeroed at <paramref name="n"/>, the band rests at 0 from there.</summary>
    public void Restart(long n)
    {
        (_low, _lowSince) = (0, n);
        (_open, _openSince) = (0, n);
    }

    /// <summary>
    /// While the direction is open (after a pause, nothing turned yet): a band that stayed within <paramref name="margin"/> of
    /// one place for SetGapS rests there, and an extreme of the tracker <paramref name="swing"/> it left over SetGapS ago was a
    /// creep in the rest (the bias learned a little off, then the leak pulling the angle back: uci-pt s2-e8-test, 0.09 rad over
    /// 30 s of an 80 s rest): the tracker forgets it and seeks it again from here (OpenRestAnchor). Else the next set's first
    /// way out was measured from the creep's low point, begun when the creep left it: over MaxHalfRepS before its top once the
    /// rest is long enough (at 1.5× tempo), and the set's first rep was no rep. A band still at its extreme keeps leaving it
    /// (within the margin), and a small movement in the rest (an in-pain heel raise under the threshold) is recent: neither is
    /// forgotten.
    /// </summary>
    public void Open(long n, double p, double margin, ref SwingTracker swing)
    {
        if (!_anchors) return;
        if (Math.Abs(p - _open) > margin) (_open, _openSince) = (p, n);
        else if (n - _openSince > _gap)
        {
            if (n - swing.MaxLeft > _gap) swing.RestartMax(p, n);
            if (n - swing.MinLeft > _gap) swing.RestartMin(p, n);
        }
    }

    /// <summary>
    /// Follows where the band rests (within half the threshold <paramref name="h"/> of one place), and keeps the last rest of
    /// WayOutRestS or longer the band left going on out along <paramref name="polarity"/>, and the one before (<see cref="WayOutRest"/>).
    /// </summary>
    public void Note(long n, double p, double h, int polarity)
    {
        if (!_notes || Math.Abs(p - _rest) <= h / 2) return;
        var rest = _restLength;
        // A band lying turned far from where it began creeps back (0.03 rad/s in a simulated heel slide's rest): a rest that
        // moves back slowly, by half the threshold a WayOutRestS at most, goes on resting where it got to.
        if (polarity * (p - _rest) < 0 && n - _restFrom >= rest && n - _restMoved >= rest)
        {
            (_rest, _restMoved) = (p, n);
            return;
        }
        // Only a rest the band left going on out (not a hold at the top); the one before is kept too, as the last may be the
        // low point before the next rep, left before its turn out is confirmed (the rest before it is the way out's).
        if (n - _restFrom >= rest && polarity * (p - _rest) > 0) (_restBefore, _wayOutRest) = (_wayOutRest, (_rest, n - 1));
        else if (n - _restFrom >= rest) _restBack = (_rest, n - 1);
        (_rest, _restFrom, _restMoved) = (p, n, n);
    }

    /// <summary>The last rest of WayOutRestS or longer the band left going back (along the set's direction), and when it left it.</summary>
    public readonly (double Value, long Left) RestLeftGoingBack => _restBack;

    /// <summary>The last rest of WayOutRestS or longer left before <paramref name="before"/>, if that is the last one; else the one before it.</summary>
    public readonly (double Value, long Left) WayOutRest(long before) => _wayOutRest.Left < before ? _wayOutRest : _restBefore;
}

namespace HepSense.Signal;

/// <summary>
/// Gyroscope only: a set's lone first movement may be getting into position (picking the weight up) rather than its first
/// rep. When its hold runs out while the next rep could still tell, only its report waits (its size counts from then, as if
/// released, or with SetUpSizeWaits for the set's floor only) until that rep shows it a set-up, to be dropped, or not, to be
/// reported alone. See <see cref="DetectorTuning.SetUpLengthShare"/> (0: it never waits) and
/// <see cref="DetectorTuning.SetUpAxisDeg"/> (0: no axis test, and then <see cref="DetectorTuning.SetUpWaitS"/> is not read).
/// </summary>
/// <remarks>
/// Lengths here run from a rep's start to its end (<see cref="RepCandidate.Span"/>), as
/// <see cref="SwingCounter.RepLengthSoFar"/> measures the rep under way, so the two compare; <see cref="RepCandidate.Length"/>
/// stops earlier for a swing rep (where it came back most of the way) and is the jolt test's.
/// </remarks>
internal sealed class SetUpWait
{
    private readonly SwingCounter _swing;
    private readonly SetStartHold _hold;
    private readonly RepMeter _meter;
    private readonly double _lengthShare, _fidgetShare, _tinyShare, _slowShare, _nextWait;   // IsSetUp, and how long the next rep may take to come
    private readonly double _setGap;                            // a first movement this long after the last rep follows a rest
    private readonly double _axisCos, _soon, _turnAroundCos;    // the axis tests
    private readonly double _largeLengthShare, _largeShare;     // MayBeLargeSetUp
    private readonly bool _sizeWaits, _withNext, _turnAround, _pausePastRest;
    private readonly bool _apartSetUp, _switchWaits;            // AfterFirstApartSetUp, AfterFirstSwitchWaits
    private readonly double _soonApart;                         // SeenApart: the next rep began at most this long before the switch
    private bool _withNextHeld;     // the first is held with the rep after it, for one more
    private bool _floorCounted;     // the waiting first's size counts for the set's floor (SwingThreshold.CountedForFloor)
    private RepCandidate _first;    // the set's first movement, while held
    private (double Turn, double Cos) _soFar;   // SoFar's last value, for the rep from _soFarStart as of _soFarSlots slots
    private long _soFarStart = -1, _soFarSlots;
    private double _knownSize;      // the size of the reps known before the first (the last set's), when it was held
    private readonly double _firstTiny; // the stream's first movement under this waits as a tiny one (FirstTinyFloors)
    private bool _anyHeld, _streamFirst;    // a movement was held before; the first is the stream's first movement
    private bool _afterRest;        // the first began over the set gap after the last rep (or before any)
    private int _since;             // the hold's set starts when it began waiting

    public SetUpWait(double sampleRateHz, DetectorTuning tuning, SwingCounter swing, SetStartHold hold, RepMeter meter)
    {
        (_swing, _hold, _meter) = (swing, hold, meter);
        _lengthShare = tuning.SetUpLengthShare;
        _fidgetShare = tuning.FidgetShare;
        _tinyShare = tuning.SetUpTinyShare;
        _slowShare = tuning.SlowSetUpShare;
        _firstTiny = tuning.FirstTinyFloors * tuning.GyroFloorRad;
        _setGap = tuning.SetGapS * sampleRateHz;
        _largeLengthShare = tuning.SetUpLargeLengthShare;
        _largeShare = tuning.SetUpLargeShare;
        _sizeWaits = tuning.SetUpSizeWaits > 0;
        _withNext = tuning.SetUpWithNext > 0;
        _turnAround = tuning.SetUpTurnAroundDeg > 0;
        _pausePastRest = tuning.PausePastRest > 0;
        (_apartSetUp, _switchWaits) = (tuning.AfterFirstApartSetUp > 0, tuning.AfterFirstSwitchWaits > 0);
        _soonApart = tuning.RecentAxisWindowS * sampleRateHz;
        _turnAroundCos = Math.Cos(tuning.SetUpTurnAroundDeg * Math.PI / 180);
        _nextWait = tuning.SetUpSizeWaits > 0 ? tuning.SetUpNextWaitS * sampleRateHz : 0;
        // Without an axis test every axis passes it, and the next rep has no time to come "soon".
        _axisCos = tuning.SetUpAxisDeg > 0 ? Math.Cos(tuning.SetUpAxisDeg * Math.PI / 180) : double.NegativeInfinity;
        _soon = tuning.SetUpAxisDeg > 0 ? tuning.SetUpWaitS * sampleRateHz : 0;
    }

    /// <summary>
    /// The first movement's hold ran out and it waits for the next rep, its size counted: for the swing threshold
    /// (<see cref="Sized"/>), or with SetUpSizeWaits for the set's floor only.
    /// </summary>
    public bool Waiting { get; private set; }

    /// <summary>The waiting first movement's size counts for the swing threshold already (see <see cref="DetectorTuning.SetUpSizeWaits"/>).</summary>
    public bool Sized { get; private set; }

    /// <summary>A pause (or a new posture) came while it waited: it was the last set's lone rep.</summary>
    public bool SetRestarted => Waiting && _hold.Starts != _since;

    /// <summary>A rep is about to be held: the first of a set is remembered.</summary>
    public void Holding(in RepCandidate rep)
    {
        if (_hold.Count == 0)
        {
            (_first, _withNextHeld, _soFarStart, _knownSize) = (rep, false, -1, _swing.Threshold.TypicalSize);
            _afterRest = _knownSize == 0 || AfterRest(rep);
            (_streamFirst, _anyHeld) = (!_anyHeld, true);
        }
    }

    /// <summary>
    /// <paramref name="rep"/>, not held (the swing path found no pause), began over the set gap after the last rep ended and
    /// is tiny next to the reps known (under SetUpTinyShare of their size): the set ended in a rest the swing path took for no
    /// pause (the band did not come back to its low point), and this movement starts the next set, to be judged by the reps
    /// after it as any set's first: a shift of the limb after the rest (uci-pt s2-e2-test at 1.5× tempo, 5° before 25° reps).
    /// </summary>
    public bool StartsNextSet(in RepCandidate rep) => AfterRest(rep) && rep.Amplitude < _tinyShare * _swing.Threshold.TypicalSize;

    /// <summary><paramref name="rep"/> began over the set gap after the last rep ended.</summary>
    private bool AfterRest(in RepCandidate rep) => rep.Start - _swing.Threshold.LastRepEnd > _setGap;

    /// <summary>The waiting first movement is reported (or was dropped): nothing waits.</summary>
    public void Stop()
    {
        Forget();
        Waiting = _withNextHeld = false;
    }

    /// <summary>The waiting first's size counted for the floor only (SetUpSizeWaits) is taken back: it is reported or dropped now.</summary>
    private void Forget()
    {
        if (_floorCounted) _swing.Threshold.Retract(floorOnly: true);
        _floorCounted = false;
    }

    /// <summary>
    /// Getting into position rather than the set's first rep: tiny next to the rep after it (under SetUpTinyShare, after a
    /// rest); or far smaller (under the hold's fidget share) and either at least SetUpLengthShare times as long or turning
    /// about another axis (more than SetUpAxisDeg away: a reach to the floor turns about the hip and shoulder, the reps about
    /// the joint they work); or not alike it and far slower (<see cref="RepCandidate.FarSlower"/>, SlowSetUpShare). A real
    /// first rep that is small (a partial one) takes about as long as the next, about the same axis.
    /// </summary>
    public bool IsSetUp(in RepCandidate next) =>
        Tiny(next.Amplitude)
        || FarSmaller(next.Amplitude) && (_first.Span >= _lengthShare * next.Span || Math.Abs(TurnCos(_first, next)) < _axisCos)
        || _first.FarSlower(next.Turned, next.Span, _slowShare, _lengthShare)
        || SeenApart(next);

    /// <summary>
    /// The axis had to restart apart from the first's ring after it ended to see the reps (AfterFirstApart), and
    /// <paramref name="next"/>, begun at most a recent window before that, turned about an axis more than SetUpTurnAroundDeg
    /// from the first's, whatever its size or way: the first was getting into position (a pick-up before rows or lunges), as a
    /// swing the other way about such an axis shows (<see cref="TurnedBackAsSetUp"/>), which the new axis no longer reads as
    /// the other way (AfterFirstApartSetUp).
    /// </summary>
    private bool SeenApart(in RepCandidate next) =>
        _apartSetUp && _turnAround && _swing.AfterFirstApartAt >= _first.End && next.Start >= _swing.AfterFirstApartAt - _soonApart
        && Math.Abs(TurnCos(_first, next)) < _turnAroundCos;

    /// <summary>
    /// The set's lone first movement, held or waiting, was followed by a swing the other way past where it began
    /// (<see cref="SwingCounter.TurnedAgainst"/>) about an axis more than SetUpAxisDeg from its own: it was getting into
    /// position (a reach to the floor before rows or lateral raises, which turn the other way about another joint). Dropped.
    /// </summary>
    public bool TurnedBackAsSetUp(long n)
    {
        if (!(_turnAround && _swing.TurnedAgainst && _hold.SetStarting && _hold.Count == 1)) return false;
        if (Math.Abs(TurnCos(_first, _first with { Start = _swing.AgainstFrom, End = n })) >= _turnAroundCos) return false;
        if (Waiting) Drop();
        else _hold.Drop();
        return true;
    }

    /// <summary>
    /// At sample <paramref name="n"/>, where a pause is due: the set's lone first movement, held or waiting, is followed by a swing
    /// the other way still under way (<see cref="SwingCounter.SwingingAgainst"/>) about an axis more than SetUpTurnAroundDeg from
    /// its own. When that swing turns back, it may show the first was getting into position (<see cref="TurnedBackAsSetUp"/>: a
    /// pick-up before lateral raises or triceps extensions, which then swing the other way), so it is no rest yet: a pause at its
    /// top would re-zero there, release the first as the last set's lone rep and count the set from top to top (PausePastRest).
    /// About the first's own axis such a swing is the set's first rep after a fidget or a partial rep, and the pause stays.
    /// </summary>
    public bool AgainstMayTell(long n) =>
        _pausePastRest && _turnAround && _hold.SetStarting && _hold.Count == 1 && _swing.SwingingAgainst(n)
        && Math.Abs(SoFar(_swing.AgainstFrom, n).Cos) < _turnAroundCos;

    /// <summary>
    /// A swing the other way is under way (<see cref="SwingCounter.GoingAgainst"/>), for at most as long as the first lasted:
    /// when it turns back, its axis can tell whether the first was getting into position (<see cref="TurnedBackAsSetUp"/>).
    /// </summary>
    private bool AgainstCanTell(long n) => _turnAround && _swing.GoingAgainst && n - _swing.AgainstFrom <= _first.Span;

    /// <summary>Picking the weight up: forgotten, its size too.</summary>
    public void Drop()
    {
        Waiting = false;
        _hold.Drop();
        if (Sized) _swing.Threshold.Retract();
        Forget();
    }

    /// <summary>
    /// Far larger than the next rep (over 1 / FidgetShare times) and at least SetUpLargeLengthShare times as long, or over
    /// SetUpLargeShare times as large whatever its length (slow lunges after the reach to the floor): the first may be getting
    /// into position before smaller reps; it should stay held with the next until one more comes.
    /// </summary>
    public bool MayBeLargeSetUp(in RepCandidate next) =>
        _withNext && _largeLengthShare > 0 && _first.FarLarger(next.Amplitude, next.Span, _fidgetShare, _largeLengthShare, _largeShare);

    /// <summary>The first stays held with the next rep (see <see cref="MayBeLargeSetUp"/>): it no longer waits alone.</summary>
    public void HoldWithNext()
    {
        if (Sized) _swing.Threshold.Retract();
        Forget();
        Waiting = false;
        _withNextHeld = true;
    }

    /// <summary>
    /// The hold is due at sample <paramref name="n"/>: true while the lone first movement should keep waiting (or was just
    /// dropped), false when the hold should be released. It waits while the next rep could still prove it a set-up: by its
    /// length while the rep under way has lasted at most 1 / SetUpLengthShare of the first's, by its axis while it comes soon
    /// or while it swings the other way (<see cref="AgainstCanTell"/>, and with PausePastRest as long as such a swing about another
    /// axis is still moving, <see cref="AgainstMayTell"/>: a slow row's way out); with SetUpSizeWaits, for SetUpNextWaitS after its end
    /// in any case (a rep far smaller may need that long to come and be seen: lunges after the reach to the floor).
    /// </summary>
    public bool Holds(long n)
    {
        // Held with the rep after it (MayBeLargeSetUp): the hold waits for one more as long as the rep under way could still
        // be a rep far shorter than the first, as the one before it was, and (SetUpNextWaitS) as long as the first waited.
        if (_withNextHeld && _hold.Count == 2)
            return _swing.UnderWay && _swing.RepLengthSoFar(n) * _largeLengthShare <= _first.Span || n - _hold.LastEnd <= _nextWait;
        if (!(_lengthShare > 0 && _hold.Count == 1
            && (_swing.UnderWay && _swing.RepLengthSoFar(n) * _lengthShare <= _first.Span
                || AxisCanTell(n) || AgainstCanTell(n) || AgainstMayTell(n) || TinyCanTell(n) || n - WaitsFrom <= _nextWait)))
            return false;
        if (Waiting)
        {
            if (_soon > 0 && _swing.SwungOut(out var start, out var size) && start >= JudgedFrom) return JudgedAtTop(n, start, size);
            // Not swung out yet: a slow rep's way out is found only at its top, a hold later. (Not before the next rep is
            // under way: its start is then the last base, as far back as the stream's start.)
            if (StreamFirstTiny && _swing.UnderWay && TinyCanTell(n) && Tiny(SoFar(n - _swing.RepLengthSoFar(n), n).Turn)) Drop();
            return true;
        }
        // Only its report waits: its size counts from now, as if it had been released; or (SetUpSizeWaits) only for the set's
        // floor, so that a set-up's size does not hide the smaller reps that could prove it one, while a physio set's small
        // reps after it keep the floor of a set under way.
        Waiting = true;
        _since = _hold.Starts;
        Sized = !_sizeWaits;
        _swing.Threshold.BeginSet(_hold.FirstStart);
        if (Sized) _swing.Threshold.CountedForNow(_first);
        else
        {
            _swing.Threshold.CountedForFloor(_first);
            _floorCounted = true;
        }
        return true;
    }

    /// <summary>
    /// A swing out that began from here on may be the next rep, judged at its top: after the first's end, and (AfterFirstApartSetUp)
    /// after the axis restarted apart from the first's: before, its start and size were read on the old axis.
    /// </summary>
    private long JudgedFrom => _apartSetUp ? Math.Max(_first.End, _swing.AfterFirstApartAt) : _first.End;

    /// <summary>
    /// Where the wait for the next rep counts from: the first's end, or (AfterFirstSwitchWaits) when the axis later restarted from
    /// what the band did since, about another axis: the reps about it are seen only from then.
    /// </summary>
    private long WaitsFrom => _switchWaits ? Math.Max(_first.End, _swing.AfterFirstApartAt) : _first.End;

    /// <summary>
    /// The next rep has reached its top: its size and axis are known, so the waiting first movement is dropped as a set-up
    /// (true: tiny next to it, or far smaller about another axis), or released now (false), unless its length may still
    /// prove it a set-up when the rep ends (true: it waits).
    /// </summary>
    private bool JudgedAtTop(long n, long start, double size)
    {
        if (Tiny(size) || FarSmaller(size) && Math.Abs(SoFar(start, n).Cos) < _axisCos)
        {
            Drop();
            return true;
        }
        if (!(StreamFirstTiny && TinyCanTell(n))) return _swing.RepLengthSoFar(n) * _lengthShare <= _first.Span;
        // The stream's first: the swing's size is refreshed only at its turns, while a slow rep's way out still rises; how far
        // the band has turned since the rep began tells sooner.
        if (Tiny(SoFar(start, n).Turn)) Drop();
        return true;
    }

    /// <summary>
    /// The first, beginning a set after a rest (over the set gap since the last rep, or before any), is under SetUpTinyShare
    /// of <paramref name="size"/>. After a mere pause a small movement may be one of the set's reps (as the set's last may be).
    /// </summary>
    private bool Tiny(double size) => _afterRest && _first.Amplitude < _tinyShare * size;

    /// <summary>The first is under the hold's fidget share of <paramref name="size"/>.</summary>
    private bool FarSmaller(double size) => _first.Amplitude < _fidgetShare * size;

    /// <summary>
    /// The first is tiny next to the reps known before it (the last set's), and the next rep began soon (within SetUpWaitS of
    /// its end) and has lasted at most as long: once it swings out over 1 / SetUpTinyShare of the first, the first was a shift
    /// of the limb (<see cref="JudgedAtTop"/>). A slow rep reaches that size seconds after it began. The stream's small first
    /// (<see cref="StreamFirstTiny"/>) waits for the next rep to begin within the set gap: nothing before it says how soon
    /// the set starts (a slow patient gets ready slowly), and only that one movement's report waits. A pause found meanwhile
    /// still releases it (<see cref="SetRestarted"/>).
    /// </summary>
    private bool TinyCanTell(long n)
    {
        var streamFirst = StreamFirstTiny;
        if (streamFirst && !_swing.UnderWay) return n - _first.End <= _setGap;
        var (within, length) = (streamFirst ? _setGap : _soon, _swing.RepLengthSoFar(n));
        return (streamFirst || Tiny(_knownSize)) && _swing.UnderWay && n - length - _first.End <= within && length <= _first.Span;
    }

    /// <summary>
    /// The first is the stream's first movement, nothing known before it but the swing floor, and under FirstTinyFloors times
    /// that floor: it waits as one tiny next to the reps known does (<see cref="TinyCanTell"/>), and is judged by how far the
    /// band has turned since the next rep began (a slow rep's swing is sized only at its top, after its hold).
    /// </summary>
    private bool StreamFirstTiny => _streamFirst && _first.Amplitude < _firstTiny;

    /// <summary>
    /// The next rep, if it comes soon (begins within SetUpWaitS of the first's end, and lasts at most as long), can still tell
    /// by its axis whether the lone first movement was getting into position.
    /// </summary>
    private bool AxisCanTell(long n) =>
        _soon > 0 && (_swing.UnderWay ? n - _swing.RepLengthSoFar(n) - _first.End <= _soon && _swing.RepLengthSoFar(n) <= _soon
            : n - _first.End <= _soon);

    /// <summary>
    /// The rep under way from <paramref name="start"/> to the current sample <paramref name="n"/>: how far the band has turned
    /// (rad), and <see cref="TurnCos"/> of the first and it. Read again only once RepMeter has closed another slot (it judges
    /// at every sample of the wait; the turn reads closed slots only).
    /// </summary>
    private (double Turn, double Cos) SoFar(long start, long n)
    {
        if (start != _soFarStart || _meter.SlotsClosed != _soFarSlots)
        {
            var (x, y, z) = _meter.TurnVector(start, n);
            _soFar = (Math.Sqrt(x * x + y * y + z * z), Cos(_meter.TurnVector(_first.Start, _first.End), (x, y, z)));
            (_soFarStart, _soFarSlots) = (start, _meter.SlotsClosed);
        }
        return _soFar;
    }

    /// <summary>
    /// How alike the axes two movements turned about are: the cosine of the angle between their turns (signed; a rep counted
    /// from its top turns the other way).
    /// </summary>
    private double TurnCos(in RepCandidate a, in RepCandidate b) =>
        Cos(_meter.TurnVector(a.Start, a.End), _meter.TurnVector(b.Start, b.End));

    private static double Cos((double X, double Y, double Z) a, (double X, double Y, double Z) b)
    {
        var (ax, ay, az) = a;
        var (bx, by, bz) = b;
        var norms = Math.Sqrt((ax * ax + ay * ay + az * az) * (bx * bx + by * by + bz * bz));
        return norms > 0 ? (ax * bx + ay * by + az * bz) / norms : 1;
    }
}

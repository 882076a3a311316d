namespace HepSense.Signal;

/// <summary>
/// Counts reps with a gyroscope. It finds the axis the band moves about (principal axis of the band-passed angular rate)
/// and follows the rotation since rest along it: the position. A rep is an excursion of the position away from where it
/// rested and back: a swing out past <see cref="SwingThreshold"/>, then a swing back most of the way. The direction of
/// the excursion is taken from the first swing after a pause, so reps with a hold at the top, a counter-movement, or no
/// pause at all count once each.
/// </summary>
/// <remarks>
/// The detector calls, per sample and in this order, <see cref="Follow"/>, <see cref="RepEnded"/> and
/// <see cref="FollowWayBack"/>: the set-start hold sees a rep that ended before the set's direction is judged, and the
/// other paths look at <see cref="Counting"/> in between.
/// </remarks>
internal sealed class SwingCounter
{
    private readonly DetectorTuning _t;
    private readonly double _fs;
    private readonly RepMeter _meter;
    private readonly SwingAxis _axes;           // which axis the band swings about
    private readonly PrincipalAxis _axis;       // the one held (the same object, read often)
    private readonly RotationSinceRest _rotation;
    private SwingTracker _swing;
    private int _polarity;                      // +1 / -1: direction of the excursion; 0 after a pause
    private double _base;                       // where the current rep started from
    private long _baseLeft, _baseAt;
    private bool _armed;                        // swung out, waiting for the way back
    private double _apex, _amplitude;
    private long _apexAt, _apexLeft;
    private bool _pending;                      // came back: waiting to see where it settles
    private long _afterGait = long.MinValue / 4;   // where the gait gate last dropped a stride (the walk may have ended)
    private long _n;                            // the sample followed last
    private double _pendingMin;
    private long _pendingMinAt, _pendingSince;
    private int _candidates;                    // reps seen since the last pause, counted or not
    private long _lastExtreme;
    private AlikeDips _dips;                    // shallow dips alike in a row on this way out: a new posture
    private (double Value, long Arrived, long Left) _top;   // the last top on this way out, highest or not
    private RepCandidate _ended;
    private HeldFirstRep _held = new();         // a set's first rep come back on the axis, not in its rotation (TurnedBack)
    private long _rezeroAt;                     // when the angle was last re-zeroed (the rotation's origin)
    private Excursion? _abandoned;              // the way out a deep dip ended before it came back (AbandonedMerge), if any
    // The way out RestAgainst took for getting into position, while that is unsure, and the first rep against it: where it
    // turned (Low), how far from the rest (Swing).
    private (Excursion Way, double Low, double Swing)? _wayIn;
    private SwingRests _rests;
    private double _slowJump;                   // what slow-axis adoptions since the last re-zero moved the projection by (SlowSwitchContinuous)

    public SwingCounter(double sampleRateHz, DetectorTuning tuning, RepMeter meter)
    {
        (_t, _fs, _meter) = (tuning, sampleRateHz, meter);
        _rotation = new RotationSinceRest(sampleRateHz, tuning);
        _axes = new SwingAxis(sampleRateHz, tuning, meter, _rotation);
        _axis = _axes.Axis;
        Threshold = new SwingThreshold(sampleRateHz, tuning, _axis, _rotation);
        _rests = new SwingRests(sampleRateHz, tuning);
        _dips = new AlikeDips(tuning);
    }

    /// <summary>
    /// The reps about a new posture that revealed it (see <see cref="FollowWayBack"/>), in order, when the set has just
    /// restarted there; else empty. Valid until the next sample.
    /// </summary>
    public ReadOnlySpan<RepCandidate> PostureReps => _dips.Reps;

    public SwingThreshold Threshold { get; }

    /// <summary>Where the band is along its axis (rad) as of the last sample; re-zeroed at a pause.</summary>
    public double Position { get; private set; }

    /// <summary>When the axis last restarted on a line apart from the first's ring; else -1 (see <see cref="SwingAxis.AfterFirstApartAt"/>).</summary>
    public long AfterFirstApartAt => _axes.AfterFirstApartAt;

    /// <summary>The rep <see cref="RepEnded"/> or <see cref="Flush"/> found.</summary>
    public ref readonly RepCandidate Ended => ref _ended;

    /// <summary>A rep is under way: swung out, or come back and waiting to settle.</summary>
    public bool Counting => _armed || _pending;

    /// <summary>
    /// The gait gate dropped a stride: it was counted for the threshold and set the set's direction, but it ended no set and
    /// began none. The threshold forgets it as the last rep's end, and the next rest at the base (ForgetGaitRestS, within SetGapS)
    /// forgets the strides' size and opens the set's direction as a pause does: the set walked to is judged as one begun
    /// standing still (its first way out from a posture, RepFromRest / RestAgainst), not as the strides' next rep (its first
    /// rep read as a way back, lost).
    /// </summary>
    public void ForgetGait()
    {
        if (_t.ForgetGait <= 0) return;
        Threshold.ForgetEnd();
        _afterGait = _n;
    }

    /// <summary>A rep has swung out past the threshold and not yet come back: where it began, and how far it has swung.</summary>
    public bool SwungOut(out long start, out double amplitude)
    {
        (start, amplitude) = (_baseLeft, _amplitude);
        return _armed;
    }

    /// <summary>A rep is under way or has begun: counting, or on the way out since the band turned from its low point.</summary>
    public bool UnderWay => Counting || (_polarity != 0 && _swing.Direction == _polarity);

    /// <summary>How long the rep under way (see <see cref="UnderWay"/>) has lasted at sample <paramref name="n"/>: until it came back, once it has.</summary>
    public long RepLengthSoFar(long n) => (_pending ? _pendingMinAt : n) - _baseLeft;

    public void Settle(in ImuSample s)
    {
        _axes.Settle(in s);
        _swing.Reset(0, 0);
    }

    /// <summary>Follows the band to sample <paramref name="n"/>: its position along the axis, and the threshold.</summary>
    public void Follow(long n, in ImuSample s)
    {
        _n = n;
        var change = _axes.Follow(n, in s, _candidates == 1 && !_armed && !_pending, _armed, _candidates, _apexAt, Threshold.Value);
        if (change != SwingAxis.Switch.None) AxisSwitched(n, change);
        _meter.Turned(_rotation.X, _rotation.Y, _rotation.Z, _axis);
        Position = _axis.Project(_rotation.X, _rotation.Y, _rotation.Z) - _slowJump;
        Threshold.Update(n, Position);
    }

    /// <summary>
    /// The axis just switched (<paramref name="n"/>) to another motion's (<paramref name="change"/>): positions read before and
    /// after no longer compare, so a way out kept for <see cref="MergeAbandoned"/> is forgotten (and one whose dip began at the
    /// switch is not kept: uci-pt s1-e7-test, the slow axis adopted 11 s into a rest moved the position 0.2 rad, a "dip" 0.24 of
    /// the way out before it); the rep under way is rebased or read again on the new axis.
    /// </summary>
    private void AxisSwitched(long n, SwingAxis.Switch change)
    {
        _abandoned = null;
        switch (change)
        {
            // Switched to the recent window's on a way out: the set's first way out was getting into position, or a rep held
            // out is read again on the new axis.
            case SwingAxis.Switch.Recent:
                if (_t.SwitchRebase > 0 && _candidates == 0) Rebase(n);
                else Reproject(n);
                break;
            case SwingAxis.Switch.ApartFromHeld:
                Rebase(n);
                break;
            case SwingAxis.Switch.ApartFromFirst:
                // The turns seen on the old axis no longer tell a rest (AfterFirstSwitchWaits).
                if (_t.AfterFirstSwitchWaits > 0) _lastExtreme = n;
                break;
            case SwingAxis.Switch.Slow:
                // Between reps of a set whose direction is known, the adoption is no movement: the position carries on from
                // where it was. Not while the direction is open (uci-pt s1-e4-test's low block then found its phase from the
                // jump), nor with a rep out or come back (s1-e7-test's idle after a block, held out, ends on the jump).
                if (!Reproject(n) && _t.SlowSwitchContinuous > 0 && _polarity != 0 && !Counting)
                    _slowJump = _axis.Project(_rotation.X, _rotation.Y, _rotation.Z) - Position;
                break;
        }
    }

    /// <summary>
    /// Follows the swing's turns; true when a rep ended at this sample (the one that came back settled, or the next one
    /// began) and is a movement, not a jolt.
    /// </summary>
    public bool RepEnded(long n)
    {
        var (p, h) = (Position, Threshold.Value);
        var ended = false;
        if (_pending)
        {
            var q = _polarity * p;
            if (q < _pendingMin) { _pendingMin = q; _pendingMinAt = n; }
            if ((q > _pendingMin + h / 2 || n - _pendingMinAt > _t.SettleS * _fs || n - _pendingSince > _t.MaxEndWaitS * _fs)
                && !RestAgainst(n, _polarity * _pendingMin, _pendingMinAt, n, turned: false, h))
                ended = Emit();
        }

        TurnedAgainst = false;
        _rests.Note(n, p, h, _polarity);
        var extreme = _swing.Add(p, n, h);
        if (extreme == 0) return ended;
        _lastExtreme = n;
        if (_polarity == 0) _polarity = -extreme;
        // The band turned on the axis while a way back that came back on it but not in its rotation waited: it moves on (a
        // rhythm about another axis after lying back on the bench), it does not hold; the rep came back where the axis said.
        if (HeldOut) CameBackOnTheAxis();
        if (extreme == _polarity)
        {
            var (apex, arrived, left) = extreme > 0 ? (_swing.Max, _swing.MaxArrived, _swing.MaxLeft) : (_swing.Min, _swing.MinArrived, _swing.MinLeft);
            // After a shallow dip (still armed) the top is the higher of the two, held until the band left the second.
            _top = (apex, arrived, left);
            if (_armed && _polarity * (apex - _apex) < 0) _apexLeft = left;
            else (_apex, _apexAt, _apexLeft) = (apex, arrived, left);
            _amplitude = Math.Abs(_apex - _base);
            _armed = _apexAt - _baseLeft <= _t.MaxHalfRepS * _fs;
        }
        // Turned back out: the rep before it (if any) has ended, and this is the next one's start; unless it was a shallow
        // dip on the way out (a hesitation, a counter-movement at the top): still the same rep, from the same start. The dip
        // is measured from the top just before it, not the highest: after a large turn the integration's leak drifts the
        // band back, so each rep about a new posture would dip deeper below the highest top than the last (see DipFromTop).
        else if (_armed && DipFromTop(extreme) is var dip && dip < _t.DipShare * _amplitude)
        {
            // Dips alike in a row are not hesitations but reps about a new posture the way out led to (a weight taken to the
            // shoulders or the chest): the way out never comes back.
            _dips.Dipped(dip);
            if (_dips.KeepsReps) KeepDip(extreme);
        }
        else if (_armed && TurnedFrom(extreme) is var (low, lowArrived, lowLeft) && RestAgainst(n, low, lowArrived, lowLeft, turned: true, h))
            _dips.Break();
        else
        {
            _dips.Break();
            // The set's first movement came back and settled, and the band now turned back from a swing the other way, by
            // more than the threshold from where the first settled and past where it began (see TurnedAgainst). Not a way
            // back that ran on past the start (still pending): a rep need not end where it began.
            var beyond = _polarity * (extreme > 0 ? _swing.Max : _swing.Min);
            TurnedAgainst = PastFirstStart(beyond, h);
            if (!_pending && RepFromRest(extreme, h)) ended = Emit();
            if (_pending) ended = Emit();
            KeepAbandoned(extreme);
            _armed = false;
            (_base, _baseAt, _baseLeft) = extreme > 0 ? (_swing.Max, _swing.MaxAt, _swing.MaxLeft) : (_swing.Min, _swing.MinAt, _swing.MinLeft);
        }
        return ended;
    }

    /// <summary>
    /// How deep the band dipped from the top just before the low point the turn back out (<paramref name="extreme"/>) just
    /// confirmed, along the set's direction, less what of it the band did not make (<see cref="DriftOver"/>): about a posture far
    /// from where the band last rested, the leak pulls the band back a little more each rep, and each dip would read deeper
    /// than the rep made it.
    /// </summary>
    private double DipFromTop(int extreme) => _polarity * (_top.Value - (extreme > 0 ? _swing.Max : _swing.Min)) - DriftOver(extreme);

    /// <summary>
    /// How much of the dip from the top just before it to its low point (confirmed by the turn back out, <paramref name="extreme"/>)
    /// the band did not make: the leak's drift back towards where it last rested, and the top read lower on the axis as it
    /// turned since (from the lift's towards the reps'), both along the set's direction. Never deeper: early in a set the axis
    /// still settling can read a top higher, and a hesitation on a physio rep's way out would become two reps (uci-pt s2-e5).
    /// </summary>
    private double DriftOver(int extreme)
    {
        var lowAt = extreme > 0 ? _swing.MaxAt : _swing.MinAt;
        var leak = _t.DipLeakShare > 0 ? Math.Max(0, _polarity * _rotation.Leaked(_top.Value, lowAt - _top.Left)) : 0;
        var far = _polarity * _top.Value > _t.DipAxisFarShare * _amplitude;
        var axis = _t.DipAxisShare > 0 && far ? Math.Max(0, _polarity * _meter.AxisDrift(_top.Left, _axis)) : 0;
        return _t.DipLeakShare * leak + _t.DipAxisShare * axis;
    }

    /// <summary>
    /// At the last sample the band turned back from a swing the other way after the set's first movement came back, well past
    /// where that movement began (by more than the threshold): if the first was getting into position, this swing is the
    /// set's first rep, seen from its far end (see <see cref="TurnAround"/>). Only <see cref="RepEnded"/> sets it.
    /// </summary>
    public bool TurnedAgainst { get; private set; }

    /// <summary>
    /// On a swing the other way (see <see cref="TurnedAgainst"/>) that has not turned back yet: already more than the threshold
    /// past where the set's first movement began and where it settled.
    /// </summary>
    public bool GoingAgainst => PastFirstStart(_polarity * Position, Threshold.Value);

    /// <summary>
    /// The set's first movement came back and nothing is under way since, and <paramref name="q"/> (a point along the set's
    /// direction) lies more than <paramref name="h"/> past both where that movement began and where it settled.
    /// </summary>
    private bool PastFirstStart(double q, double h) =>
        !_armed && !_pending && _candidates == 1 && q < Math.Min(_pendingMin, _polarity * _base) - h;

    /// <summary>Where the swing the other way (<see cref="TurnedAgainst"/>) began: where the first movement came back to.</summary>
    public long AgainstFrom => _pendingMinAt;

    /// <summary>
    /// The set's first movement was getting into position and is dropped: the set's direction is the other way, and the swing
    /// that just turned back (<see cref="TurnedAgainst"/>) is its first rep's way out, from where the first came back to.
    /// </summary>
    public void TurnAround()
    {
        var rest = _polarity * _pendingMin;
        _polarity = -_polarity;
        SwingFrom(rest, _pendingMinAt, _pendingMinAt, _base, _polarity > 0 ? _swing.MaxArrived : _swing.MinArrived, _baseLeft);
        (_armed, _pending, _candidates, TurnedAgainst) = (true, false, 0, false);
    }

    /// <summary>
    /// Where the way back has got to, once <paramref name="hold"/> has seen the rep that ended (if any): past the set's
    /// start (the set's first swing was a fidget; judged while <paramref name="setStarting"/>), most of the way (the rep is
    /// in, waiting to settle), or at rest (a pause, unless <paramref name="setUp"/> holds it: see <see cref="SetUpWait.AgainstMayTell"/>).
    /// </summary>
    public void FollowWayBack(long n, SetStartHold hold, SetUpWait setUp, bool setStarting)
    {
        _dips.HandNone();
        if (_dips.NewPosture)
        {
            RestartInPosture(n, hold);
            return;
        }
        var (p, h) = (Position, Threshold.Value);
        if (!hold.SetStarting || _candidates > 1) _wayIn = null;
        else if (_wayIn is not null && !_armed && WentBackIn(n, p, hold, setUp)) return;
        // The set's first swing went one way, and the way "back" now runs well past where it started: that swing was a
        // fidget before the set (or the set starts from the other end), not a rep. Its direction is not the set's.
        if (setStarting && _candidates == 1 && !_armed && _t.OvershootShare > 0
            && _polarity * (_base - p) > Math.Max(h, _t.OvershootShare * _amplitude) && PastAbandonedStart(p, h))
        {
            // Drop it if it is still pending or held (held, it is the last: a first movement that may be a set-up can wait
            // before it, see SetUpWait.MayBeLargeSetUp).
            _pending = false;
            _abandoned = null;
            hold.DropFrom(_baseLeft);
            _polarity = -_polarity;
            (_base, _baseAt, _baseLeft) = (_apex, _apexAt, _apexLeft);
            _candidates = 0;
        }

        if (_armed && _polarity * (p - _base) <= (1 - _t.ReturnShare) * _amplitude)
        {
            if (TurnedBack()) ComingBack(_polarity * p, n, n);
            else _held.Hold(_baseLeft, n, _polarity * p);
        }
        if (HeldOut) _held.Follow(_polarity * p, n);

        var margin = SwingTracker.MarginShare * h;
        if (RestedAfterGait(n)) StartAfresh(n, hold);
        if (_polarity == 0) _rests.Open(n, p, margin, ref _swing);
        _rests.FollowLow(p, n, _polarity, margin);
        if (Paused(n, p, margin) && !setUp.AgainstMayTell(n)) StartAfresh(n, hold);
    }

    /// <summary>
    /// The first rest at the base for ForgetGaitRestS within SetGapS of the last stride dropped (<see cref="ForgetGait"/>): the
    /// walk is over, the strides' size is forgotten, and the set starts afresh if their direction still holds (once only: a later
    /// rest is the set's own). If the band got into position between the strides and that rest (<see cref="MovedToPosture"/>),
    /// the axis window forgets the strides and that turn too (ForgetGaitAxis).
    /// </summary>
    private bool RestedAfterGait(long n)
    {
        if (n - _afterGait > _t.SetGapS * _fs || _armed || _pending || n - _rests.LowSince <= _t.ForgetGaitRestS * _fs) return false;
        var gaitAt = _afterGait;
        _afterGait = long.MinValue / 4;
        Threshold.Forget();
        if (_t.ForgetGaitAxis > 0 && MovedToPosture(gaitAt, _rests.LowSince)) _axes.ForgetWindow();
        return _polarity != 0;
    }

    /// <summary>
    /// The band turned a new posture's worth (WayOutRestMinRad) from <paramref name="from"/> (the last stride dropped) to
    /// <paramref name="to"/> (the rest after it): it got into position (lay down, sat, turned the arm out) before resting, and the
    /// axis window holds that turn, not the set's (ForgetGaitAxis).
    /// </summary>
    private bool MovedToPosture(long from, long to)
    {
        var (x, y, z) = _meter.TurnVector(from, to);
        return x * x + y * y + z * z > _t.WayOutRestMinRad * _t.WayOutRestMinRad;
    }

    /// <summary>
    /// On a swing the other way (<see cref="GoingAgainst"/>) and still moving at sample <paramref name="n"/>: the band got to where
    /// it is now under PolarityResetS ago (it turns only at its far end, so no turn was confirmed since the first's top).
    /// </summary>
    public bool SwingingAgainst(long n) =>
        _swing.Direction != _polarity && GoingAgainst
        && n - (_swing.Direction < 0 ? _swing.MinArrived : _swing.MaxArrived) <= _t.PolarityResetS * _fs;

    /// <summary>
    /// A pause (resting at the base, not holding at the top) at sample <paramref name="n"/>, the band at <paramref name="p"/>:
    /// the next movement may go either way. Resting means still near the lowest point since the last turn (within
    /// <paramref name="margin"/>): a slow start of the next rep is not a pause (re-zeroed there, its way out would be taken for
    /// the way back). Or not having moved out by the margin for as long: the band settled a little above that low point after
    /// the way back (a few degrees) and stayed, and the leak's slow creep back to where the angle was zeroed (or a threshold
    /// fading over a long rest) would later read as a way out. At the base, or on a way out too small to be held at its top
    /// (<see cref="ShortWayOut"/>).
    /// </summary>
    private bool Paused(long n, double p, double margin) =>
        !_armed && !_pending && _polarity != 0 && n - _lastExtreme > _t.PolarityResetS * _fs
        && ((_swing.Direction < 0 ? p - _swing.Min : _swing.Max - p) < margin || n - _rests.LowSince > _t.PolarityResetS * _fs)
        && (_swing.Direction != _polarity || ShortWayOut(n, p) || StillOut(n, p) || BackAtRest(n));

    /// <summary>
    /// On a way out, nothing turned for BackAtRestRepShare of the set's typical rep (at least PauseOutRestS), and the band's
    /// gravity is back within BackAtRestDeg of where the last rep came back to: it rests, whatever the position says. A
    /// kick against the set's direction between blocks (uci-pt s1-e2-test, 147 s) leaves the swing's base at the kick's far
    /// end, and the rest after it, the thigh back where the set's reps rest, reads as a way out held 13 s; the next block's
    /// first rep was then read from the kick and lost. A rep held at its top is away from where the last one came back.
    /// </summary>
    private bool BackAtRest(long n) =>
        _t.BackAtRestRepShare > 0 && Threshold.TypicalLength > 0
        && n - _lastExtreme > Math.Max(_t.PauseOutRestS * _fs, _t.BackAtRestRepShare * Threshold.TypicalLength)
        && _meter.Remembers(Threshold.LastRepEnd)
        && Directions.AngleDeg(_meter.DirectionAt(Threshold.LastRepEnd), _meter.DirectionAt(n)) < _t.BackAtRestDeg;

    /// <summary>
    /// On a way out from a top (the set's base lies over the threshold from where the angle was zeroed, against the set's
    /// direction), the band at <paramref name="p"/> (sample <paramref name="n"/>) has not turned for PauseOutRestS, has been
    /// steady for TopRestSteadyS and is under TopRestShare of the set's typical rep from that top: it rests where it got to,
    /// whatever it tilted (see <see cref="DetectorTuning.TopRestShare"/>).
    /// </summary>
    private bool StillOut(long n, double p) =>
        _t.TopRestShare > 0 && n - _lastExtreme > _t.PauseOutRestS * _fs && _rotation.SteadyFor > _t.TopRestSteadyS * _fs
        && _polarity * (p - _base) < _t.TopRestShare * Threshold.TypicalSize && -_polarity * _base > Threshold.Value;

    /// <summary>
    /// When the set's first swing began at a dip on a way out that never came back (kept for <see cref="MergeAbandoned"/>),
    /// <paramref name="p"/> also lies past where that way out began, against the set's direction, by OvershootAbandonedShare of
    /// <paramref name="h"/>; else true. A way back that stays on the way out's side of its start has not run past the set's
    /// start, however far past the swing's own (uci-pt s2-e5-template, s2-e4-test: a hesitation or a wobble in the hold ended
    /// the first way out, and the swing after it began part way out). Not the angle's origin: where a pause was found at a
    /// hold's top (uci-pt s1-e7-test), the overshoot is what turns the set's direction right.
    /// </summary>
    private bool PastAbandonedStart(double p, double h) =>
        _t.OvershootAbandonedShare <= 0 || _abandoned is not { } a || _polarity * (a.Base - p) > _t.OvershootAbandonedShare * h;

    /// <summary>
    /// On a way out, the band at <paramref name="p"/> (sample <paramref name="n"/>) has gone out under PauseOutShare of the set's
    /// typical rep from where it turned, its gravity direction within PauseTiltDeg of where it was there, and nothing turned for
    /// PauseOutRestS: it rests, it does not hold at a top. A hold follows a way out as large as the set's reps, or one that
    /// tilted the band (a low-amplitude leg raise held 5 s tilts it 4–6°), and a press lying on the bench, which tilts nothing,
    /// is not held twice a pause's length. Whether a small wobble in the rest between blocks turned the tracker "out" by the
    /// threshold hinges on a hair (uci-pt s2-e4-test: 0.189 against 0.183 at one refresh period, tilt 0.1°); the 20 s rest
    /// after it then never read as a pause.
    /// </summary>
    private bool ShortWayOut(long n, double p) =>
        n - _lastExtreme > _t.PauseOutRestS * _fs && _polarity * (p - _base) < _t.PauseOutShare * Threshold.TypicalSize
        && Directions.AngleDeg(_meter.DirectionAt(_baseAt), _meter.DirectionAt(n)) < _t.PauseTiltDeg;

    /// <summary>A pause or a new posture: the set starts at <paramref name="n"/>, its direction open, the angle re-zeroed.</summary>
    private void StartAfresh(long n, SetStartHold hold)
    {
        _abandoned = null;
        _polarity = 0;
        hold.StartSet();
        _candidates = 0;
        Rezero(n);
        _swing.Reset(0, n);
        _rests.Restart(n);
    }

    /// <summary>The angle starts afresh from here; the slow axis's mean moves with it, so the jump is not taken for a turn.</summary>
    private void Rezero(long n)
    {
        _axes.Rezero();
        Position = _slowJump = 0;
        _rezeroAt = n;
    }

    /// <summary>
    /// The band rests in a new posture and makes its reps about it: as after a pause, the set starts afresh from here (its
    /// direction open, the angle re-zeroed); the way out that led here was getting into position, not a rep.
    /// </summary>
    private void RestartInPosture(long n, SetStartHold hold)
    {
        _dips.HandOut();
        _armed = _pending = false;
        // The turn back out that revealed the posture is the next rep's way out, from the last dip's low point: the set's rest
        // is where its reps start, so that rep starts there, not here part way out (it would be counted top to top after).
        var (polarity, p) = (_polarity, Position);
        var (low, lowAt, lowLeft) = polarity > 0 ? (_swing.Min, _swing.MinAt, _swing.MinLeft) : (_swing.Max, _swing.MaxAt, _swing.MaxLeft);
        StartAfresh(n, hold);
        if (_t.PostureFromDip <= 0) return;
        _polarity = polarity;
        (_base, _baseAt, _baseLeft) = (low - p, lowAt, lowLeft);
        _swing.Direction = polarity;
        if (polarity > 0) (_swing.Min, _swing.MinAt, _swing.MinLeft, _swing.MinArrived) = (low - p, lowAt, lowLeft, lowAt);
        else (_swing.Max, _swing.MaxAt, _swing.MaxLeft, _swing.MaxArrived) = (low - p, lowAt, lowLeft, lowAt);
        _lastExtreme = n;
    }

    /// <summary>
    /// The rep under way is taken to have swung out from <paramref name="b"/> (left at <paramref name="bLeft"/>) to the top
    /// <paramref name="apex"/> (arrived at <paramref name="apexAt"/>, left at <paramref name="apexLeft"/>): its base, apex, last
    /// top and amplitude. A way out kept for <see cref="MergeAbandoned"/> no longer leads to it.
    /// </summary>
    private void SwingFrom(double b, long bAt, long bLeft, double apex, long apexAt, long apexLeft)
    {
        _abandoned = null;
        (_base, _baseAt, _baseLeft) = (b, bAt, bLeft);
        (_apex, _apexAt, _apexLeft) = (apex, apexAt, apexLeft);
        _top = (apex, apexAt, apexLeft);
        _amplitude = Math.Abs(apex - b);
    }

    /// <summary>
    /// The axis just switched to the recent window's on the set's first way out (<paramref name="n"/>): when the band swung
    /// along the new axis by more than the threshold within that window, the way out that led here was getting into
    /// position (lying back on the bench), not a rep; the rep under way began at the window's start, about the new axis, and
    /// is followed from there as if that axis had been known (else the first press, half over or over by now, is lost inside
    /// the lie-back's "way back").
    /// </summary>
    private void Rebase(long n)
    {
        var h = Threshold.Value;
        // Over the window that switched the axis (always looking farther back finds the lie-back's own tail), not before its
        // top; twice as far when the swing found began at the window's edge (a slow press's way out began before it).
        var window = (long)(_t.RecentAxisWindowS * _fs);
        var from = Math.Max(_apexAt, n - window);
        var (direction, b, bAt, apex, apexAt) = _meter.SwingAlong(from, n, _axis, h);
        if (direction != 0 && bAt < from + _fs / 5 && from > _apexAt)
            (direction, b, bAt, apex, apexAt) = _meter.SwingAlong(Math.Max(_apexAt, n - 2 * window), n, _axis, h);
        if (direction == 0) return;
        var p = _axis.Project(_rotation.X, _rotation.Y, _rotation.Z);
        _slowJump = 0;
        _polarity = direction;
        SwingFrom(b, bAt, bAt, apex, apexAt, apexAt);
        (_armed, _pending) = (true, false);
        _dips.Forget();
        _lastExtreme = n;
        _rests.LowFrom(p, n);
        // The tracker seeks the way back's low point once the band came back by the threshold, else still the top.
        _swing.Reset(p, n);
        if (_polarity * (apex - p) > h) _swing.Direction = -_polarity;
        else
        {
            _swing.Direction = _polarity;
            if (_polarity > 0) (_swing.Max, _swing.MaxAt, _swing.MaxLeft, _swing.MaxArrived) = (Math.Max(apex, p), apexAt, n, apexAt);
            else (_swing.Min, _swing.MinAt, _swing.MinLeft, _swing.MinArrived) = (Math.Min(apex, p), apexAt, n, apexAt);
        }
    }

    /// <summary>
    /// Whether the band's rotation, not only its position on the axis, came back: along the turn from where the set's first
    /// rep began to its top, it is back to at most <see cref="DetectorTuning.TurnedBackShare"/> of it. A slow first rep's rise,
    /// read on an axis still its own, can seem to come back when the band twists at the top while the limb is still held up
    /// (uci-pt's prone hip extensions); the hold then read as a rest, and the set was counted from top to top. Until it comes
    /// back, the rep stays out (a hold is not a rest), unless the band turns on the axis meanwhile (see <see cref="RepEnded"/>).
    /// </summary>
    private bool TurnedBack()
    {
        // Only the set's first rep (later ones are read on an axis their set found), and not a way back that ran on past the
        // start as far as a way back makes (a fidget the other way, which OvershootShare then drops).
        if (_t.TurnedBackShare <= 0 || _candidates > 0 || _baseLeft < _rezeroAt
            || _polarity * (_base - Position) > Math.Max(Threshold.Value, _t.ReturnShare * _amplitude)) return true;
        var r = _meter.RotationAt(_baseLeft);
        var a = _meter.RotationAt(_apexAt);
        double fx = a.X - r.X, fy = a.Y - r.Y, fz = a.Z - r.Z;
        var along = (_rotation.X - r.X) * fx + (_rotation.Y - r.Y) * fy + (_rotation.Z - r.Z) * fz;
        return along <= _t.TurnedBackShare * (fx * fx + fy * fy + fz * fz);
    }

    /// <summary>
    /// The axis just switched (<paramref name="n"/>) while a set's first rep is held out, come back on the old axis but not in
    /// its rotation (see <see cref="TurnedBack"/>): its start and top are read again on the new axis (the start's rotation, and
    /// the farthest the band turned from there), which takes the side along which the rep went out; the tracker then seeks
    /// the way back from here. On the old axis's side (70° away in uci-pt s1-e5-test), the held top read as past the start
    /// and the way back as the next way out. Only then: any rep out at a switch (an idle stretch read as a way out between
    /// uci-pt s1-e7-test's blocks) merged its blocks into one set counted from top to top.
    /// </summary>
    private bool Reproject(long n)
    {
        if (!HeldOut || _t.SwitchReproject <= 0 || _baseLeft < _rezeroAt) return false;
        var r = _meter.RotationAt(_baseLeft);
        var (fx, fy, fz) = _meter.TurnVector(_baseLeft, n);
        var b = _axis.Project(r.X, r.Y, r.Z);
        var swing = _axis.Project(fx, fy, fz);
        if (Math.Abs(swing) <= Threshold.Value) return false;
        if (_polarity * swing < 0) { _axis.Flip(); (b, swing) = (-b, -swing); }
        var p = _axis.Project(_rotation.X, _rotation.Y, _rotation.Z);
        SwingFrom(b, _baseAt, _baseLeft, b + swing, _apexAt, _apexLeft);
        _swing.Reset(p, n);
        _swing.Direction = -_polarity;
        _rests.LowFrom(p, n);
        _slowJump = 0;
        return true;
    }

    /// <summary>
    /// A shallow dip on the way out, just confirmed by the turn back out (<paramref name="extreme"/>), as the rep it is if
    /// the band turns out to rest in a new posture: from where it left the dip before (or, the run's first, about as long
    /// before the top as the way back took), out to the last top and back to the dip's low point.
    /// </summary>
    private void KeepDip(int extreme)
    {
        var (low, lowAt, lowLeft) = extreme > 0 ? (_swing.Max, _swing.MaxAt, _swing.MaxLeft) : (_swing.Min, _swing.MinAt, _swing.MinLeft);
        var start = _dips.Count > 1 ? _dips.LastLeft : Math.Max(_baseLeft, _top.Arrived - (lowAt - _top.Left));
        var apexAt = Math.Clamp(_top.Arrived, start, lowAt);
        _dips.Keep(Measured(start, start, apexAt, Math.Clamp(_top.Left, apexAt, lowAt), lowAt, _polarity * (_top.Value - low)), lowLeft);
    }

    /// <summary>
    /// A swing rep of <paramref name="size"/> (rad) from <paramref name="start"/> to <paramref name="end"/>, its peak speed and
    /// range measured from <paramref name="measureFrom"/>, its clarity by how far it cleared the threshold.
    /// </summary>
    private RepCandidate Measured(long measureFrom, long start, long apexAt, long apexLeft, long end, double size)
    {
        var peakSpeed = _meter.PeakSpeedDps(measureFrom, end);
        var rom = _meter.RangeDeg(measureFrom, end, size * 180 / Math.PI, _axis, _t.AxisTurnedDeg);
        var clarity = Math.Clamp((size / Threshold.Value - 1) / 3, 0, 1);
        return new RepCandidate(start, apexAt, apexLeft, end, size, clarity, rom, peakSpeed);
    }

    /// <summary>
    /// End of stream: the rep still coming back, if any (it ends where it has got to); a rep that came back on the axis but not
    /// in its rotation (see <see cref="TurnedBack"/>) came back where the axis said, as when the band moves on.
    /// </summary>
    public bool Flush()
    {
        if (HeldOut) CameBackOnTheAxis();
        return _pending && Emit();
    }

    /// <summary>The set's first rep came back on the axis but not in its rotation, and waits (see <see cref="TurnedBack"/>).</summary>
    private bool HeldOut => _armed && _held.Holds(_baseLeft);

    /// <summary>The rep held out (see <see cref="TurnedBack"/>) came back where the axis said: at its lowest point since.</summary>
    private void CameBackOnTheAxis()
    {
        var (min, minAt, since) = _held.CameBack;
        ComingBack(min, minAt, since);
    }

    /// <summary>The way back is under way (since <paramref name="since"/>), lowest so far <paramref name="min"/> (along the polarity) at <paramref name="minAt"/>.</summary>
    private void ComingBack(double min, long minAt, long since)
    {
        (_armed, _pending) = (false, true);
        _held.Release();
        _candidates++;
        (_pendingMin, _pendingMinAt, _pendingSince) = (min, minAt, since);
    }

    /// <summary>After the end of stream, once the other paths have flushed: the next movement starts afresh at <paramref name="n"/>.</summary>
    public void Restart(long n)
    {
        _armed = false;
        _polarity = 0;
        _swing.Reset(Position, n);
    }

    /// <summary>A way out from its base to its apex (times as the counter keeps them).</summary>
    private readonly record struct Excursion(double Base, long BaseAt, long BaseLeft, double Apex, long ApexAt, long ApexLeft);

    /// <summary>
    /// The band turned back out (<paramref name="extreme"/>) from a dip too deep for a hesitation (or from the way back's low
    /// point): if a way out was under way (armed, not come back) and the dip was under AbandonedDipShare of it (deep, but far
    /// from coming back), it is kept (AbandonedMerge > 0), from the earliest such start and to the highest top, in case the way
    /// back after the next top comes back from it too (see <see cref="MergeAbandoned"/>); else nothing is kept.
    /// </summary>
    private void KeepAbandoned(int extreme)
    {
        if (!_armed || _t.AbandonedMerge <= 0 || _axes.SwitchedAt >= _top.Left || DipFromTop(extreme) >= _t.AbandonedDipShare * _amplitude)
        {
            _abandoned = null;
            return;
        }
        var a = _abandoned ?? new Excursion(_base, _baseAt, _baseLeft, _apex, _apexAt, _apexLeft);
        if (_polarity * (_apex - a.Apex) > 0) a = a with { Apex = _apex, ApexAt = _apexAt, ApexLeft = _apexLeft };
        _abandoned = a;
    }

    /// <summary>
    /// The rep that came back began at a dip on a way out that never came back (kept by <see cref="KeepAbandoned"/>): when its
    /// way back came back from that way out's start too (by ReturnShare of the larger swing), it was one rep with a deep dip
    /// (a wobble in the hold at the top, a hesitation), not a rep begun part way out: it runs from that start to the higher top.
    /// Whether the dip read as deep hinges on where the axis was last re-estimated (uci-pt s2-e5-template, s2-e4-test); this
    /// does not. The way out alone was never counted either way; what changes is the rep's start and size, which the set's
    /// direction (OvershootShare), the jolt test and the set-start hold judge.
    /// </summary>
    private void MergeAbandoned()
    {
        if (_abandoned is not { } a) return;
        _abandoned = null;   // kept only for this rep, whether it merges or not
        var (apex, apexAt, apexLeft) = _polarity * (a.Apex - _apex) > 0 ? (a.Apex, a.ApexAt, a.ApexLeft) : (_apex, _apexAt, _apexLeft);
        var amplitude = Math.Abs(apex - a.Base);
        if (_pendingMin - _polarity * a.Base <= (1 - _t.ReturnShare) * amplitude) SwingFrom(a.Base, a.BaseAt, a.BaseLeft, apex, apexAt, apexLeft);
    }

    /// <summary>
    /// The band just turned back out (<paramref name="extreme"/>) from a low point on the set's first way out (since the angle was
    /// last re-zeroed, over SetGapS after the last rep or before any), which never came back from where it began, and on that way
    /// out it rested (WayOutRestS) a new posture's turn past its start (WayOutRestMinRad, and the threshold) before going on to
    /// the top: when the way back came back from that rest by ReturnShare of the rest-to-top swing, the way out to the rest was
    /// getting into position (lying down, sitting: the band stays turned) and the rest-to-top swing is the set's first rep, now
    /// come back. Else the rep read as a deep dip on one long way out and was lost (a lying or seated set's first rep).
    /// </summary>
    private bool RepFromRest(int extreme, double h)
    {
        var (rest, left) = _rests.WayOutRest(_apexAt);
        if (_t.WayOutRestS <= 0 || !_armed || _candidates > 0 || _baseLeft < _rezeroAt || left <= _baseLeft || left >= _apexAt) return false;
        // Before a set, not right after one: getting up and walking away rests too, and its first stride would be a rep.
        if (Threshold.TypicalSize > 0 && _baseLeft - Threshold.LastRepEnd <= _t.SetGapS * _fs) return false;
        var (low, lowAt) = extreme > 0 ? (_swing.Max, _swing.MaxAt) : (_swing.Min, _swing.MinAt);
        var swing = _polarity * (_apex - rest);
        if (_polarity * (rest - _base) <= Math.Max(h, _t.WayOutRestMinRad) || swing <= h || _polarity * (_apex - low) < _t.ReturnShare * swing) return false;
        SwingFrom(rest, left, left, _apex, _apexAt, _apexLeft);
        ComingBack(_polarity * low, lowAt, lowAt);
        return true;
    }

    /// <summary>
    /// The set's first way out (since the angle was last re-zeroed, over SetGapS after the last rep or before any) rested at its
    /// top (WayOutRestS) a new posture's turn past where it began (WayOutRestMinRad, and the threshold), left that rest going
    /// back, and the way back stopped as far from where the way out began, at <paramref name="low"/> (arrived at
    /// <paramref name="lowArrived"/>, left at <paramref name="lowLeft"/>), by more than the threshold from the rest: the band
    /// either turned back out from there (<paramref name="turned"/>: a dip too deep for a hesitation) or settled there (the way
    /// back came back by ReturnShare), and the way out turned the band slowly (RestAgainstMaxDps). The way out was getting into position (lying down, sitting: the band stays turned), not a
    /// rep's, and does not set the set's direction: the way back is the set's first rep's way out, the other way (a straight-leg
    /// raise or a side-lying hip abduction after lying down turns the band back towards standing), from the rest. Else the set
    /// was counted from its other end: the first rep read as lying down's way back (lost), the reps counted from their tops, and
    /// getting up after the set as the last rep's way back (RestAgainstTurn; 0: off).
    /// </summary>
    private bool RestAgainst(long n, double low, long lowArrived, long lowLeft, bool turned, double h)
    {
        if (_t.RestAgainstTurn <= 0 || _t.WayOutRestS <= 0 || _candidates != (turned ? 0 : 1) || _baseLeft < _rezeroAt) return false;
        if (Threshold.TypicalSize > 0 && _baseLeft - Threshold.LastRepEnd <= _t.SetGapS * _fs) return false;
        var (rest, left) = _rests.RestLeftGoingBack;
        var far = Math.Max(h, _t.WayOutRestMinRad);
        // Only a way out that rested nowhere on the way (a rest part way out is RepFromRest's: the reps go on out from there).
        if (left < _apexAt || left >= lowArrived || _rests.WayOutRest(left).Left > _baseLeft || _polarity * (rest - _base) <= far
            || _polarity * (low - _base) <= far || _polarity * (rest - low) <= h
            || _meter.PeakSpeedDps(_baseAt, left) > _t.RestAgainstMaxDps) return false;
        // The set starts at the rest: the angle is re-zeroed here (by the low point), else the leak pulling a band lying far
        // out back towards standing would cut each way back short of the ReturnShare it must make, the set's direction now
        // being against it.
        var p = Position;
        _wayIn = (new Excursion(_base - p, _baseAt, _baseLeft, _apex - p, _apexAt, _apexLeft), low - p, Math.Abs(rest - low));
        _polarity = -_polarity;
        Rezero(n);
        SwingFrom(rest - p, left, left, low - p, lowArrived, lowLeft);
        (_armed, _pending, _candidates) = (lowArrived - left <= _t.MaxHalfRepS * _fs, false, 0);
        _swing.Reset(0, n);
        _rests.Restart(n);
        // Turned: the tracker seeks the way back's end; else the band is still at the rep's top, which the tracker seeks.
        _swing.Direction = turned ? -_polarity : _polarity;
        if (turned) return true;
        if (_polarity > 0) (_swing.Max, _swing.MaxAt, _swing.MaxLeft, _swing.MaxArrived) = (low - p, lowArrived, n, lowArrived);
        else (_swing.Min, _swing.MinAt, _swing.MinLeft, _swing.MinArrived) = (low - p, lowArrived, n, lowArrived);
        return true;
    }

    /// <summary>
    /// After <see cref="RestAgainst"/> took the set's first way out for getting into position, the set's first rep came back and
    /// the band, at <paramref name="p"/> (sample <paramref name="n"/>), now goes on back to where that way out began (within ReturnShare of it), still at the
    /// set's start, past where that rep turned by more than its own swing (and the threshold; the leak alone drifts the next
    /// reps' turns a little farther): the way out was the set's first rep after all, held at its top, and the "rep" against it a wobble in that
    /// hold. The set's direction is the way out's again, the wobble (held, not yet counted) is dropped and the way out comes back.
    /// </summary>
    private bool WentBackIn(long n, double p, SetStartHold hold, SetUpWait setUp)
    {
        if (_wayIn is not (var w, var low, var swing) || -_polarity * (p - w.Base) > (1 - _t.ReturnShare) * Math.Abs(w.Apex - w.Base)
            || _polarity * (p - low) <= Math.Max(Threshold.Value, swing)) return false;
        _wayIn = null;
        if (setUp.Waiting) setUp.Drop();
        else hold.DropFrom(w.ApexLeft);
        _pending = false;
        _polarity = -_polarity;
        SwingFrom(w.Base, w.BaseAt, w.BaseLeft, w.Apex, w.ApexAt, w.ApexLeft);
        _candidates = 0;
        ComingBack(_polarity * p, n, n);
        return true;
    }

    /// <summary>The extreme the turn <paramref name="extreme"/> just confirmed: where, when the band arrived there and when it left.</summary>
    private (double Value, long Arrived, long Left) TurnedFrom(int extreme) =>
        extreme > 0 ? (_swing.Max, _swing.MaxArrived, _swing.MaxLeft) : (_swing.Min, _swing.MinArrived, _swing.MinLeft);

    /// <summary>The rep that came back: false if it was too short or a jolt.</summary>
    private bool Emit()
    {
        _pending = false;
        MergeAbandoned();
        if (_candidates == 1)
        {
            _axes.FirstEnded(_pendingMinAt, Threshold.TypicalSize == 0 || _baseLeft - Threshold.LastRepEnd > _t.SetGapS * _fs);
        }
        _ended = Measured(_baseAt, _baseLeft, _apexAt, Math.Max(_apexAt, Math.Min(_apexLeft, _pendingMinAt)), _pendingMinAt, _amplitude)
            with { Length = _pendingSince - _baseLeft };
        // Shorter than any movement anyone can repeat, or far shorter and smaller than the set's reps: a jolt.
        return _ended.Span >= _t.MinRepS * _fs && !Threshold.IsJolt(_ended);
    }
}


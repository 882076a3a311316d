using System.Runtime.Intrinsics;

namespace HepSense.Signal;

/// <summary>
/// Counts the reps of the dominant motion in a 3-axis accelerometer signal (no gyroscope): the acceleration,
/// band-passed to the rep band (this removes gravity's constant part and the jitter of the hand), projected on
/// its principal axis, with a hysteresis of a share of the recent RMS. Band-passed, a rep is a lobe one way (the
/// way out) and a lobe the other way (the way back), whatever the motion: a tilt out and back, or a push whose
/// acceleration and braking show the same two lobes. Which sign is the way out depends on the mounting and the
/// exercise, so each set's first rep decides it (its first lobe must be about as large as its second: a smaller
/// one is settling into position; a first cycle far smaller than the next lobe against it, or smaller and far gentler, was a
/// fidget, and that lobe decides anew) and the rest of the set is counted in that order. Counting in one fixed
/// order lost the first or last rep of a set, depending on which way the band was worn.
/// </summary>
internal sealed class CycleCounter
{
    private readonly CountedBand _band;          // the counted signal: its edges follow slow reps and the period
    private readonly VectorFilter _wide;         // the period's own band, wide enough for fast reps
    private readonly VectorFilter _periodHigh;   // the period's high-pass: fixed, so the period does not follow its own edge
    private readonly PrincipalAxis _axis;
    private StreamClock _refresh;              // when the axis is next re-estimated
    private readonly double _decay, _floor, _share;
    private readonly long _minCycle;
    private double _meanSquare, _previous;
    private enum Phase { Idle, Out, Back }      // between reps, on the way out, on the way back
    private Phase _phase;
    private int _polarity;        // the set's direction of the way out (+1, −1), 0 until its first rep decides
    private int _out;             // sign of the way out of the rep in progress
    private double _outPeak, _backPeak;
    private long _zeroAt, _start, _outPeakAt, _backPeakAt, _countedAt, _lastEnd, _activeAt;
    private readonly long _directionReset;
    private readonly double _resetRepLengths;    // the direction reset, in last rep lengths
    private readonly double _leadShare, _joltShare;
    private readonly double _redecideShare, _redecideSlowShare, _redecideSpeedShare;
    private double _decider;      // the larger lobe of the cycle that just fixed the set's direction (0: the direction stands)
    private double _deciderSpeed; // ...and its peak tilt speed (°/s; only with CycleRedecideSlowShare)
    private readonly long _maxEndWait;
    private readonly PeriodEstimator _period;
    private readonly double _fs, _minCycleShare, _minStrength;
    private readonly double _defaultHighHz, _highPerRep, _highMinHz, _highMaxHz;
    private readonly double _lowPerRep, _lowMaxHz;
    private long _lastLength;     // samples from the last counted rep's start to its end
    private long _outAt;          // where the way out in progress crossed the threshold
    private readonly bool _pushTilt;   // CyclePushTilt
    private readonly bool _pushHeldFrom;   // CyclePushHeldFrom
    private long _pushFrom = -1;  // where the lobe a set's first cycle gave up (Reopen) began (-1: none)
    private readonly RepMeter? _tiltMeter;   // the tilt for the tilt rules (null when they are off)
    private readonly double _tiltMin, _tiltShare, _fragmentShare;
    private readonly long _tiltSettle;   // shortest cycle whose tilt the gravity estimate follows
    private double _lastTilt;     // how far the last counted rep tilted the band, start to its way back (degrees; 0: unknown)
    private double _priorTilt;    // ...and the one before it, in the same set (0: none)
    private readonly long _tempoRest;
    private readonly FirstCycleSplit _split;
    private readonly RepMeter? _meter;       // the tilt, for the posture steps whatever the tilt rules
    private readonly PostureSteps? _steps;    // the band's changes of posture...
    private readonly StepEcho? _echo;         // ...and the counted band's answer to them, subtracted
    private readonly double _stepTiltShare, _stepAloneDeg, _stepCycleShare;
    private readonly long _stepEndBefore, _stepLead;
    private const double StepArrived = 0.9;     // share of the way to the new posture where the band has arrived
    private (long Onset, (double X, double Y, double Z) From, (double X, double Y, double Z) To)? _setUp;   // the last set-up step...
    private long _setUpSlot;      // ...the last slot checked for the band coming back from it
    private readonly (double Tilt, long End)[] _recent = new (double, long)[3];   // the last counted reps' tilts (degrees), in any set
    private readonly double _wayBackShare, _wayBackTilt;   // a held rep's way back (CycleWayBackShare; 0: off)
    private readonly double _stepShare, _stepMinDeg;       // what turn is a step (LeastStep), for WayBack and HeldAtEnd
    private readonly long _heldMin, _restLook;   // the least hold before a way back; how far back a rep's rest is sought
    private long _heldFrom = -1;  // where the last counted rep began (-1: none, or its way back already found)
    private long _repCountedAt;   // where the last counted rep's way back crossed the threshold (CycleWayBackGap)
    private readonly bool _wayBackGap;   // CycleWayBackGap
    private int _awayReps;   // reps counted in the set so far, each ended away from where the set began (0: one did not)
    private (double X, double Y, double Z)? _setFrom;   // where the set's first counted rep began (its stillest posture before it)
    private readonly bool _setWayBack;   // a set counted from its held tops: its last let-down is no rep (CycleSetWayBack)
    private int _setReps;    // reps counted in the set so far (CycleTopsLeaveShare)
    private bool _tops;      // the set is counted from its tops: its 2nd cycle came back through its rest and left again
    private readonly double _topsLeaveShare, _topsDownShare;   // CycleTopsLeaveShare, CycleTopsDownShare (0: off)
    private readonly long _endHeld;   // a way out held this long at the stream's end is no rep (CycleEndHeldS; 0: off)...
    private readonly double _endHeldMinDeg;   // ...when it turned the band at least this far (CycleEndHeldMinDeg)
    private const double EndHeldShare = 0.2;   // share of the step within which the band is still where it went
    private const double TopShare = 0.8;       // share of its farthest from the rest where a cycle that began at the top began
    private readonly RepTemplate? _template;   // the set's rep shape (null while no rule asks for it)
    private readonly double _lowBackShare, _lowBackTilt;   // a way back under the threshold (CycleLowBackShare; 0: off)
    private double _lowBack;      // the peak of such a way back in progress (0: none)
    private long _lowBackAt;
    private readonly double _repeatFloor, _repeatShare, _repeatStrength;   // a set that repeats under the floor (CycleRepeatFloorMs2; 0: off)
    private bool _repeating;      // the set repeats: its period known at CycleRepeatStrength, and since at PeriodMinStrength
    private readonly double[]? _ring;   // the counted band's last samples (u, v, w), for a set's first cycle re-read (CycleRereadS)
    private readonly long _ringLength;
    private readonly double _rereadBack, _rereadMinDeg;   // CycleRereadBackShare, CycleRereadMinDeg
    private readonly long _rereadMinLength;   // CycleRereadMinS
    private long _foundAt = -1;   // where the axis was first found (-1: not yet)
    private FirstRead? _firstRead;   // the cycle in progress was re-read on the found axis (Reread): what it was as first read
    /// <summary>
    /// A set's first cycle as first read, before Reread: where its way out crossed the threshold, the last way back did, it began,
    /// and the lobe its Reopen would give up began (-1: none).
    /// </summary>
    private readonly record struct FirstRead(long OutAt, long CountedAt, long Start, long PushFrom);
    private const double HighStep = 1.25;   // the counted band's edge moves by at most this factor per estimate
    internal const double Gravity = 9.81;   // m/s²: a change of the gravity direction as the acceleration sees it

    /// <param name="meter">The band's tilt, when it follows the same samples (accelerometer only): see <see cref="Fragment"/>.</param>
    public CycleCounter(double sampleRateHz, DetectorTuning tuning, RepMeter? meter = null)
    {
        _tiltMeter = tuning.CycleTiltMinDeg > 0 && (tuning.CycleTiltShare > 0 || tuning.CycleFragmentShare > 0) ? meter : null;
        (_tiltMin, _tiltShare, _fragmentShare) = (tuning.CycleTiltMinDeg, tuning.CycleTiltShare, tuning.CycleFragmentShare);
        _tiltSettle = (long)(tuning.CycleFragmentMinLength / tuning.GravityLowPassHz * sampleRateHz);
        (_lowPerRep, _lowMaxHz) = (tuning.CycleLowPerRep, tuning.CycleLowMaxHz);
        _periodHigh = new VectorFilter(Butterworth.HighPass(2, tuning.PeriodLowHz, sampleRateHz));
        _highMaxHz = Math.Min(tuning.CycleHighMaxHz, 0.4 * sampleRateHz);
        (_defaultHighHz, _highPerRep, _highMinHz) = (Math.Min(tuning.CycleHighHz, _highMaxHz), tuning.CycleHighPerRep, tuning.CycleHighMinHz);
        _band = new CountedBand(tuning.CycleLowHz, _defaultHighHz, sampleRateHz);
        _wide = new VectorFilter(Butterworth.LowPass(2, Math.Min(tuning.PeriodHighHz, 0.4 * sampleRateHz), sampleRateHz));
        _axis = new PrincipalAxis(sampleRateHz, tuning.CycleAxisWindowS, tuning.AccelAxisMinMs2 / 3);
        _refresh = new StreamClock(tuning.AxisRefreshS, sampleRateHz);
        _decay = Math.Exp(-1 / (tuning.CycleRmsWindowS * sampleRateHz));
        _floor = tuning.CycleFloorMs2;
        (_repeatFloor, _repeatShare, _repeatStrength) = (meter is null ? 0 : tuning.CycleRepeatFloorMs2, tuning.CycleRepeatShare, tuning.CycleRepeatStrength);
        _share = tuning.CycleShare;
        _minCycle = (long)(tuning.MinRepS / 2 * sampleRateHz);
        _maxEndWait = (long)(tuning.SettleS * 4 * sampleRateHz);
        _period = new PeriodEstimator(sampleRateHz, tuning.PeriodMinS, tuning.PeriodMaxS, tuning.PeriodMemoryS, tuning.SubPeriodShare, tuning.GapPeriodShare);
        (_fs, _minCycleShare, _minStrength) = (sampleRateHz, tuning.MinCycleShare, tuning.PeriodMinStrength);
        (_directionReset, _leadShare, _joltShare) = ((long)(tuning.CycleDirectionResetS * sampleRateHz), tuning.CycleLeadShare, tuning.CycleJoltShare);
        _resetRepLengths = tuning.CycleDirectionResetRepLengths;
        _redecideShare = tuning.CycleRedecideShare;
        (_redecideSlowShare, _redecideSpeedShare) = (meter is null ? 0 : tuning.CycleRedecideSlowShare, tuning.CycleRedecideSpeedShare);
        _countedAt = long.MinValue / 2;
        _tempoRest = (long)(tuning.CycleTempoRestS * sampleRateHz);
        _meter = meter;
        if (meter is not null && tuning.CycleStepDeg > 0)
            (_steps, _echo, _stepTiltShare, _stepAloneDeg) = (new PostureSteps(meter, tuning),
                new StepEcho(_band.LowHz, _band.HighHz, sampleRateHz, tuning.CycleStepQuietS, tuning.CycleStepBridgeS), tuning.CycleStepTiltShare, tuning.CycleStepAloneDeg);
        (_stepCycleShare, _stepEndBefore, _stepLead) = (tuning.CycleStepCycleShare, (long)tuning.CycleStepSlotsBefore * (meter?.SlotSamples ?? 0),
            (long)(tuning.CycleStepLeadS * sampleRateHz));
        (_wayBackShare, _wayBackTilt) = (meter is null ? 0 : tuning.CycleWayBackShare, tuning.CycleWayBackTiltShare);
        (_stepShare, _stepMinDeg) = (tuning.CycleHeldStepShare, tuning.CycleHeldStepMinDeg);
        (_heldMin, _restLook) = ((long)(tuning.CycleHeldMinS * sampleRateHz), (long)(tuning.MergedRepRestLookS * sampleRateHz));
        _endHeld = meter is null ? 0 : (long)(tuning.CycleEndHeldS * sampleRateHz);
        (_setWayBack, _endHeldMinDeg) = (tuning.CycleSetWayBack > 0, tuning.CycleEndHeldMinDeg);
        (_topsLeaveShare, _topsDownShare) = (meter is null ? 0 : tuning.CycleTopsLeaveShare, tuning.CycleTopsDownShare);
        _pushTilt = meter is not null && tuning.CyclePushTilt > 0;
        _pushHeldFrom = _pushTilt && tuning.CyclePushHeldFrom > 0;
        _wayBackGap = tuning.CycleWayBackGap > 0;
        (_lowBackShare, _lowBackTilt) = (meter is null ? 0 : tuning.CycleLowBackShare, tuning.CycleLowBackTiltShare);
        if (meter is not null && tuning.CycleRereadS > 0)
        {
            _ringLength = Math.Max(1, (long)(tuning.CycleRereadS * sampleRateHz));
            _ring = new double[3 * _ringLength];
        }
        (_rereadBack, _rereadMinDeg) = (tuning.CycleRereadBackShare, tuning.CycleRereadMinDeg);
        _rereadMinLength = (long)(tuning.CycleRereadMinS * sampleRateHz);
        // Only the set-end hold reads the shape, on the accelerometer-only path (the one with a meter): the gyroscope's
        // translation counter would keep it for nothing, every sample.
        if (meter is not null && tuning.CycleSetDownShapeShare > 0)
            _template = new RepTemplate((long)(tuning.CycleShapeRingS * sampleRateHz), (long)(tuning.SetGapS * sampleRateHz));
        // Cycles longer than the default edge's period pass the counted band whole: only faster ones need splitting.
        _split = new FirstCycleSplit(2 * _minCycle, (long)(sampleRateHz / _defaultHighHz), tuning.CycleSplitShare, tuning.AgreeShare);
    }

    public double Position { get; private set; }
    public double Threshold { get; private set; }
    /// <summary>
    /// The last counted rep, in a set counted from its tops, ended near where the set began (<see cref="TopsDown"/>): it may be the
    /// set's last let-down, no rep unless the set goes on.
    /// </summary>
    public bool LetDown { get; private set; }
    /// <summary>
    /// Where the last counted rep's tilt is read from: its start, or (CyclePushTilt) for a set's first cycle begun at its second
    /// lobe, where the lobe it gave up began (<see cref="Reopen"/>).
    /// </summary>
    public long TiltFrom(long start) => _pushFrom >= 0 && _pushFrom < start && start == _start ? _pushFrom : start;
    /// <summary>Where the last counted rep's first lobe (the way out) peaked.</summary>
    public long ApexAt { get; private set; }
    /// <summary>Peak-to-peak size of the last counted rep (m/s²).</summary>
    public double Amplitude { get; private set; }
    /// <summary>How alike the last counted rep's shape is to the set's last cycles (<see cref="RepTemplate"/>; NaN: not known).</summary>
    public double Likeness { get; private set; } = double.NaN;

    /// <summary>The set's period (s; 0 while unknown) and its autocorrelation (diagnostics).</summary>
    public double PeriodS => _period.PeriodS;
    public double PeriodStrength => _period.Strength;

    public void Settle(in ImuSample s)
    {
        _band.High.Settle(s.Ax, s.Ay, s.Az);
        _periodHigh.Settle(s.Ax, s.Ay, s.Az);
    }

    /// <summary>
    /// End of stream: a rep still to report, if any (it ends at the last sample). Call until false: the fast reps a set's
    /// first cycle held come out one per sample, and the stream may end before they all did.
    /// </summary>
    public bool Flush(long last, out long start, out double depth)
    {
        if (SplitNext(out start, out depth)) return true;
        (start, depth) = (_start, _outPeak / Threshold);
        if (_phase != Phase.Back || HeldAtEnd(last) || !Complete(last)) return false;
        LetDown = TopsDown(last);
        (_phase, _lastEnd) = (Phase.Idle, last);
        Likeness = _template?.Likeness(start, last) ?? double.NaN;
        return true;
    }

    /// <summary>
    /// Adds sample n; true when it completes a rep, which began at <paramref name="start"/> (or when it is the turn of the
    /// next fast rep a set's first cycle held: one per sample).
    /// </summary>
    public bool Add(long n, in ImuSample s, out long start, out double depth) =>
        Count(n, in s, out start, out depth) || SplitNext(out start, out depth);

    /// <summary>The next fast rep a set's first cycle held; its shape is the merged cycle's, not its own.</summary>
    private bool SplitNext(out long start, out double depth)
    {
        if (!_split.Next(out start, out depth)) return false;
        Likeness = double.NaN;
        return true;
    }

    private bool Count(long n, in ImuSample s, out long start, out double depth)
    {
        if (_steps is not null && _steps.Add(out var onset, out var from, out var to) && SetUpStep(onset, from, to))
        {
            _echo!.Step(n, onset, Gravity * (to.X - from.X), Gravity * (to.Y - from.Y), Gravity * (to.Z - from.Z));
            (_setUp, _setUpSlot) = ((onset, from, to), _meter!.SlotsClosed);
        }
        else if (_setUp is var (_, back, there) && _meter!.SlotsClosed is var closed && closed > _setUpSlot)
        {
            // The band came back nearer the old posture: the turn was a rep held (at the top), not a set-up.
            _setUpSlot = closed;
            if (Along(_meter.SlotDirection(closed - 1), back, there) < 0.5) _setUp = null;
        }
        // The sample passes the high-pass before the period may move the edges, the low-pass after.
        // Filtered as one vector from stage to stage (Lanes), unpacked where a scalar reads it.
        var a = Vector256.Create(s.Ax, s.Ay, s.Az, 0);
        var high = _band.High.Process(a);
        var wide = _wide.Process(_periodHigh.Process(a));
        var (pu, pv, pw) = (wide.GetElement(0), wide.GetElement(1), wide.GetElement(2));
        if (_period.Add(pu, pv, pw)) FollowPeriod();
        var low = _band.Low.Process(high);
        if (_echo is not null)
        {
            var (eu, ev, ew) = _echo.Process(n);
            low -= Vector256.Create(eu, ev, ew, 0);
        }
        var (u, v, w) = (low.GetElement(0), low.GetElement(1), low.GetElement(2));
        _template?.Add(n, u, v, w);
        if (_ring is not null && (_foundAt < 0 || n - _foundAt <= _ringLength))
        {
            var k = 3 * (n % _ringLength);
            (_ring[k], _ring[k + 1], _ring[k + 2]) = (u, v, w);
        }
        _axis.Add(low);
        if (_refresh.Fires(n) && _axis.Refresh() && _foundAt < 0) _foundAt = n;
        var p = Position = _axis.Project(u, v, w);
        _meanSquare = _decay * _meanSquare + (1 - _decay) * p * p;
        var rms = Math.Sqrt(_meanSquare);
        var h = Threshold = Math.Max(Floor(rms), _share * rms);
        if ((_previous >= 0) != (p >= 0)) _zeroAt = n;
        _previous = p;
        (start, depth) = (0, 0);
        if (Math.Abs(p) > h) _activeAt = n;
        _split.Add(n, _axis.Project(pu, pv, pw), h);

        // A pause between reps: the next set may start either way.
        if (_phase == Phase.Idle && _polarity != 0 && n - Math.Max(_activeAt, _lastEnd) > DirectionReset) (_polarity, _lastTilt) = (0, 0);
        // A lobe against the set's direction that outgrew the cycle which decided it (a fidget, Redecides): it opens again.
        else if (_phase == Phase.Idle && Redecides(p, h, n)) _polarity = 0;

        switch (_phase)
        {
            case Phase.Idle when _polarity == 0 ? Math.Abs(p) > h : _polarity * p > h:
                // The way out: a lobe beyond the threshold (of either sign while the set's direction is open).
                _out = _polarity == 0 ? Math.Sign(p) : _polarity;
                _decider = 0;
                (_phase, _start, _outPeak, _outPeakAt, _outAt, _lowBack, _pushFrom) = (Phase.Out, Math.Max(_zeroAt, _lastEnd), _out * p, n, n, 0, -1);
                _firstRead = null;
                if (_polarity == 0) RereadLead(n, p, h);
                break;
            case Phase.Out:
                // A way out never followed by a way back was a one-off movement (lying down, picking up a weight).
                if (n - _activeAt > DirectionReset) _phase = Phase.Idle;
                else if (_out * p > _outPeak) (_outPeak, _outPeakAt, _lowBack) = (_out * p, n, 0);
                else if (_out * p < -h)
                {
                    // The way back, past the threshold on the other side.
                    (_backPeak, _backPeakAt) = (-_out * p, n);
                    if (WholeCycle(n)) (_phase, _countedAt) = (Phase.Back, n);
                    else if (_polarity == 0) Reopen();
                    else _phase = Phase.Idle;
                }
                else if (LowWayBack(n, -_out * p)) (_phase, _countedAt) = (Phase.Back, n);
                break;
            case Phase.Back:
                if (-_out * p > _backPeak) (_backPeak, _backPeakAt) = (-_out * p, n);
                // The rep ends once its way back has come half way from its peak.
                if (-_out * p < _backPeak / 2 || n - _countedAt > _maxEndWait)
                {
                    var first = _polarity == 0;
                    if (WayBack(n))
                    {
                        // The last rep was held out and this cycle only brought the band back: its way back, not a rep.
                        (_phase, _lastEnd, _heldFrom) = (Phase.Idle, n, -1);
                        // No rep: the next one's least gap (MinGap) runs from the rep whose way back this was.
                        if (_wayBackGap) _countedAt = _repCountedAt;
                        break;
                    }
                    if (!Complete(n))
                    {
                        // While the set's direction is open: the first lobe was too small next to the second to be
                        // a way out (settling, the filter's answer to getting into position); the second may be one.
                        Reopen();
                        break;
                    }
                    (_phase, _lastEnd, _lastLength, _heldFrom) = (Phase.Idle, n, n - _start, HeldFrom(first));
                    if (_setWayBack && _meter is not null)   // where the set began and how many reps ended away: HeldStep's set test only
                    {
                        if (first) (_setFrom, _setReps, _tops) = (_meter.Stillest(_start - _restLook, _start), 0, false);
                        _setReps++;
                        var away = _setFrom is { } set && DegFrom(set, n) >= LeastStep(_start, n, _stepMinDeg);
                        // One rep of the set that did not end away stops the count for the rest of the set.
                        _awayReps = away && (first || _awayReps > 0) ? (first ? 1 : _awayReps + 1) : 0;
                    }
                    LetDown = TopsDown(n);
                    _repCountedAt = _countedAt;
                    (start, depth) = (_start, _outPeak / h);
                    Likeness = _template?.Likeness(_start, n) ?? double.NaN;
                    if (first) _split.Split(_start, n, depth);
                    return true;
                }
                break;
        }
        return false;
    }

    /// <summary>
    /// A rep is complete once its way back is in. The first of a set also fixes the set's direction, when its
    /// two lobes are alike in size: a smaller first lobe is settling (the filter's answer to getting into
    /// position), a smaller second one the filter's answer to a jolt.
    /// </summary>
    private bool Complete(long n)
    {
        if (_polarity == 0)
        {
            if (_outPeak < _leadShare * _backPeak) RereadOut(n);
            if (_outPeak < _leadShare * _backPeak || _backPeak < _joltShare * _outPeak) return false;
            // Re-read, the cycle left the band elsewhere (a set-up): its way back is the way out, as first read (Reopen).
            if (_firstRead is not null && (n - _start < _rereadMinLength || !CameBack(_start, n, _rereadBack, _rereadMinDeg))) return false;
            (_polarity, _decider, _firstRead) = (_out, Math.Max(_outPeak, _backPeak), null);
            if (_redecideSlowShare > 0) _deciderSpeed = _meter!.PeakSpeedDps(_start, _countedAt);
        }
        (Amplitude, ApexAt, _priorTilt, _lastTilt) = (_outPeak + _backPeak, _outPeakAt, _lastTilt, Tilt(_countedAt));
        if (_steps is not null)
        {
            (_recent[2], _recent[1]) = (_recent[1], _recent[0]);
            _recent[0] = (_meter!.Measure(_start, _countedAt).TiltDeg, _countedAt);
        }
        return true;
    }

    /// <summary>
    /// The cycle ending at <paramref name="n"/> is the last counted rep's way back (CycleWayBackShare > 0). A rep held out longer
    /// than the counted band's high-pass remembers (a set's first, before the period lowers its edge) is two cycles: its way out
    /// (the step's lobe and the filter's answer to it) and its way back. So when the last rep left the band away from where it
    /// began (a step: over CycleHeldStepShare of its tilt and CycleHeldStepMinDeg; <see cref="HeldStep"/> says where it began),
    /// held there (at most the direction reset) until this cycle's way out, and this cycle brought the band back there (within
    /// CycleWayBackShare of the step at its nearest, CycleHeldStepShare at its end, as the gravity estimate lags) and no farther,
    /// it is that rep's way back.
    /// </summary>
    private bool WayBack(long n)
    {
        if (!(_wayBackShare > 0) || _heldFrom < 0 || !_meter!.Remembers(_heldFrom) || _outAt - _lastEnd > DirectionReset
            || !HeldStep(out var from, out var step)) return false;
        var held = Math.Min(step, Reach(_lastEnd, _outAt, from).Nearest);
        if (held < LeastStep(_heldFrom, _lastEnd, _stepMinDeg)) return false;
        var nearest = Reach(_outAt, n, from).Nearest;
        if (nearest > _wayBackShare * held) return false;
        // The set's 2nd cycle that left again is no way back: it marks the set as counted from its tops.
        if (LeftAgain(n, from, nearest, held))
        {
            _tops = true;
            return false;
        }
        return DegFrom(from, n) <= _stepShare * held && _meter.Measure(_outAt, n).TiltDeg <= _wayBackTilt * held;
    }

    /// <summary>
    /// The set's 2nd cycle, which came back through where the last rep began (<paramref name="from"/>, at <paramref name="nearest"/> of the
    /// <paramref name="held"/> step), left again: at its end over CycleTopsLeaveShare of the step farther than its nearest
    /// (CycleTopsLeaveShare > 0). The set's first rep was a quick lift counted alone (its braking lobe crossed the threshold), and
    /// this cycle its let-down with the next lift under way, not that rep's way back: the set is counted from its tops.
    /// </summary>
    private bool LeftAgain(long n, (double X, double Y, double Z) from, double nearest, double held) =>
        _topsLeaveShare > 0 && _setReps == 1 && DegFrom(from, n) - nearest > _topsLeaveShare * held && AtTop(from, n);

    /// <summary>
    /// In a set counted from its tops (<see cref="LeftAgain"/>), the cycle ending at <paramref name="n"/> began away and ended within
    /// CycleTopsDownShare of that step from where the set began: a let-down, the set's last unless the next lift follows.
    /// </summary>
    private bool TopsDown(long n)
    {
        if (!_tops || !(_topsDownShare > 0) || _setFrom is not { } set) return false;
        var step = DegFrom(set, _start);
        return step >= _stepMinDeg && DegFrom(set, n) <= _topsDownShare * step && AtTop(set, n);
    }

    /// <summary>
    /// The cycle ending at <paramref name="n"/> began at the top: at least TopShare of the farthest it went from
    /// <paramref name="rest"/>. A let-down begins at the top; a rep counted from its way out, or one whose first cycle was a small
    /// settling movement, goes farther than where it began.
    /// </summary>
    private bool AtTop((double X, double Y, double Z) rest, long n) => DegFrom(rest, _start) >= TopShare * Reach(_start, n, rest).Farthest;

    /// <summary>
    /// The cycle in progress, its way back at <paramref name="n"/>, is a whole one: long enough to be a movement, not too soon
    /// after the last rep (the second half of a rep of two sub-movements; unless a change of tempo or a sloppy set's next rep,
    /// <see cref="SoonerRep"/>), and no fragment of a slow one (<see cref="Fragment"/>).
    /// </summary>
    private bool WholeCycle(long n) => n - _start >= _minCycle && (n - _countedAt >= MinGap(_period.PeriodS) || SoonerRep(n)) && !Fragment(n);

    /// <summary>
    /// A way back under the threshold ended the cycle in progress (CycleLowBackShare > 0): its lobe reached CycleLowBackShare of
    /// the way out and has come half way back from its peak, and the band came back near where it rested before the cycle. The
    /// threshold follows the RMS of the set's larger reps, so a small rep after them (a tired last rep) goes out past it and
    /// comes back short of it; the stream then ended, or the next rep's way back closed both as one cycle. A step (a set-up, a
    /// put-down) has a way back too, the counted band's answer to it, but leaves the band where it went.
    /// </summary>
    private bool LowWayBack(long n, double back)
    {
        if (!(_lowBackShare > 0)) return false;
        if (back > _lowBack && (_lowBack > 0 || back >= _lowBackShare * _outPeak)) (_lowBack, _lowBackAt) = (back, n);
        if (_lowBack <= 0 || back >= _lowBack / 2) return false;
        var peak = _lowBack;
        _lowBack = 0;
        if (peak < _lowBackShare * _outPeak || !WholeCycle(n) || !CameBack(_start, n, _lowBackTilt, _tiltMin)) return false;
        (_backPeak, _backPeakAt) = (peak, _lowBackAt);
        return true;
    }

    /// <summary>
    /// The band lies at <paramref name="n"/> within <paramref name="share"/> of the farthest it went (at least <paramref name="minDeg"/>)
    /// since <paramref name="start"/>, from where it rested before it.
    /// </summary>
    private bool CameBack(long start, long n, double share, double minDeg)
    {
        var from = _meter!.Stillest(start - _restLook, start);
        var far = Reach(start, n, from).Farthest;
        return far >= minDeg && DegFrom(from, n) <= share * far;
    }

    /// <summary>
    /// The ring still holds what came before the axis was first found, at <paramref name="n"/> (CycleRereadS > 0): a set's first
    /// cycle may have begun on the default axis.
    /// </summary>
    private bool Rereads(long n) => _ring is not null && _foundAt >= 0 && n - _foundAt < _ringLength;

    /// <summary>The ring's sample <paramref name="k"/> on the axis as it is now.</summary>
    private double Reread(long k)
    {
        var i = 3 * (k % _ringLength);
        return _axis.Project(_ring![i], _ring[i + 1], _ring[i + 2]);
    }

    /// <summary>The ring's oldest sample at <paramref name="n"/> that a re-read may look at (none before the last rep's end).</summary>
    private long RereadFrom(long n) => Math.Max(Math.Max(0, n - _ringLength + 1), _lastEnd);

    /// <summary>
    /// A set's first way out, just begun at <paramref name="n"/>, re-read on the axis found since the lobe before it (CycleRereadS):
    /// when that lobe, the other way, was over the threshold <paramref name="h"/> on it, it was the way out, read on the default
    /// axis under the threshold (a heel raise's rise), and the lobe begun is its way back.
    /// </summary>
    private void RereadLead(long n, double p, double h)
    {
        if (!Rereads(n)) return;
        var from = RereadFrom(n);
        var k = n - 1;
        while (k >= from && _out * Reread(k) > 0) k--;
        var (peak, peakAt, crossedAt) = (0.0, k, k);
        for (; k >= from && -_out * Reread(k) > 0; k--)
        {
            var q = -_out * Reread(k);
            if (q > peak) (peak, peakAt) = (q, k);
            if (q > h) crossedAt = k;
        }
        if (!(peak > h)) return;
        var start = Math.Max(k + 1, _lastEnd);
        _firstRead = new(_outAt, _countedAt, _start, -1);
        (_out, _start, _outPeak, _outPeakAt, _outAt) = (-_out, start, peak, peakAt, crossedAt);
        // The lobe begun is the way back, from this sample on (as the way out's branch takes it; given up, Reopen reads it whole).
        (_backPeak, _backPeakAt) = (-_out * p, n);
        if (WholeCycle(n)) (_phase, _countedAt) = (Phase.Back, n);
        else Reopen();
    }

    /// <summary>
    /// A set's first cycle whose way out is too small for the lead test, re-read on the axis found since it began
    /// (CycleRereadS): the way out, before the way back's lobe, at its full size on the found axis (a heel raise's rise, its
    /// start read on the default axis). Only a way out that crossed the threshold on the found axis alone: one the default axis
    /// saw too was read whole (a fidget before a deadlift set, 0.68 against 0.71). <paramref name="n"/> is the cycle's end.
    /// </summary>
    private void RereadOut(long n)
    {
        if (!Rereads(n) || _outAt < _foundAt) return;
        var from = RereadFrom(n);
        var k = _backPeakAt;
        while (k >= from && -_out * Reread(k) > 0) k--;
        var (peak, peakAt) = (0.0, k);
        for (; k >= from && _out * Reread(k) > 0; k--)
        {
            var q = _out * Reread(k);
            if (q > peak) (peak, peakAt) = (q, k);
        }
        if (!(peak >= _leadShare * _backPeak)) return;
        _firstRead = new(_outAt, _countedAt, _start, _start);
        (_start, _outPeak, _outPeakAt) = (k + 1, peak, peakAt);
    }

    /// <summary>
    /// Where the last counted rep began (<paramref name="from"/>, a gravity direction) and how far it left the band from there
    /// (<paramref name="step"/>, degrees); false when it began neither where the set did nor at rest. Mostly the stillest posture just before the rep,
    /// when it began near that (a cycle begins wherever its phase put it) and the band was held at least CycleHeldMinS before
    /// this cycle's way out: a rep counted by its way out whose way back falls between cycles (most held reps), and the next
    /// rep, begin at rest. A set counted from its held tops ends each cycle away again: each cycle pairs a let-down with the next
    /// lift, the hold inside it, so no pause is asked; from the set's second rep on, one that began away is judged against where
    /// the set began, which only its last let-down brings the band back to (CycleSetWayBack).
    /// </summary>
    private bool HeldStep(out (double X, double Y, double Z) from, out double step)
    {
        if (_setWayBack && _awayReps >= 2 && _setFrom is { } set)
        {
            (from, step) = (set, DegFrom(set, _lastEnd));
            if (step > 0 && DegFrom(set, _heldFrom) > _stepShare * step) return true;
        }
        from = _meter!.Stillest(_heldFrom - _restLook, _heldFrom);
        step = DegFrom(from, _lastEnd);
        return DegFrom(from, _heldFrom) <= _stepShare * step && _outAt - _lastEnd >= _heldMin;
    }

    /// <summary>
    /// Where the rep just counted began, for its way back (<see cref="HeldStep"/>): its start, or (CyclePushHeldFrom) for a set's
    /// first cycle begun at its second lobe, where the given-up lobe began, when the rest before that was seen (MergedRepRestLookS
    /// into the stream): read from half way up a quick lift, the rep began away from the rest before it, and its quick let-down
    /// was a cycle of its own.
    /// </summary>
    private long HeldFrom(bool first)
    {
        var from = first && _pushHeldFrom ? TiltFrom(_start) : _start;
        return from >= _restLook ? from : _start;
    }

    /// <summary>
    /// The cycle under way when the stream ends is a way out still held, not a rep (CycleEndHeldS > 0): it left the band away from
    /// where it began (over CycleHeldStepShare of its tilt and CycleEndHeldMinDeg) and the band has stayed there, within
    /// EndHeldShare of that step, at least CycleEndHeldS. A limb lifted and held as the recording stops has made no rep yet (the
    /// gyroscope path waits for the way back too); a gym set cut at its last rep's top is there for a moment only.
    /// </summary>
    private bool HeldAtEnd(long last)
    {
        // _endHeld is 0 without a meter.
        if (_endHeld <= 0 || !_meter!.Remembers(_start)) return false;
        var there = _meter.DirectionAt(last);
        var step = DegFrom(there, _start);
        if (step < LeastStep(_start, last, _endHeldMinDeg)) return false;
        var (first, k) = _meter.Slots(_start, last);
        while (k >= first && Directions.AngleDeg(_meter.SlotDirection(k), there) <= EndHeldShare * step) k--;
        return (last - (k + 1) * _meter.SlotSamples) >= _endHeld;
    }

    /// <summary>The angle (degrees) between the direction <paramref name="g"/> and gravity's at sample <paramref name="n"/>.</summary>
    private double DegFrom((double X, double Y, double Z) g, long n) => Directions.AngleDeg(g, _meter!.DirectionAt(n));

    /// <summary>
    /// The least turn (degrees) that makes a step of the movement from <paramref name="start"/> to <paramref name="end"/>: over
    /// CycleHeldStepShare of its own tilt (the step is not the movement's swing) and <paramref name="minDeg"/>.
    /// </summary>
    private double LeastStep(long start, long end, double minDeg) => Math.Max(minDeg, _stepShare * _meter!.Measure(start, end).TiltDeg);

    /// <summary>
    /// How near the band came to the direction <paramref name="g"/> from <paramref name="start"/> to <paramref name="end"/>, and
    /// how far it went from it (degrees, at 0.2 s slots).
    /// </summary>
    private (double Nearest, double Farthest) Reach(long start, long end, (double X, double Y, double Z) g)
    {
        var (first, last) = _meter!.Slots(start, end);
        var (nearest, farthest) = (180.0, 0.0);
        for (var k = first; k <= last; k++)
        {
            var deg = Directions.AngleDeg(_meter.SlotDirection(k), g);
            (nearest, farthest) = (Math.Min(nearest, deg), Math.Max(farthest, deg));
        }
        return (nearest, farthest);
    }

    /// <summary>
    /// The lobe at <paramref name="p"/>, against the set's direction, opens that direction again (CycleRedecideShare > 0) when it is
    /// over CycleRedecideShare times the larger lobe of the cycle that decided the direction, and no way out has begun since. That
    /// cycle was settling or a fidget before the set, and the set's first rep set out the other way: counted in the fidget's
    /// direction, each cycle would pair a rep's way back with the next rep's way out, and the set's first way out and last way
    /// back, one rep, would be lost. Opened, the lobe is a way out and the cycle it begins decides the direction as a set's first.
    /// A gentle deciding cycle (CycleRedecideSlowShare > 0: its peak tilt speed under CycleRedecideSpeedShare of the lobe's so far,
    /// from its zero crossing to <paramref name="n"/>) opens it at a lobe over CycleRedecideSlowShare times its larger one: a slow
    /// shift before the set, then a brisk first rep the other way (muvr lateral raises, curls). A real first rep and the next
    /// one turn the band alike briskly; the far larger lobe still opens it whatever the speeds.
    /// </summary>
    private bool Redecides(double p, double h, long n)
    {
        var against = -_polarity * p;
        if (!(_redecideShare > 0 && _decider > 0) || against <= 0 || against <= h) return false;
        if (against > _redecideShare * _decider) return true;
        return _redecideSlowShare > 0 && against > _redecideSlowShare * _decider
            && _deciderSpeed < _redecideSpeedShare * _meter!.PeakSpeedDps(_zeroAt, n);
    }

    /// <summary>The lobe in progress, on the other side, becomes the way out of a rep whose direction is still open.</summary>
    private void Reopen()
    {
        _out = -_out;
        if (_firstRead is { } read)
        {
            // A re-read cycle given up: as first read, as if never re-read.
            (_outAt, _countedAt, _start, _firstRead) = (read.OutAt, read.CountedAt, read.Start, null);
            if (_pushTilt) _pushFrom = read.PushFrom;
        }
        else if (_pushTilt) _pushFrom = _start;
        (_phase, _start, _outPeak, _outPeakAt) = (Phase.Out, Math.Max(_zeroAt, _lastEnd), _backPeak, _backPeakAt);
    }

    /// <summary>
    /// The counted band's upper edge follows the period (a few times the rep frequency) once the motion clearly
    /// repeats, so fast reps (0.7 s) pass whole instead of being attenuated by the 1 Hz edge slow reps need.
    /// </summary>
    private void FollowPeriod()
    {
        var known = _period.Strength >= _minStrength && _period.PeriodS > 0;
        _repeating = _repeatFloor > 0 && known && (_repeating || _period.Strength >= _repeatStrength);
        FollowLowEdge(known);
        var high = known
            ? Math.Clamp(_highPerRep / _period.PeriodS, _highMinHz, _highMaxHz)
            : _defaultHighHz;
        var now = _band.HighHz;
        if (Math.Abs(high - now) <= 0.1 * now) return;
        // In steps of at most a quarter: a retuned filter's phase jumps, and one large jump shortens a lobe
        // mid-set enough to lose a cycle.
        high = Math.Clamp(high, now / HighStep, now * HighStep);
        _band.RetuneHigh(high);
        _echo?.RetuneHigh(high);
    }

    /// <summary>
    /// The high-pass edge follows the period too, once known (until then, and while it is lost, it stays where it is): a
    /// share of the rep frequency, at most CycleLowMaxHz. Under a fixed edge a slow rep (8 s or more: a patient in pain)
    /// lost its fundamental to the high-pass, and its halves (out, hold, back) counted apart; fast reps keep the edge
    /// that holds their set steady.
    /// </summary>
    private void FollowLowEdge(bool known)
    {
        if (!(_lowPerRep > 0) || !known) return;
        var low = Math.Min(_lowPerRep / _period.PeriodS, _lowMaxHz);
        var now = _band.LowHz;
        if (Math.Abs(low - now) <= 0.1 * now) return;
        low = Math.Clamp(low, now / HighStep, now * HighStep);
        _band.RetuneLow(low);
        _echo?.RetuneLow(low);
    }

    /// <summary>
    /// The least threshold: CycleFloorMs2, which keeps fidgets and a quiet band's noise out, unless the set clearly repeats (its
    /// period known at CycleRepeatStrength, and it stays so while the period is known at all: the autocorrelation of such a weak
    /// set wavers about 0.5) entirely under it: then CycleRepeatShare of the band's RMS, down to CycleRepeatFloorMs2.
    /// Slow turns about the vertical leave gravity where it is and move the band by their own acceleration alone (in-pain shoulder
    /// external rotation: 0.05–0.2 m/s²), heel raises of 2–6° little more; a set whose RMS reaches the floor keeps it, and the least
    /// floor keeps a rock of about a degree (breathing) out. Off in the gyroscope's counter (no meter): the swing path sees those turns.
    /// </summary>
    private double Floor(double rms) => _repeating ? Math.Max(_repeatFloor, Math.Min(_floor, _repeatShare * rms)) : _floor;

    /// <summary>
    /// How long without movement opens the next set's direction: CycleDirectionResetS, or a few times the last rep's length
    /// when longer. Not the period: its autocorrelation fades within a rest. A patient whose reps take 12 s rests longer
    /// than 10 s within the set, and a set's direction decided anew from a rep's way back counted it from hold to hold.
    /// </summary>
    private double DirectionReset => Math.Max(_directionReset, _resetRepLengths * _lastLength);

    /// <summary>
    /// Shortest time between two counted cycles: a share of the period when the motion clearly repeats,
    /// so a rep made of two sub-movements (out and in, left and right) counts once.
    /// </summary>
    private double MinGap(double periodS) => _period.Strength >= _minStrength ? _minCycleShare * periodS * _fs : 0;

    /// <summary>
    /// A rep sooner than the period allows is not a rep's second sub-movement when it began after a rest (a cable
    /// cross-over's way in or a twist's other side follows its first half at once, within 0.2 s) and either its way out
    /// is alike in size to the last rep's (the tempo changed: the period lags a few reps behind; a twist's two sides
    /// differ in size) or it is no sooner than the shortest plausible period allows: a set whose reps vary in size and
    /// tempo (sloppy) blurs the period's own peak below its double's or triple's, which the period then reads.
    /// </summary>
    private bool SoonerRep(long n) =>
        _outAt - _lastEnd >= _tempoRest && (AlikeOut(n) || n - _countedAt >= MinGap(_period.ShortestS));

    /// <summary>
    /// The way out in progress is alike in size to the last rep's: by how far each tilted the band (start to its way back), both
    /// clearly (CycleTiltMinDeg). Not by their peak acceleration, which the counted band's edges distort when reps speed up.
    /// </summary>
    private bool AlikeOut(long n) =>
        _tiltMeter is not null && _tiltShare > 0 && _lastTilt >= _tiltMin && Tilt(n) is var tilt && tilt >= _tiltMin
        && RepCandidate.Alike(tilt, _lastTilt, _tiltShare);

    /// <summary>
    /// A slow cycle (long enough for the gravity estimate to follow its tilt) that tilted the band under CycleFragmentShare of
    /// the smaller of the set's last two reps (so a large first movement, picking the weight up, does not set the bar) is a
    /// wobble in a hold or a rest, not a rep. The period keeps most such wobbles apart from reps, but not while it is unknown
    /// (a set slower than PeriodMaxS, or not yet repeating) nor when the wobble comes a period after the last rep.
    /// </summary>
    private bool Fragment(long n) =>
        _tiltMeter is not null && _fragmentShare > 0 && _polarity != 0 && n - _start >= _tiltSettle
        && Math.Min(_lastTilt, _priorTilt) >= _tiltMin && Tilt(n) < _fragmentShare * Math.Min(_lastTilt, _priorTilt);

    /// <summary>
    /// A change of posture is a set-up's step (its ringing subtracted) when it turned the band well beyond what the last two
    /// reps counted before it did, in whatever set: a physiotherapy rep held at the top is a turn as large as its reps, and
    /// coming back undoes it, so its own echo is not to be settled on (uci-pt's templates begin with one). A rep counted
    /// across the step is not asked: it is the step itself when the set-up was counted.
    /// </summary>
    private bool SetUpStep(long onset, (double X, double Y, double Z) from, (double X, double Y, double Z) to)
    {
        var deg = Directions.AngleDeg(from, to);
        double largest = 0;
        var asked = 0;
        foreach (var (tilt, end) in _recent)
            if (end > 0 && end <= onset && asked++ < 2) largest = Math.Max(largest, tilt);
        return asked > 0 ? deg > _stepTiltShare * largest : deg > _stepAloneDeg;
    }

    /// <summary>
    /// The cycle from <paramref name="start"/> to <paramref name="end"/> is the last set-up step itself, not a rep (CycleStepCycleShare
    /// > 0): it began before the step's onset, nearer the old posture, and ended about at the onset or later, well on the way to the
    /// new one. A rep held at the top turns as far but comes back within its cycle; a rep after the step begins in the new posture.
    /// </summary>
    public bool IsSetUpStep(long start, long end)
    {
        if (!(_stepCycleShare > 0) || _setUp is not var (onset, from, to) || start >= onset || start < onset - _stepLead
            || end < onset - _stepEndBefore) return false;
        if (Along(_meter!.DirectionAt(start), from, to) >= 0.5 || Along(_meter.DirectionAt(end), from, to) < _stepCycleShare) return false;
        // Over by the time the band arrived: a cycle that goes on past the turn holds the first rep too (its own cycle merged into it).
        var slot = _meter.SlotSamples;
        for (var k = Math.Max(_meter.OldestSlot, onset / slot); k < end / slot; k++)
            if (Along(_meter.SlotDirection(k), from, to) >= StepArrived) return false;
        return true;
    }

    /// <summary>How far the gravity direction <paramref name="g"/> lies on the way from one posture to the other (0: at the first, 1: at the second).</summary>
    private static double Along((double X, double Y, double Z) g, (double X, double Y, double Z) from, (double X, double Y, double Z) to)
    {
        var (dx, dy, dz) = (to.X - from.X, to.Y - from.Y, to.Z - from.Z);
        return ((g.X - from.X) * dx + (g.Y - from.Y) * dy + (g.Z - from.Z) * dz) / (dx * dx + dy * dy + dz * dz);
    }

    /// <summary>How far the band tilted from the rep's start to <paramref name="n"/> (degrees; 0 without a meter).</summary>
    private double Tilt(long n) => _tiltMeter?.Measure(_start, n).TiltDeg ?? 0;
}

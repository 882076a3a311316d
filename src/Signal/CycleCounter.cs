namespace HepSense.Signal;

/// <summary>
/// Counts the reps of the dominant motion in a 3-axis accelerometer signal (no gyroscope): the acceleration,
/// band-passed to the rep band (this removes gravity's constant part and the jitter of the hand), projected on
/// its principal axis, with a hysteresis of a share of the recent RMS. Band-passed, a rep is a lobe one way (the
/// way out) and a lobe the other way (the way back), whatever the motion: a tilt out and back, or a push whose
/// acceleration and braking show the same two lobes. Which sign is the way out depends on the mounting and the
/// exercise, so each set's first rep decides it (its first lobe must be about as large as its second: a smaller
/// one is settling into position) and the rest of the set is counted in that order. Counting in one fixed
/// order lost the first or last rep of a set, depending on which way the band was worn.
/// </summary>
internal sealed class CycleCounter
{
    private readonly VectorFilter _high;         // gravity's constant part goes
    private readonly VectorFilter _band;         // low-pass of the counted signal: follows the period
    private readonly VectorFilter _wide;         // the period's own band, wide enough for fast reps
    private readonly PrincipalAxis _axis;
    private readonly int _refreshEvery;
    private readonly double _decay, _floor, _share;
    private readonly long _minCycle;
    private double _meanSquare, _previous;
    private enum Phase { Idle, Out, Back }      // between reps, on the way out, on the way back
    private Phase _phase;
    private int _polarity;        // the set's direction of the way out (+1, −1), 0 until its first rep decides
    private int _out;             // sign of the way out of the rep in progress
    private double _outPeak, _backPeak;
    private long _zeroAt, _start, _outPeakAt, _backPeakAt, _countedAt, _lastEnd, _activeAt;
    private readonly long _pause;
    private readonly double _leadShare, _joltShare;
    private readonly long _maxEndWait;
    private readonly PeriodEstimator _period;
    private readonly double _fs, _minCycleShare, _minStrength;
    private readonly double _defaultHighHz, _highPerRep, _highMinHz, _highMaxHz;
    private double _highHz;
    private double _lastOut;      // way out of the last counted rep
    private long _outAt;          // where the way out in progress crossed the threshold
    private readonly double _tempoShare;
    private readonly long _tempoRest;
    private const double HighStep = 1.25;
    private readonly PostureStep _posture;
    private double _restMeanSquare;   // the mean square when the band last rested
    private double _stepEnergy;       // what the last posture step added to it (given back if it returns)
    private long _stepAt;
    private int _stepPolarity;        // the set's direction before the step
    private bool _stepMade;           // the rep in progress is the step's own turn: a rep only if the band comes back
    private long _backStart;
    private bool _stayed;             // the step held long enough: set-up, its energy out of the threshold's memory
    private bool _suspended;          // the step's own rep, put aside when it stayed: it counts if the band comes back
    private long _suspendedStart, _suspendedApex;
    private double _suspendedOut;
    private int _suspendedSign;
    private readonly long _stayFor, _returnWithin;
    private static readonly bool _noSettle = Environment.GetEnvironmentVariable("NOSETTLE") == "1";
    private static readonly bool _noEnergy = Environment.GetEnvironmentVariable("NOENERGY") == "1";
    private static readonly bool _resetPeriod = Environment.GetEnvironmentVariable("RESETP") == "1";

    public CycleCounter(double sampleRateHz, DetectorTuning tuning)
    {
        _high = new VectorFilter(Butterworth.HighPass(2, tuning.CycleLowHz, sampleRateHz));
        _highMaxHz = Math.Min(tuning.CycleHighMaxHz, 0.4 * sampleRateHz);
        (_defaultHighHz, _highPerRep, _highMinHz) = (Math.Min(tuning.CycleHighHz, _highMaxHz), tuning.CycleHighPerRep, tuning.CycleHighMinHz);
        _highHz = _defaultHighHz;
        _band = new VectorFilter(Butterworth.LowPass(2, _highHz, sampleRateHz));
        _wide = new VectorFilter(Butterworth.LowPass(2, Math.Min(tuning.PeriodHighHz, 0.4 * sampleRateHz), sampleRateHz));
        _axis = new PrincipalAxis(sampleRateHz, tuning.CycleAxisWindowS, tuning.AccelAxisMinMs2 / 3);
        _refreshEvery = Math.Max(1, (int)Math.Round(tuning.AxisRefreshS * sampleRateHz));
        _decay = Math.Exp(-1 / (tuning.CycleRmsWindowS * sampleRateHz));
        _floor = tuning.CycleFloorMs2;
        _share = tuning.CycleShare;
        _minCycle = (long)(tuning.MinRepS / 2 * sampleRateHz);
        _maxEndWait = (long)(tuning.SettleS * 4 * sampleRateHz);
        _period = new PeriodEstimator(sampleRateHz, tuning.PeriodMinS, tuning.PeriodMaxS, tuning.PeriodMemoryS, tuning.SubPeriodShare);
        (_fs, _minCycleShare, _minStrength) = (sampleRateHz, tuning.MinCycleShare, tuning.PeriodMinStrength);
        (_pause, _leadShare, _joltShare) = ((long)(tuning.CycleDirectionResetS * sampleRateHz), tuning.CycleLeadShare, tuning.CycleJoltShare);
        _countedAt = long.MinValue / 2;
        (_tempoShare, _tempoRest) = (tuning.CycleTempoShare, (long)(tuning.CycleTempoRestS * sampleRateHz));
        _posture = new PostureStep(sampleRateHz, tuning);
        (_stayFor, _returnWithin) = ((long)(tuning.StepStayS * sampleRateHz), (long)(tuning.StepReturnS * sampleRateHz));
    }

    public double Position { get; private set; }
    public double Threshold { get; private set; }
    /// <summary>Where the last counted rep's first lobe (the way out) peaked.</summary>
    public long ApexAt { get; private set; }
    /// <summary>Peak-to-peak size of the last counted rep (m/s²).</summary>
    public double Amplitude { get; private set; }

    public void Settle(in ImuSample s)
    {
        _high.Settle(s.Ax, s.Ay, s.Az);
        _posture.Settle(s.Ax, s.Ay, s.Az);
    }

    /// <summary>End of stream: the rep still waiting for its end, if any (it ends at the last sample).</summary>
    public bool Flush(long last, out long start, out double depth)
    {
        (start, depth) = (_start, _outPeak / Threshold);
        if (_phase != Phase.Back || _stepMade || !Complete()) return false;
        (_phase, _lastEnd) = (Phase.Idle, last);
        return true;
    }

    /// <summary>Adds sample n; true when it completes a rep, which began at <paramref name="start"/>.</summary>
    public bool Add(long n, in ImuSample s, out long start, out double depth)
    {
        var returned = false;
        switch (_posture.Add(n, s.Ax, s.Ay, s.Az))
        {
            case PostureStep.Event.Stepped: Stepped(n); break;
            case PostureStep.Event.Returned: returned = Returned(n); break;
        }
        if (_posture.Open && !_stayed && n - _stepAt >= _stayFor && _posture.Holding) Stayed(n);
        var (hx, hy, hz) = _high.Process(s.Ax, s.Ay, s.Az);
        var (pu, pv, pw) = _wide.Process(hx, hy, hz);
        if (_period.Add(pu, pv, pw)) FollowPeriod();
        var (u, v, w) = _band.Process(hx, hy, hz);
        _axis.Add(u, v, w);
        if ((n + 1) % _refreshEvery == 0) _axis.Refresh();
        var p = Position = _axis.Project(u, v, w);
        _meanSquare = _decay * _meanSquare + (1 - _decay) * p * p;
        if (_posture.Steady) _restMeanSquare = _meanSquare;
        var h = Threshold = Math.Max(_floor, _share * Math.Sqrt(_meanSquare));
        if ((_previous >= 0) != (p >= 0)) _zeroAt = n;
        _previous = p;
        (start, depth) = (0, 0);
        if (Math.Abs(p) > h) _activeAt = n;

        // A pause between reps: the next set may start either way.
        if (_phase == Phase.Idle && _polarity != 0 && n - Math.Max(_activeAt, _lastEnd) > _pause) _polarity = 0;

        switch (_phase)
        {
            case Phase.Idle when _polarity == 0 ? Math.Abs(p) > h : _polarity * p > h:
                // The way out: a lobe beyond the threshold (of either sign while the set's direction is open).
                _out = _polarity == 0 ? Math.Sign(p) : _polarity;
                _stepMade = false;
                (_phase, _start, _outPeak, _outPeakAt, _outAt) = (Phase.Out, Math.Max(_zeroAt, _lastEnd), _out * p, n, n);
                break;
            case Phase.Out:
                // A way out never followed by a way back was a one-off movement (lying down, picking up a weight).
                if (n - _activeAt > _pause) _phase = Phase.Idle;
                else if (_out * p > _outPeak) (_outPeak, _outPeakAt) = (_out * p, n);
                else if (_out * p < -h)
                {
                    // The way back, past the threshold on the other side: a whole cycle, unless too soon after
                    // the last rep (the second half of a rep of two sub-movements; not a change of tempo) or too
                    // short to be a movement.
                    (_backPeak, _backPeakAt) = (-_out * p, n);
                    if (n - _start >= _minCycle && (n - _countedAt >= MinGap() || TempoChange())) (_phase, _countedAt, _backStart) = (Phase.Back, n, _zeroAt);
                    else if (_polarity == 0) Reopen();
                    else _phase = Phase.Idle;
                }
                break;
            case Phase.Back when _stepMade && _out * p > h && _posture.Holding:
                // The step's turn, then a lobe the way out again without the band coming back: the step stayed, and
                // the set began at the new posture. Its first lobe, if any came since the step, is a way out.
                if (Dbg) Console.Error.WriteLine($"CONVERT t={n/_fs:F1} back={_backPeak:F2} p={p:F2}");
                _stepMade = false;
                Stayed(n);
                if (_backPeak >= h)
                {
                    _out = -_out;
                    (_start, _outPeak, _outPeakAt, _outAt) = (_backStart, _backPeak, _backPeakAt, _backPeakAt);
                    (_backPeak, _backPeakAt, _countedAt, _backStart) = (-_out * p, n, n, _zeroAt);
                }
                else (_phase, _out, _start, _outPeak, _outPeakAt, _outAt) = (Phase.Out, Math.Sign(p), Math.Max(_zeroAt, _lastEnd), Math.Abs(p), n, n);
                break;
            case Phase.Back:
                if (-_out * p > _backPeak) (_backPeak, _backPeakAt) = (-_out * p, n);
                // The rep ends once its way back has come half way from its peak.
                if ((-_out * p < _backPeak / 2 || n - _countedAt > _maxEndWait) && !_stepMade)
                {
                    if (!Complete())
                    {
                        // While the set's direction is open: the first lobe was too small next to the second to be
                        // a way out (settling, the filter's answer to getting into position); the second may be one.
                        Reopen();
                        break;
                    }
                    (_phase, _lastEnd) = (Phase.Idle, n);
                    (start, depth) = (_start, _outPeak / h);
                    return true;
                }
                break;
        }
        if (!returned) return false;
        (start, depth) = (_suspendedStart, _suspendedOut / h);
        return true;
    }

    /// <summary>
    /// A rep is complete once its way back is in. The first of a set also fixes the set's direction, when its
    /// two lobes are alike in size: a smaller first lobe is settling (the filter's answer to getting into
    /// position), a smaller second one the filter's answer to a jolt.
    /// </summary>
    private bool Complete()
    {
        if (_polarity == 0)
        {
            if (_outPeak < _leadShare * _backPeak || _backPeak < _joltShare * _outPeak) return false;
            _polarity = _out;
        }
        (Amplitude, ApexAt, _lastOut) = (_outPeak + _backPeak, _outPeakAt, _outPeak);
        return true;
    }

    /// <summary>The lobe in progress, on the other side, becomes the way out of a rep whose direction is still open.</summary>
    private void Reopen()
    {
        if (Dbg && _stepMade) Console.Error.WriteLine($"REOPEN phase={_phase} back={_backPeak:F2} out={_outPeak:F2} countedAt={_countedAt/_fs:F1} start={_start/_fs:F1}");
        (_out, _stepMade) = (-_out, false);
        (_phase, _start, _outPeak, _outPeakAt) = (Phase.Out, Math.Max(_zeroAt, _lastEnd), _backPeak, _backPeakAt);
    }

    /// <summary>
    /// The band changed posture: set-up, not a rep. The high-pass settles on the new gravity (its ringing would make
    /// lobes of its own for seconds), the turn's energy leaves the threshold's memory, the set's direction opens, and
    /// a way out the turn itself made is no way out (unless the band comes back: then it was a rep with a hold).
    /// </summary>
    private static readonly bool Dbg = Environment.GetEnvironmentVariable("CYCDBG") == "1";
    private void Stepped(long n)
    {
        if (Dbg) Console.Error.WriteLine($"STEP t={n/_fs:F1} left={_posture.LeftAt/_fs:F1} phase={_phase} outPeakAt={_outPeakAt/_fs:F1} ms={_meanSquare:F2} rest={_restMeanSquare:F2}");
        _high.Settle(_posture.X, _posture.Y, _posture.Z);
        _band.Settle(0, 0, 0);
        _wide.Settle(0, 0, 0);
        _stepEnergy = Math.Max(0, _meanSquare - _restMeanSquare * Math.Pow(_decay, n - _posture.LeftAt));
        (_stepAt, _stayed, _suspended) = (n, false, false);
        if (_phase == Phase.Idle || _outPeakAt < _posture.LeftAt) return;
        // The rep in progress is the turn's own: it waits for the band to come back (a rep with a hold at the top) or
        // for the set to begin at the new posture. What came after the turn in its way back was the filter's ringing.
        _stepMade = true;
        (_backPeak, _backPeakAt, _backStart) = (0, n, n);
    }

    /// <summary>
    /// The step held (or a set began at the new posture): set-up, not a rep. Its energy leaves the threshold's memory, the
    /// set's direction opens, and the rep its turn made is put aside (it counts if the band comes back after all).
    /// </summary>
    private void Stayed(long n)
    {
        if (Dbg) Console.Error.WriteLine($"STAYED t={n/_fs:F1} made={_stepMade} phase={_phase}");
        _stayed = true;
        if (!_noEnergy) _meanSquare = Math.Max(0, _meanSquare - _stepEnergy * Math.Pow(_decay, n - _stepAt));
        (_stepPolarity, _polarity) = (_polarity, 0);
        if (!_stepMade) return;
        (_suspended, _suspendedStart, _suspendedApex, _suspendedOut, _suspendedSign) = (true, _start, _outPeakAt, _outPeak, _out);
        (_stepMade, _phase) = (false, Phase.Idle);
    }

    /// <summary>
    /// The band came back to where it was before the last step: that was a rep's way out with a hold at the top. If it
    /// had been put aside as set-up, it counts now (its way back is the return), unless a rep came in between.
    /// </summary>
    private bool Returned(long n)
    {
        if (Dbg) Console.Error.WriteLine($"BACK t={n/_fs:F1} step={_stepAt/_fs:F1} made={_stepMade} stayed={_stayed} susp={_suspended} phase={_phase} lastEnd={_lastEnd/_fs:F1}");
        _stepMade = false;
        if (!_stayed) return false;
        if (!_noEnergy) _meanSquare += _stepEnergy * Math.Pow(_decay, n - _stepAt);
        if (_polarity == 0) _polarity = _stepPolarity;
        var rep = _suspended && _lastEnd < _stepAt && n - _stepAt <= _returnWithin;
        _suspended = false;
        if (!rep) return false;
        // The lobe the return made is this rep's way back, not the next rep's way out.
        if (_phase != Phase.Idle && _outPeakAt >= _stepAt) _phase = Phase.Idle;
        (_polarity, _lastEnd, _countedAt) = (_suspendedSign, n, n);
        (Amplitude, ApexAt, _lastOut) = (2 * _suspendedOut, _suspendedApex, _suspendedOut);
        return true;
    }

    /// <summary>
    /// The counted band's upper edge follows the period (a few times the rep frequency) once the motion clearly
    /// repeats, so fast reps (0.7 s) pass whole instead of being attenuated by the 1 Hz edge slow reps need.
    /// </summary>
    private void FollowPeriod()
    {
        var high = _period.Strength >= _minStrength && _period.PeriodS > 0
            ? Math.Clamp(_highPerRep / _period.PeriodS, _highMinHz, _highMaxHz)
            : _defaultHighHz;
        if (Math.Abs(high - _highHz) <= 0.1 * _highHz) return;
        // In steps of at most a quarter: a retuned filter's phase jumps, and one large jump shortens a lobe
        // mid-set enough to lose a cycle.
        _highHz = Math.Clamp(high, _highHz / HighStep, _highHz * HighStep);
        _band.Retune(Butterworth.LowPass(2, _highHz, _fs));
    }

    /// <summary>
    /// Shortest time between two counted cycles: a share of the period when the motion clearly repeats,
    /// so a rep made of two sub-movements (out and in, left and right) counts once.
    /// </summary>
    private double MinGap() => _period.Strength >= _minStrength ? _minCycleShare * _period.PeriodS * _fs : 0;

    /// <summary>
    /// A rep sooner than the period allows is a change of tempo (the period lags a few reps behind it), not a
    /// rep's second sub-movement, when it began after a rest and its way out is alike in size to the last rep's:
    /// a cable cross-over's way in or a twist's other side follows its first half at once (within 0.2 s), and
    /// a twist's two sides differ in size.
    /// </summary>
    private bool TempoChange() =>
        _outAt - _lastEnd >= _tempoRest && Math.Min(_outPeak, _lastOut) >= _tempoShare * Math.Max(_outPeak, _lastOut);

    /// <summary>The set's period (s; 0 while unknown) and its autocorrelation.</summary>
    public double PeriodS => _period.PeriodS;
    public double PeriodStrength => _period.Strength;
}

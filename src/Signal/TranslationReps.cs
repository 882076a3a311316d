namespace HepSense.Signal;

/// <summary>
/// Reps a band with a gyroscope makes without turning (a squat or a press with the band on the wrist: it moves up and
/// down, level), which the swing path cannot see. The acceleration's cycle counter does: a cycle during which the band
/// turned less than a share of the smallest swing is such a rep. It counts once two in a row agree in size (a lone cycle
/// is a step or a knock), three before the swing path has counted a rep of the set (getting into position makes two), and
/// never while the swing path is counting.
/// </summary>
internal sealed class TranslationReps(double sampleRateHz, DetectorTuning tuning, RepMeter meter)
{
    private readonly CycleCounter _cycles = new(sampleRateHz, tuning);
    private readonly double _maxTurnDeg = tuning.TranslationTurnShare * tuning.GyroFloorRad * 180 / Math.PI;
    private readonly double _gap = tuning.CycleHoldS * sampleRateHz;   // longer apart, two cycles are not a run
    private readonly double _agreeShare = tuning.AgreeShare;
    private readonly double _setGap = tuning.SetGapS * sampleRateHz;   // longer after the swing path's last rep, a run starts a set
    private readonly RepCandidate[] _run = new RepCandidate[Math.Max(2, (int)Math.Ceiling(tuning.TranslationStartRun))];
    private int _held;                          // how many of the run's first cycles (in _run) are held until enough agree
    private RepCandidate? _runLast;             // the last rep of a run that counts
    private long _start, _end;                  // the cycle that ended
    private double _depth;

    public void Settle(in ImuSample s) => _cycles.Settle(in s);

    /// <summary>Follows sample <paramref name="n"/>; true when a cycle of the acceleration ended: see <see cref="Judge"/>.</summary>
    public bool Add(long n, in ImuSample s)
    {
        _end = n;
        return _cycles.Add(n, in s, out _start, out _depth);
    }

    /// <summary>End of stream at sample <paramref name="last"/>: true when a cycle was still to report (call until false).</summary>
    public bool Flush(long last)
    {
        _end = last;
        return _cycles.Flush(last, out _start, out _depth);
    }

    /// <summary>
    /// Whether the cycle that ended is a rep made without turning: the reps to count now (valid until the next call). The
    /// swing path is <paramref name="swinging"/> while a rep of its own is under way or held, <paramref name="turning"/> while
    /// one has begun (<see cref="SwingCounter.UnderWay"/>: outside a set it drops the run held), and counted a rep
    /// ending at <paramref name="lastRepEnd"/> (0: none yet).
    /// </summary>
    public ReadOnlySpan<RepCandidate> Judge(bool swinging, bool turning, long lastRepEnd)
    {
        var (start, end) = (_start, _end);
        if (swinging || start <= lastRepEnd || meter.TurnedDeg(start, end) >= _maxTurnDeg)
        {
            (_held, _runLast) = (0, null);
            return default;
        }
        var rep = RepCandidate.OfCycle(_cycles, start, end, _depth, meter);
        if (_runLast is { } last && start - last.End <= _gap)
        {
            _runLast = _run[0] = rep;
            return _run.AsSpan(0, 1);
        }
        _runLast = null;
        // Before the swing path has counted a rep of the set, getting into position (a bar lifted, then settled) makes two
        // cycles alike, and the set's first swing is often under way by the third: more must agree, the band still.
        var inSet = lastRepEnd > 0 && start - lastRepEnd <= _setGap;
        if (!inSet && turning)
        {
            _held = 0;
            return default;
        }
        if (_held > 0 && (start - _run[_held - 1].End > _gap || !_run[0].AgreesWith(rep, _agreeShare))) _held = 0;
        _run[_held++] = rep;
        if (_held < (inSet ? 2 : _run.Length)) return default;
        var count = _held;
        (_held, _runLast) = (0, rep);
        return _run.AsSpan(0, count);
    }
}

namespace HepSense.Signal;

/// <summary>
/// Reps a band with a gyroscope makes without turning (a squat or a press with the band on the wrist: it moves up and
/// down, level), which the swing path cannot see. The acceleration's cycle counter does: a cycle during which the band
/// turned less than a share of the smallest swing is such a rep. It counts once two in a row agree in size (a lone cycle
/// is a step or a knock), three before the swing path has counted a rep of the set (getting into position makes two), and
/// never while the swing path is counting.
/// </summary>
/// <remarks>
/// The counter's band ends at 2 Hz, so it runs at a lower rate than the detector when that is fast: on the mean of every k
/// samples (k = floor(rate / <see cref="DetectorTuning.TranslationRateHz"/>); the mean keeps what lies above its own Nyquist
/// frequency from folding into the band), at a k-th of the cost. Its sample m is the detector's m·k + k − 1, the one that
/// completed its block, so every rep it finds is in the detector's samples.
/// </remarks>
internal sealed class TranslationReps
{
    private readonly CycleCounter _cycles;
    private readonly int _k;                     // detector samples per sample of the counter's
    private readonly float _scale;               // 1 / k
    private float _ax, _ay, _az;                 // the block's sum so far...
    private int _inBlock;                        // ...of this many samples
    private readonly RepMeter _meter;
    private readonly double _maxTurnDeg;
    private readonly double _gap;                // longer apart, two cycles are not a run
    private readonly double _agreeShare;
    private readonly double _setGap;             // longer after the swing path's last rep, a run starts a set
    private readonly RepCandidate[] _run;
    private int _held;                          // how many of the run's first cycles (in _run) are held until enough agree
    private RepCandidate? _runLast;             // the last rep of a run that counts
    private long _start, _end;                  // the cycle that ended (detector samples)
    private double _depth;

    public TranslationReps(double sampleRateHz, DetectorTuning tuning, RepMeter meter)
    {
        _k = tuning.TranslationRateHz > 0 ? Math.Max(1, (int)(sampleRateHz / tuning.TranslationRateHz)) : 1;
        _scale = 1f / _k;
        _cycles = new CycleCounter(sampleRateHz / _k, tuning);
        _meter = meter;
        _maxTurnDeg = tuning.TranslationTurnShare * tuning.GyroFloorRad * 180 / Math.PI;
        _gap = tuning.CycleHoldS * sampleRateHz;
        _agreeShare = tuning.AgreeShare;
        _setGap = tuning.SetGapS * sampleRateHz;
        _run = new RepCandidate[Math.Max(2, (int)Math.Ceiling(tuning.TranslationStartRun))];
    }

    public void Settle(in ImuSample s) => _cycles.Settle(in s);

    /// <summary>Follows sample <paramref name="n"/> (every one, from 0); true when a cycle of the acceleration ended: see <see cref="Judge"/>.</summary>
    public bool Add(long n, in ImuSample s)
    {
        _end = n;
        return _k == 1 ? _cycles.Add(n, in s, out _start, out _depth) : AddToBlock(n, in s);
    }

    /// <summary>The sample joins its block; a full block's mean goes to the counter, as its sample n / k.</summary>
    private bool AddToBlock(long n, in ImuSample s)
    {
        (_ax, _ay, _az) = (_ax + s.Ax, _ay + s.Ay, _az + s.Az);
        if (++_inBlock < _k) return false;
        var mean = new ImuSample(_ax * _scale, _ay * _scale, _az * _scale, 0, 0, 0);
        (_ax, _ay, _az, _inBlock) = (0, 0, 0, 0);
        if (!_cycles.Add(n / _k, in mean, out var start, out _depth)) return false;
        _start = At(start);
        return true;
    }

    /// <summary>End of stream at sample <paramref name="last"/>: true when a cycle was still to report (call until false).</summary>
    public bool Flush(long last)
    {
        _end = last;
        if (!_cycles.Flush((last + 1) / _k - 1, out var start, out _depth)) return false;
        _start = At(start);
        return true;
    }

    /// <summary>The counter's sample <paramref name="m"/> in the detector's: the last of its block.</summary>
    private long At(long m) => m * _k + _k - 1;

    /// <summary>
    /// Whether the cycle that ended is a rep made without turning: the reps to count now (valid until the next call). The
    /// swing path is <paramref name="swinging"/> while a rep of its own is under way or held, <paramref name="turning"/> while
    /// one has begun (<see cref="SwingCounter.UnderWay"/>: outside a set it drops the run held), and counted a rep
    /// ending at <paramref name="lastRepEnd"/> (0: none yet).
    /// </summary>
    public ReadOnlySpan<RepCandidate> Judge(bool swinging, bool turning, long lastRepEnd)
    {
        var (start, end) = (_start, _end);
        if (swinging || start <= lastRepEnd || _meter.TurnedDeg(start, end) >= _maxTurnDeg)
        {
            (_held, _runLast) = (0, null);
            return default;
        }
        var rep = RepCandidate.OfCycle(_cycles, At(_cycles.ApexAt), start, end, _depth, _meter);
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

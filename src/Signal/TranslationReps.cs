namespace HepSense.Signal;

/// <summary>
/// Reps a band with a gyroscope makes without turning (a squat or a press with the band on the wrist: it moves up and
/// down, level), which the swing path cannot see. The acceleration's cycle counter does: a cycle during which the band
/// turned less than a share of the smallest swing is such a rep. It counts once two in a row agree in size (a lone cycle
/// is a step or a knock), and never while the swing path is counting.
/// </summary>
internal sealed class TranslationReps(double sampleRateHz, DetectorTuning tuning, RepMeter meter)
{
    private readonly CycleCounter _cycles = new(sampleRateHz, tuning);
    private readonly double _maxTurnDeg = tuning.TranslationTurnShare * tuning.GyroFloorRad * 180 / Math.PI;
    private readonly double _gap = tuning.CycleHoldS * sampleRateHz;   // longer apart, two cycles are not a run
    private readonly double _agreeShare = tuning.AgreeShare;
    private readonly RepCandidate[] _found = new RepCandidate[2];
    private RepCandidate? _runFirst, _runLast;  // a run of reps: its first (held until the next agrees), its last
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
    /// swing path is <paramref name="swinging"/> while a rep of its own is under way or held, and counted a rep ending at
    /// <paramref name="lastRepEnd"/>.
    /// </summary>
    public ReadOnlySpan<RepCandidate> Judge(bool swinging, long lastRepEnd)
    {
        var (start, end) = (_start, _end);
        if (swinging || start <= lastRepEnd || meter.TurnedDeg(start, end) >= _maxTurnDeg)
        {
            _runFirst = _runLast = null;
            return default;
        }
        var rep = RepCandidate.OfCycle(_cycles, start, end, _depth, meter);
        var count = 0;
        if (!(_runLast is { } last && start - last.End <= _gap))
        {
            if (_runFirst is not { } first || start - first.End > _gap || !first.AgreesWith(rep, _agreeShare))
            {
                (_runFirst, _runLast) = (rep, null);    // the first of a run: held until the next agrees
                return default;
            }
            _found[count++] = first;
        }
        _found[count++] = rep;
        (_runFirst, _runLast) = (null, rep);
        return _found.AsSpan(0, count);
    }
}

namespace HepSense.Signal;

/// <summary>
/// Counts the cycles of the dominant slow motion in a 3-axis accelerometer signal (no gyroscope): the
/// acceleration, band-passed to the rep band (this removes gravity's constant part and the jitter of
/// the hand), projected on its principal axis, with a hysteresis of a share of the recent RMS. A cycle
/// (a swing below −h, then above +h) is one rep. Counting whole cycles of the dominant component,
/// rather than excursions from a rest position, is what keeps jolts at the start and end of a movement
/// from being counted on their own: a jolt is one short lobe, not a cycle.
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
    private double _meanSquare, _previous, _low;
    private int _state;           // +1 last beyond +h, −1 last beyond −h, 0 not yet either
    private long _zeroDown, _start, _lowAt, _countedAt, _lastEnd;
    private bool _pending;
    private double _peak, _depth;
    private readonly long _maxEndWait;
    private readonly PeriodEstimator _period;
    private readonly double _fs, _minCycleShare, _minStrength;
    private readonly double _defaultHighHz, _highPerRep, _highMinHz, _highMaxHz;
    private double _highHz;
    private const double HighStep = 1.25;

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
    }

    public double Position { get; private set; }
    public double Threshold { get; private set; }
    /// <summary>Where the last counted cycle's lower lobe was deepest.</summary>
    public long LowAt { get; private set; }
    /// <summary>Peak-to-peak size of the last counted cycle (m/s²).</summary>
    public double Amplitude { get; private set; }

    public void Settle(in ImuSample s)
    {
        _high.Settle(s.Ax, s.Ay, s.Az);
    }

    /// <summary>End of stream: the cycle still waiting for its end, if any (it ends at the last sample).</summary>
    public bool Flush(long last, out long start, out double depth)
    {
        (start, depth) = (_start, _depth);
        if (!_pending) return false;
        Amplitude = _peak - _low;
        (_pending, _lastEnd) = (false, last);
        return true;
    }

    /// <summary>Adds sample n; true when it completes a cycle, which began at <paramref name="start"/>.</summary>
    public bool Add(long n, in ImuSample s, out long start, out double depth)
    {
        var (hx, hy, hz) = _high.Process(s.Ax, s.Ay, s.Az);
        var (pu, pv, pw) = _wide.Process(hx, hy, hz);
        if (_period.Add(pu, pv, pw)) FollowPeriod();
        var (u, v, w) = _band.Process(hx, hy, hz);
        _axis.Add(u, v, w);
        if ((n + 1) % _refreshEvery == 0) _axis.Refresh();
        var p = Position = _axis.Project(u, v, w);
        _meanSquare = _decay * _meanSquare + (1 - _decay) * p * p;
        var h = Threshold = Math.Max(_floor, _share * Math.Sqrt(_meanSquare));
        if (_previous >= 0 && p < 0) _zeroDown = n;
        _previous = p;
        (start, depth) = (0, 0);
        if (_pending)
        {
            // The cycle's last lobe: the rep ends once it has come back half way from its peak.
            _peak = Math.Max(_peak, p);
            if (p < _peak / 2 || n - _countedAt > _maxEndWait)
            {
                (_pending, _lastEnd) = (false, n);
                (start, depth) = (_start, _depth);
                Amplitude = _peak - _low;
                return true;
            }
        }
        if (_state >= 0 && p < -h)
        {
            _state = -1;
            (_start, _low, _lowAt) = (Math.Max(_zeroDown, _lastEnd), p, n);
        }
        else if (_state < 0 && p < _low) (_low, _lowAt) = (p, n);
        else if (_state <= 0 && p > h)
        {
            if (_state < 0 && n - _start >= _minCycle && n - _countedAt >= MinGap())
            {
                (_pending, _peak, _countedAt, _depth, LowAt) = (true, p, n, -_low / h, _lowAt);
            }
            _state = 1;
        }
        return false;
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

    /// <summary>The set's period (s; 0 while unknown) and its autocorrelation.</summary>
    public double PeriodS => _period.PeriodS;
    public double PeriodStrength => _period.Strength;
}

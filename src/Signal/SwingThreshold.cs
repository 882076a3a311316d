namespace HepSense.Signal;

/// <summary>
/// How far the band must swing (rad) for the gyroscope path to see a turn, from the size of the reps counted lately: a
/// share of their typical size, fading over <see cref="DetectorTuning.AmplitudeMemoryS"/> while no rep comes, and never
/// under a floor. Within a set (two reps in, the last within the set gap) the floor follows the set's own size down, so
/// the small reps of a patient in pain keep counting once their set has begun, but it stays above the shaking the
/// position shows (tremor, aliased at low rates, would otherwise make reps of its own).
/// </summary>
internal sealed class SwingThreshold
{
    private readonly DetectorTuning _t;
    private readonly double _floor, _setGap, _fading, _noiseDecay;
    private readonly SosFilter _jitter;         // the position's shaking, above the reps' band (tremor)
    private double _noise;                      // its mean square
    private double _typical;                    // typical rep size, fading when idle
    private readonly double[] _sizes = new double[5], _lengths = new double[5];   // the last reps' size and length (samples)
    private double _typicalSize, _typicalLength;                                  // their medians (these do not fade)
    private int _count;                         // reps remembered since the size memory (re)started
    private SwingTracker _fine;                 // the position's turns down to the floor: movements under the threshold
    private double _lastTurn;                   // where the last of them turned
    private readonly double[] _under = new double[8];   // the last swings between them, under the threshold (0: one was not)
    private int _underCount;

    public SwingThreshold(double sampleRateHz, DetectorTuning tuning)
    {
        _t = tuning;
        _floor = tuning.GyroFloorRad;
        _setGap = tuning.SetGapS * sampleRateHz;
        _fading = Math.Exp(-1 / (tuning.AmplitudeMemoryS * sampleRateHz));
        _jitter = new SosFilter(Butterworth.HighPass(2, Math.Min(tuning.JitterHz, 0.4 * sampleRateHz), sampleRateHz));
        _noiseDecay = Math.Exp(-1 / (tuning.JitterWindowS * sampleRateHz));
    }

    /// <summary>The threshold as of the last sample.</summary>
    public double Value { get; private set; }

    /// <summary>Where the last counted swing rep ended.</summary>
    public long LastRepEnd { get; private set; }

    /// <summary>Follows sample <paramref name="n"/>, at <paramref name="position"/> along the axis; returns the threshold.</summary>
    public double Update(long n, double position)
    {
        _typical *= _fading;
        var jitter = _jitter.Process(position);
        _noise = _noiseDecay * _noise + (1 - _noiseDecay) * jitter * jitter;
        var floor = _count >= 2 && n - LastRepEnd <= _setGap
            ? Math.Clamp(Math.Max(_t.InSetFloorShare * _typicalSize, _t.NoiseFloorShare * Math.Sqrt(_noise)), _t.InSetFloorRad, _floor)
            : _floor;
        var value = Math.Max(floor, _t.RelativeThreshold * _typical);
        if (_t.RhythmSwings > 0) value = FollowRhythm(n, position, floor, value);
        return Value = value;
    }

    /// <summary>
    /// Movements under the threshold that repeat alike (RhythmSwings swings in a row, each within AgreeShare of the others) are
    /// reps of another size, not fidgets: the size memory restarts with them (a set-up movement, picking the weight up, sized it).
    /// </summary>
    private double FollowRhythm(long n, double position, double floor, double value)
    {
        var turn = _fine.Add(position, n, floor, 0.4 * floor);
        if (turn == 0) return value;
        var at = turn > 0 ? _fine.Max : _fine.Min;
        var swing = Math.Abs(at - _lastTurn);
        _lastTurn = at;
        var k = (int)_t.RhythmSwings;
        _under[_underCount++ % k] = swing < value ? swing : 0;
        if (_underCount < k) return value;
        double low = double.MaxValue, high = 0;
        for (var i = 0; i < k; i++) (low, high) = (Math.Min(low, _under[i]), Math.Max(high, _under[i]));
        if (low <= 0 || low < _t.AgreeShare * high) return value;
        _count = 0;
        _typical = _typicalSize = high;
        _underCount = 0;
        return Math.Max(floor, _t.RelativeThreshold * _typical);
    }

    /// <summary>
    /// Far shorter and far smaller than the set's recent reps: a knock of the band, not a rep. Either alone is not (fast
    /// reps after slow ones, low-amplitude reps after full ones).
    /// </summary>
    public bool IsJolt(in RepCandidate rep) =>
        _count >= 3 && rep.Length < _t.JoltLengthShare * _typicalLength && rep.Amplitude < _t.JoltSizeShare * _typicalSize;

    /// <summary>
    /// A set's first reps, beginning at <paramref name="start"/>, are about to count: after a rest that splits sets, its
    /// own reps, not the last set's (perhaps of a larger exercise), set the size a swing must reach.
    /// </summary>
    public void BeginSet(long start)
    {
        if (start - LastRepEnd > _setGap) _count = 0;
    }

    /// <summary>A pause: a lone rep before it was not a set, so its size does not carry over.</summary>
    public void Paused()
    {
        if (_t.ForgetLone > 0 && _count == 1) { _count = 0; _typical = _typicalSize = 0; }
    }

    /// <summary>A rep was counted: it sets the typical size.</summary>
    public void Counted(in RepCandidate rep)
    {
        LastRepEnd = rep.End;
        _lengths[_count % _lengths.Length] = rep.Length;
        _sizes[_count++ % _sizes.Length] = rep.Amplitude;
        var count = Math.Min(_count, _sizes.Length);
        _typical = _typicalSize = Median(_sizes, count);
        _typicalLength = Median(_lengths, count);
    }

    private static double Median(double[] values, int count)
    {
        Span<double> sorted = stackalloc double[count];
        values.AsSpan(0, count).CopyTo(sorted);
        sorted.Sort();
        return sorted[count / 2];
    }
}

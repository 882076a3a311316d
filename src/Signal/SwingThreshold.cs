namespace HepSense.Signal;

/// <summary>
/// How far the band must swing (rad) for the gyroscope path to see a turn, from the size of the reps counted lately: a
/// share of their typical size, fading over <see cref="DetectorTuning.AmplitudeMemoryS"/> while no rep comes, and never
/// under a floor. Within a set (two reps in, the last within the set gap; one when that one barely cleared the floor) the
/// floor follows the set's own size down, so the small reps of a patient in pain keep counting once their set has begun,
/// but it stays above the shaking the position shows (tremor, aliased at low rates, would otherwise make reps of its own).
/// </summary>
internal sealed class SwingThreshold
{
    private readonly DetectorTuning _t;
    private readonly double _fs, _floor, _setGap, _noiseDecay;
    private double _fading;                     // per sample, over the memory stretched by the set's tempo
    private readonly SosFilter _jitter;         // the position's shaking, above the reps' band (tremor)
    private double _noise;                      // its mean square
    private double _typical;                    // typical rep size, fading when idle
    private readonly double[] _sizes = new double[5], _lengths = new double[5];   // the last reps' size and length (samples)
    private double _typicalSize, _typicalLength;                                  // their medians (these do not fade)
    private int _count;                         // reps remembered since the size memory (re)started
    private readonly PrincipalAxis? _axis;      // the motion axis and the band's rotation since rest (SwingCounter's), for
    private readonly RotationSinceRest? _rotation;   // SmallSetTurnShare
    private readonly double _turnShare2, _turnFloor2;
    private SizeMemory _before;                 // the memory before the rep counted for now
    private SwingTracker _fine;                 // the position's turns down to the floor, to see movements under the threshold
    private double _lastTurn;                   // where it last turned
    private readonly double[] _under;           // the last swings between its turns; 0 for one that was not under the threshold
    private int _swings;

    public SwingThreshold(double sampleRateHz, DetectorTuning tuning, PrincipalAxis? axis = null, RotationSinceRest? rotation = null)
    {
        (_t, _fs) = (tuning, sampleRateHz);
        if (tuning.SmallSetTurnShare > 0) (_axis, _rotation) = (axis, rotation);
        _turnShare2 = tuning.SmallSetTurnShare * tuning.SmallSetTurnShare;
        _turnFloor2 = tuning.GyroFloorRad * tuning.GyroFloorRad;
        _floor = tuning.GyroFloorRad;
        _setGap = tuning.SetGapS * sampleRateHz;
        Retime();
        _jitter = new SosFilter(Butterworth.HighPass(2, Math.Min(tuning.JitterHz, 0.4 * sampleRateHz), sampleRateHz));
        _noiseDecay = Math.Exp(-1 / (tuning.JitterWindowS * sampleRateHz));
        _under = new double[(int)Math.Max(0, tuning.RhythmSwings)];
    }

    /// <summary>The threshold as of the last sample.</summary>
    public double Value { get; private set; }

    /// <summary>The median size of the last reps counted (rad; 0 before any), not faded.</summary>
    public double TypicalSize => _typicalSize;

    /// <summary>The median length of the last reps counted (samples, start to coming back; 0 before any), not faded.</summary>
    public double TypicalLength => _typicalLength;

    /// <summary>Where the last counted swing rep ended.</summary>
    public long LastRepEnd { get; private set; }

    /// <summary>Follows sample <paramref name="n"/>, at <paramref name="position"/> along the axis; returns the threshold.</summary>
    public double Update(long n, double position)
    {
        _typical *= _fading;
        var jitter = _jitter.Process(position);
        _noise = _noiseDecay * _noise + (1 - _noiseDecay) * jitter * jitter;
        var floor = (_count >= 2 || _count == 1 && _typicalSize < _t.SmallSetFloorShare * _floor && AlongTheAxis()) && n - LastRepEnd <= _setGap
            ? Math.Clamp(Math.Max(_t.InSetFloorShare * _typicalSize, _t.NoiseFloorShare * Math.Sqrt(_noise)), _t.InSetFloorRad, _floor)
            : _floor;
        if (_under.Length > 0 && Rhythm(n, position, floor, Math.Max(floor, _t.RelativeThreshold * _typical)) is var size and > 0)
            RestartWith(size);
        return Value = Math.Max(floor, _t.RelativeThreshold * _typical);
    }

    /// <summary>
    /// The band turned since its last rest about the motion axis, or less than GyroFloorRad (SmallSetTurnShare): a movement
    /// about another axis, read on this one, is no partial rep of the set.
    /// </summary>
    private bool AlongTheAxis()
    {
        if (_axis is null || _rotation is null) return true;
        var (x, y, z) = (_rotation.X, _rotation.Y, _rotation.Z);
        var turned2 = x * x + y * y + z * z;
        var along = _axis.Project(x, y, z);
        return turned2 < _turnFloor2 || along * along >= _turnShare2 * turned2;
    }

    /// <summary>
    /// The size of the movements under <paramref name="threshold"/> when the last few swings (out, back, out, back) were all
    /// under it and alike (the smaller at least AgreeShare of the larger): reps of a smaller size than the remembered one, in
    /// a rhythm; else 0. A fidget is one swing out and one back, and a rep's swings are over the threshold.
    /// </summary>
    private double Rhythm(long n, double position, double floor, double threshold)
    {
        var turn = _fine.Add(position, n, floor);
        if (turn == 0) return 0;
        var at = turn > 0 ? _fine.Max : _fine.Min;
        var swing = Math.Abs(at - _lastTurn);
        _lastTurn = at;
        _under[_swings++ % _under.Length] = swing < threshold ? swing : 0;
        if (_swings < _under.Length) return 0;
        double low = double.MaxValue, high = 0;
        foreach (var s in _under) (low, high) = (Math.Min(low, s), Math.Max(high, s));
        return low > 0 && low >= _t.AgreeShare * high ? high : 0;
    }

    /// <summary>
    /// The remembered size came from a movement far larger than the reps now made (picking the weight up before a set of
    /// small reps): the memory restarts with the reps' size, so the next ones are seen.
    /// </summary>
    private void RestartWith(double size)
    {
        _count = 0;
        _typical = _typicalSize = size;
        _swings = 0;
    }

    /// <summary>
    /// Far shorter and far smaller than the set's recent reps: a knock of the band, not a rep. Either alone is not (fast
    /// reps after slow ones, low-amplitude reps after full ones). Only within the set: after a rest longer than the set gap the
    /// movement begins a set of its own, perhaps of a smaller, quicker exercise (heel raises after knee extensions).
    /// </summary>
    public bool IsJolt(in RepCandidate rep) =>
        _count >= 3 && (_t.JoltInSetOnly <= 0 || rep.Start - LastRepEnd <= _setGap)
        && rep.Length < _t.JoltLengthShare * _typicalLength && rep.Amplitude < _t.JoltSizeShare * _typicalSize;

    /// <summary>The last reps were strides (dropped by the gait gate): no set ended there, and no set is under way.</summary>
    public void ForgetEnd()
    {
        LastRepEnd = long.MinValue / 4;
        _count = 0;
    }

    /// <summary>The walk is over: the strides' size is forgotten too, as at the stream's start.</summary>
    public void Forget()
    {
        ForgetEnd();
        RestartWith(0);
        _typicalLength = 0;
        Retime();
    }

    /// <summary>
    /// A set's first reps, beginning at <paramref name="start"/>, are about to count: after a rest that splits sets, its
    /// own reps, not the last set's (perhaps of a larger exercise), set the size a swing must reach.
    /// </summary>
    public void BeginSet(long start)
    {
        if (start - LastRepEnd > _setGap) _count = 0;
    }

    /// <summary>
    /// A rep that may yet be retracted (<see cref="Retract"/>) sets the typical size as <see cref="Counted"/> does, from now.
    /// </summary>
    public void CountedForNow(in RepCandidate rep)
    {
        var slot = _count % _sizes.Length;
        _before = new SizeMemory(_typical, _typicalSize, _typicalLength, _count, LastRepEnd, _sizes[slot], _lengths[slot]);
        Counted(rep);
    }

    /// <summary>
    /// As <see cref="CountedForNow"/>, but only for the set's own floor (its count and median size): the threshold's memory of
    /// the typical size stays as it was, so a movement that may be getting into position does not hide the smaller reps after it.
    /// </summary>
    public void CountedForFloor(in RepCandidate rep)
    {
        CountedForNow(rep);
        _typical = _before.Typical;
    }

    /// <summary>The rep counted for now was not one (picking the weight up): the size memory is as it was before it.</summary>
    public void Retract(bool floorOnly = false)
    {
        var typical = _typical;
        (_typical, _typicalSize, _typicalLength, _count, var end, var size, var length) = _before;
        if (floorOnly) _typical = typical;   // counted for the floor only: the threshold's memory kept fading meanwhile
        LastRepEnd = end;
        (_sizes[_count % _sizes.Length], _lengths[_count % _lengths.Length]) = (size, length);
        Retime();
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
        Retime();
    }

    /// <summary>
    /// The size memory keeps to the set's tempo: it fades over AmplitudeMemoryS × how much slower than TempoRefS its reps are
    /// (1 to TempoMaxStretch). A slow patient's reps are as far apart in reps as a brisk one's, so a slow set's next rep still
    /// meets the set's size, not a threshold faded to let a drift between blocks through. The lower median of the last reps,
    /// and only once two are in: a long first movement (picking the weight up) does not stretch a brisk set's memory.
    /// </summary>
    private void Retime()
    {
        var count = Math.Min(_count, _lengths.Length);
        var stretch = _t.TempoRefS > 0 && count >= 2
            ? Math.Clamp(Median(_lengths, count, low: true) / (_t.TempoRefS * _fs), 1, Math.Max(1, _t.TempoMaxStretch))
            : 1;
        _fading = Math.Exp(-1 / (_t.AmplitudeMemoryS * stretch * _fs));
    }

    /// <summary>What <see cref="Counted"/> changes: the typical sizes, the count, the last end, and the slot it overwrites.</summary>
    private readonly record struct SizeMemory(double Typical, double TypicalSize, double TypicalLength, int Count, long LastRepEnd,
        double SlotSize, double SlotLength);

    private static double Median(double[] values, int count, bool low = false)
    {
        Span<double> sorted = stackalloc double[count];
        values.AsSpan(0, count).CopyTo(sorted);
        sorted.Sort();
        return sorted[low ? (count - 1) / 2 : count / 2];
    }
}

namespace HepSense.Signal;

/// <summary>
/// Streaming, causal repetition detector for one band. Feed it samples in order; it appends each rep
/// to <c>output</c> shortly (well within a second or two) after the rep ends. State is small and
/// bounded, and the result does not depend on how the stream is cut into batches.
/// </summary>
/// <remarks>
/// With a gyroscope, it finds the axis the band moves about (principal axis of the band-passed angular
/// rate) and follows the integrated rotation along it (without one, <see cref="CycleCounter"/> counts
/// cycles of the acceleration instead). A rep is an excursion of that signal away from where it
/// rested and back: a swing out past a threshold that follows the recent reps' amplitude, then a swing
/// back most of the way. The direction of excursion is taken from the first swing after a pause, so
/// reps with a hold at the top, a counter-movement, or no pause at all count once each.
/// </remarks>
public sealed class RepDetector
{
    private readonly DetectorTuning _t;
    private readonly double _fs, _floor;
    private readonly VectorFilter _motion;             // motion band of the gyroscope, for the axis
    private readonly VectorFilter _gravity;            // low-pass of the acceleration: gravity estimate
    private readonly PrincipalAxis _axis;
    private readonly int _refreshEvery;
    private readonly RepMeter _meter;
    private readonly SetTracker _sets;
    private readonly CycleCounter? _cycles;     // accelerometer only: it replaces the swing path below
    private readonly TranslationReps? _translations;

    private readonly SwingThreshold _threshold = null!;
    private SwingTracker _swing;
    private double _position;
    private readonly RotationSinceRest _rotation;
    private int _polarity;                      // +1 / -1: direction of the excursion; 0 after a pause
    private double _base;                       // where the current rep started from
    private long _baseLeft, _baseAt;
    private bool _armed;                        // swung out, waiting for the way back
    private double _apex, _amplitude;
    private long _apexAt, _apexLeft;
    private bool _pending;                      // came back: waiting to see where it settles
    private double _pendingMin;
    private long _pendingMinAt, _pendingSince;
    private readonly SetStartHold _hold;
    private int _candidates;                    // reps seen since the last pause, counted or not
    private long _lastExtreme;
    private long _lastCycleEnd = long.MinValue / 2;

    public RepDetector(double sampleRateHz, bool hasGyroscope) : this(sampleRateHz, hasGyroscope, new DetectorTuning()) { }

    /// <summary>With what is known of the exercise (optional; see <see cref="ExerciseProfile"/>).</summary>
    public RepDetector(double sampleRateHz, bool hasGyroscope, ExerciseProfile? profile)
        : this(sampleRateHz, hasGyroscope, DetectorTuning.For(profile)) { }

    internal RepDetector(double sampleRateHz, bool hasGyroscope, DetectorTuning tuning)
    {
        if (!(sampleRateHz >= 5 && sampleRateHz <= 2000))
            throw new ArgumentOutOfRangeException(nameof(sampleRateHz), sampleRateHz, "Sample rate must be between 5 and 2000 Hz.");
        SampleRateHz = sampleRateHz;
        HasGyroscope = hasGyroscope;
        _t = tuning;
        _fs = sampleRateHz;
        var high = Math.Min(tuning.HighCutHz, 0.4 * sampleRateHz);
        _motion = new VectorFilter(Butterworth.BandPass(2, tuning.AxisLowHz, high, sampleRateHz));
        _gravity = new VectorFilter(Butterworth.LowPass(2, Math.Min(tuning.GravityLowPassHz, 0.4 * sampleRateHz), sampleRateHz));
        _rotation = new RotationSinceRest(sampleRateHz, tuning);
        _axis = new PrincipalAxis(sampleRateHz, tuning.AxisWindowS, tuning.GyroAxisMinRadS)
        {
            LowMinimumShare = Math.Pow(tuning.GyroAxisLowRadS / tuning.GyroAxisMinRadS, 2),
            LowMinimumDominance = tuning.GyroAxisLowDominance,
        };
        _refreshEvery = Math.Max(1, (int)Math.Round(tuning.AxisRefreshS * sampleRateHz));
        _floor = tuning.GyroFloorRad;
        if (hasGyroscope) _threshold = new SwingThreshold(sampleRateHz, tuning);
        _meter = new RepMeter(sampleRateHz, hasGyroscope, memorySeconds: 60);
        _sets = new SetTracker(sampleRateHz, tuning);
        if (!hasGyroscope) _cycles = new CycleCounter(sampleRateHz, tuning);
        else if (tuning.TranslationTurnShare > 0) _translations = new TranslationReps(sampleRateHz, tuning, _meter);
        _hold = hasGyroscope
            ? new SetStartHold(tuning.AgreeShare, tuning.FidgetShare, tuning.HoldS * sampleRateHz)
            : new SetStartHold(tuning.AgreeShare, tuning.CycleFidgetShare, tuning.CycleHoldS * sampleRateHz);
    }

    /// <summary>Diagnostics: called per sample with (index, position signal, threshold).</summary>
    internal Action<long, double, double>? Probe { get; set; }

    public double SampleRateHz { get; }
    public bool HasGyroscope { get; }
    public long SamplesSeen { get; private set; }

    /// <summary>
    /// Feeds the next samples. A batch holding a non-finite value is refused whole, before any of it is
    /// used, so the detector's state (and every rep it found before) stays as it was.
    /// </summary>
    public void Process(ReadOnlySpan<ImuSample> samples, ICollection<DetectedRep> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        for (var i = 0; i < samples.Length; i++)
        {
            ref readonly var s = ref samples[i];
            if (!(float.IsFinite(s.Ax) && float.IsFinite(s.Ay) && float.IsFinite(s.Az) && float.IsFinite(s.Gx) && float.IsFinite(s.Gy) && float.IsFinite(s.Gz)))
                throw new ArgumentException($"Sample {i} of the batch is not a finite number; the batch was not used.", nameof(samples));
        }
        foreach (ref readonly var s in samples) Step(in s, output);
    }

    /// <summary>End of stream (session over, band silent): report a rep still pending.</summary>
    public void Flush(ICollection<DetectedRep> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (_pending) Emit(output);
        if (_cycles is not null && _cycles.Flush(SamplesSeen - 1, out var start, out var depth)) CycleRep(start, SamplesSeen - 1, depth, output);
        if (_translations is not null)
            foreach (ref readonly var rep in _translations.Flush(SamplesSeen - 1, _armed || _pending || _hold.Count > 0, _threshold.LastRepEnd)) Report(rep, output);
        Release(output);
        _armed = false;
        _polarity = 0;
        _swing.Reset(_position, SamplesSeen);
    }

    private void Step(in ImuSample s, ICollection<DetectedRep> output)
    {
        var n = SamplesSeen++;
        if (n == 0) Settle(in s);

        var (gx, gy, gz) = _gravity.Process(s.Ax, s.Ay, s.Az);
        _meter.Add(n, in s, gx, gy, gz);
        if (_cycles is not null) { CountCycle(n, in s, output); return; }

        // From here on the band has a gyroscope.
        var (u, v, w) = _motion.Process(s.Gx, s.Gy, s.Gz);
        _axis.Add(u, v, w);
        if ((n + 1) % _refreshEvery == 0) _axis.Refresh();
        _rotation.Add(s.Gx, s.Gy, s.Gz);
        _meter.Turned(_rotation.X, _rotation.Y, _rotation.Z, _axis);
        var p = _position = _axis.Project(_rotation.X, _rotation.Y, _rotation.Z);

        var h = _threshold.Update(n, p);
        Probe?.Invoke(n, p, h);

        ReleaseAfterHold(n, output);
        if (_translations is not null)
            foreach (ref readonly var rep in _translations.Add(n, in s, _armed || _pending || _hold.Count > 0, _threshold.LastRepEnd)) Report(rep, output);
        if (_pending)
        {
            var q = _polarity * p;
            if (q < _pendingMin) { _pendingMin = q; _pendingMinAt = n; }
            if (q > _pendingMin + h / 2 || n - _pendingMinAt > _t.SettleS * _fs || n - _pendingSince > _t.MaxEndWaitS * _fs)
                Emit(output);
        }

        var extreme = _swing.Add(p, n, h, 0.4 * h);
        if (extreme != 0)
        {
            _lastExtreme = n;
            if (_polarity == 0) _polarity = -extreme;
            if (extreme == -_polarity && _armed && _polarity * (_apex - (extreme > 0 ? _swing.Max : _swing.Min)) < _t.DipShare * _amplitude)
            {
                // A shallow dip on the way out (a hesitation, a counter-movement at the top): still the same rep, from the same start.
            }
            else if (extreme == -_polarity)
            {
                // Turned back out: the rep before it (if any) has ended, and this is the next one's start.
                if (_pending) Emit(output);
                _armed = false;
                (_base, _baseAt, _baseLeft) = extreme > 0 ? (_swing.Max, _swing.MaxAt, _swing.MaxLeft) : (_swing.Min, _swing.MinAt, _swing.MinLeft);
            }
            else
            {
                var (apex, arrived, left) = extreme > 0 ? (_swing.Max, _swing.MaxArrived, _swing.MaxLeft) : (_swing.Min, _swing.MinArrived, _swing.MinLeft);
                // After a shallow dip (still armed) the top is the higher of the two, held until the band left the second.
                if (_armed && _polarity * (apex - _apex) < 0) _apexLeft = left;
                else (_apex, _apexAt, _apexLeft) = (apex, arrived, left);
                _amplitude = Math.Abs(_apex - _base);
                _armed = _apexAt - _baseLeft <= _t.MaxHalfRepS * _fs;
            }
        }

        // The set's first swing went one way, and the way "back" now runs well past where it started: that swing was a
        // fidget before the set (or the set starts from the other end), not a rep. Its direction is not the set's.
        if (_hold.SetStarting && _candidates == 1 && !_armed && _t.OvershootShare > 0
            && _polarity * (_base - p) > Math.Max(h, _t.OvershootShare * _amplitude))
        {
            // Drop it if it is still pending or held (it is the only one that can be: the first since the pause).
            _pending = false;
            _hold.Drop();
            _polarity = -_polarity;
            (_base, _baseAt, _baseLeft) = (_apex, _apexAt, _apexLeft);
            _candidates = 0;
        }

        if (_armed && _polarity * (p - _base) <= (1 - _t.ReturnShare) * _amplitude)
        {
            _armed = false;
            _candidates++;
            _pending = true;
            _pendingMin = _polarity * p;
            _pendingMinAt = _pendingSince = n;
        }

        // A pause (resting at the base, not holding at the top): the next movement may go either way. Resting means
        // still near the lowest point since the last turn: a slow start of the next rep is not a pause (re-zeroed
        // there, its way out would be taken for the way back).
        if (!_armed && !_pending && _polarity != 0 && _swing.Direction != _polarity && n - _lastExtreme > _t.PolarityResetS * _fs
            && (_swing.Direction < 0 ? p - _swing.Min : _swing.Max - p) < 0.4 * h)
        {
            _polarity = 0;
            _hold.StartSet();
            _candidates = 0;
            _rotation.Rezero();
            _position = p = 0;
            _swing.Reset(p, n);
        }
    }

    private void Report(in RepCandidate rep, ICollection<DetectedRep> output) =>
        output.Add(_sets.Add(rep.Start, rep.ApexAt, rep.ApexLeft, rep.End, rep.RomDeg, rep.PeakSpeedDps, rep.Clarity));

    private void CountCycle(long n, in ImuSample s, ICollection<DetectedRep> output)
    {
        var done = _cycles!.Add(n, in s, out var start, out var depth);
        Probe?.Invoke(n, _cycles.Position, _cycles.Threshold);
        ReleaseAfterHold(n, output);
        if (done) CycleRep(start, n, depth, output);
    }

    private void CycleRep(long start, long n, double depth, ICollection<DetectedRep> output)
    {
        var rep = RepCandidate.OfCycle(_cycles!, start, n, depth, _meter);
        if (start - _lastCycleEnd > _t.CyclePauseS * _fs) _hold.StartSet();
        _lastCycleEnd = n;
        Hold(rep, output);
    }

    private void Emit(ICollection<DetectedRep> output)
    {
        _pending = false;
        var (_, peakSpeed) = _meter.Measure(_baseAt, _pendingMinAt);
        var rom = _meter.RangeDeg(_baseAt, _pendingMinAt, _amplitude * 180 / Math.PI, _axis, _t.AxisTurnedDeg);   // only the gyroscope's swing path emits here
        var clarity = Math.Clamp((_amplitude / _threshold.Value - 1) / 3, 0, 1);
        var rep = new RepCandidate(_baseLeft, _apexAt, Math.Max(_apexAt, Math.Min(_apexLeft, _pendingMinAt)), _pendingMinAt, _amplitude, clarity, rom, peakSpeed)
            { Length = _pendingSince - _baseLeft };
        if (rep.End - rep.Start < _t.MinRepS * _fs) return; // a jolt, not a movement anyone can repeat
        if (_threshold.IsJolt(rep)) return;
        Hold(rep, output);
    }

    private void Hold(in RepCandidate rep, ICollection<DetectedRep> output)
    {
        if (!_hold.SetStarting) Output(rep, output);
        else if (_hold.Add(rep)) Release(output);
    }

    private void ReleaseAfterHold(long n, ICollection<DetectedRep> output)
    {
        if (_hold.Due(n)) Release(output);
    }

    private void Release(ICollection<DetectedRep> output)
    {
        if (_hold.Count == 0) return;
        if (_cycles is null) _threshold.BeginSet(_hold.FirstStart);
        foreach (ref readonly var rep in _hold.Release()) Output(rep, output);
    }

    private void Output(in RepCandidate rep, ICollection<DetectedRep> output)
    {
        if (_cycles is null) _threshold.Counted(rep);
        output.Add(_sets.Add(rep.Start, rep.ApexAt, rep.ApexLeft, rep.End, rep.RomDeg, rep.PeakSpeedDps, rep.Clarity));
    }

    private void Settle(in ImuSample s)
    {
        _gravity.Settle(s.Ax, s.Ay, s.Az);
        _cycles?.Settle(in s);
        _motion.Settle(s.Gx, s.Gy, s.Gz);
        _translations?.Settle(in s);
        _rotation.Settle(s.Gx, s.Gy, s.Gz);
        _swing.Reset(0, 0);
    }
}

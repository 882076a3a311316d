namespace HepSense.Signal;

/// <summary>
/// Streaming, causal repetition detector for one band. Feed it samples in order; it appends each rep
/// to <c>output</c> shortly (well within a second or two) after the rep ends. State is small and
/// bounded, and the result does not depend on how the stream is cut into batches.
/// </summary>
/// <remarks>
/// It only routes: with a gyroscope, <see cref="SwingCounter"/> counts the band's swings and <see cref="TranslationReps"/>
/// the reps made without turning; without one, <see cref="CycleCounter"/> counts cycles of the acceleration (and
/// <see cref="MergedReps"/> finds, in the band's tilt, the small reps it merged into their neighbours). A set's
/// first reps wait in <see cref="SetStartHold"/> (with a gyroscope, a lone first movement that may be picking the weight up
/// in <see cref="SetUpWait"/>), and a rep far smaller than its set's waits for the set to go on in <see cref="PutDownHold"/>
/// (putting the weights down); <see cref="RepMeter"/> measures them and <see cref="SetTracker"/> groups them into sets.
/// A stream faster than <see cref="DetectorTuning.CoreRateHz"/> (50 Hz) is first brought down to it (<see cref="RateConverter"/>),
/// so every rate above it counts alike; its reps are still reported in the caller's samples.
/// </remarks>
public sealed class RepDetector
{
    private readonly VectorFilter _gravity;     // low-pass of the acceleration: gravity estimate
    private readonly RepMeter _meter;
    private readonly SetTracker _sets;
    private readonly SetStartHold _hold;
    private readonly SwingCounter? _swing;              // with a gyroscope
    private readonly SetUpWait? _setUp;                 // with a gyroscope
    private readonly TranslationReps? _translations;    // with a gyroscope, unless tuned off
    private readonly PutDownHold? _putDown;             // with a gyroscope: a last rep far smaller than the set's (weights put down)
    private readonly CycleCounter? _cycles;             // accelerometer only
    private readonly double _cyclePause;                // accelerometer only: a cycle this long after the last starts a set
    private readonly SetEndHold? _setEnd;               // accelerometer only: a slow last cycle (putting the weight down)
    private readonly MergedReps? _merged;               // accelerometer only: small reps the cycles merged, by tilt
    private long _lastCycleEnd = long.MinValue / 2;
    private readonly RateConverter? _converter;         // input faster than the detector's own rate
    private long _steps;                                // samples at the detector's own rate so far
    private long _dropped;                              // strides the gait gate dropped, as last seen
    private readonly GaitGate? _gait;                   // walking is not reps (unless tuned off)
    private readonly List<RepCandidate> _passed = [];   // reps the gait gate let through, reused

    public RepDetector(double sampleRateHz, bool hasGyroscope) : this(sampleRateHz, hasGyroscope, new DetectorTuning()) { }

    /// <summary>With what is known of the exercise (optional; see <see cref="ExerciseProfile"/>).</summary>
    public RepDetector(double sampleRateHz, bool hasGyroscope, ExerciseProfile? profile)
        : this(sampleRateHz, hasGyroscope, DetectorTuning.For(profile)) { }

    internal RepDetector(double sampleRateHz, bool hasGyroscope, DetectorTuning tuning)
    {
        if (!(sampleRateHz >= 5 && sampleRateHz <= 2000))
            throw new ArgumentOutOfRangeException(nameof(sampleRateHz), sampleRateHz, "Sample rate must be between 5 and 2000 Hz.");
        SampleRateHz = sampleRateHz;
        // Faster than the detector's own rate: brought down to it, so every rate sees the same samples (see RateConverter).
        var fs = tuning.CoreRateHz > 0 && sampleRateHz > tuning.CoreRateHz ? tuning.CoreRateHz : sampleRateHz;
        if (fs < sampleRateHz) _converter = new RateConverter(sampleRateHz, fs);
        HasGyroscope = hasGyroscope;
        _gravity = new VectorFilter(Butterworth.LowPass(2, Math.Min(tuning.GravityLowPassHz, 0.4 * fs), fs));
        _meter = new RepMeter(fs, hasGyroscope, memorySeconds: 60);
        _sets = new SetTracker(fs, tuning);
        if (tuning.GaitSteps > 0) _gait = new GaitGate(fs, hasGyroscope, tuning);
        if (hasGyroscope)
        {
            _swing = new SwingCounter(fs, tuning, _meter);
            if (tuning.TranslationTurnShare > 0) _translations = new TranslationReps(fs, tuning, _meter);
            _hold = new SetStartHold(tuning.AgreeShare, tuning.FidgetShare, tuning.HoldS * fs, setUp: new(tuning.SetUpLargeLengthShare,
                tuning.SetUpLargeShare, tuning.SlowSetUpShare, tuning.SetUpLengthShare));
            _setUp = new SetUpWait(fs, tuning, _swing, _hold, _meter);
            if (tuning.PutDownTiltShare > 0)
                _putDown = new PutDownHold(tuning.PutDownTiltShare, tuning.SetGapS * fs, tuning.PutDownRestS * fs, tuning.PutDownQuickShare,
                    _meter, tuning.SetUpUndoneShare, tuning.SetUpUndoneCos, tuning.SetUpUndoneLookS * fs, tuning.SetUpUndoneLengthShare,
                    tuning.PutDownBetweenShare, tuning.PutDownBetweenRestS * fs, tuning.PutDownBetweenApartS * fs,
                    tuning.PutDownBetweenAxisDeg > 0 ? Math.Cos(tuning.PutDownBetweenAxisDeg * Math.PI / 180) : 1);
        }
        else
        {
            _cycles = new CycleCounter(fs, tuning, _meter);
            _merged = new MergedReps(_meter, fs, tuning);
            _cyclePause = tuning.CyclePauseS * fs;
            _hold = new SetStartHold(tuning.AgreeShare, tuning.CycleFidgetShare, tuning.CycleHoldS * fs, tuning.CycleSetUpTiltShare,
                afterLengthShare: tuning.CyclePartialAfterLengthShare, likeLastShare: tuning.CycleLikeLastShare,
                firstPostureShare: tuning.CyclePartialFirstPostureShare, directionAt: _meter.DirectionAt,
                quick: new(tuning.CycleFidgetLengthShare, tuning.CycleFidgetMaxS * fs, tuning.CycleFidgetBriskShare),
                pushShare: tuning.CyclePushTilt);
            _setEnd = new SetEndHold(fs, tuning, new PickUpHold(fs, tuning, _meter), _meter);
        }
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
        foreach (ref readonly var s in samples)
        {
            SamplesSeen++;
            if (_converter is null) Step(in s, output);
            else if (_converter.Add(in s, out var own)) Step(in own, output);
        }
    }

    /// <summary>End of stream (session over, band silent): report a rep still pending.</summary>
    public void Flush(ICollection<DetectedRep> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var last = _steps - 1;
        if (_swing is not null && _swing.Flush()) Hold(_swing.Ended, output);
        while (_cycles is not null && _cycles.Flush(last, out var start, out var depth))
            Cycle(RepCandidate.OfCycle(_cycles, start, last, depth, _meter), output, _cycles.LetDown);
        while (_setEnd is not null && _setEnd.Expire(last, ended: true, out var back)) CycleRep(back, output);
        while (_translations is not null && _translations.Flush(last))
            foreach (ref readonly var rep in _translations.Judge(SwingBusy, _swing!.UnderWay, _swing.Threshold.LastRepEnd)) Report(rep, output);
        Release(output);
        if (_putDown is not null && _putDown.Expire(last, ended: true, busy: true, out var small)) Emit(small, output);
        _gait?.Expire(last, _passed, ended: true);
        Measure(output);
        _swing?.Restart(_steps);   // last: the translation path above still sees a swing under way
    }

    private void Step(in ImuSample s, ICollection<DetectedRep> output)
    {
        var n = _steps++;
        if (n == 0) Settle(in s);

        var (gx, gy, gz) = _gravity.Process(s.Ax, s.Ay, s.Az);
        _meter.Add(n, in s, gx, gy, gz);
        if (_gait is not null)
        {
            _gait.Add(n, in s);
            _gait.Expire(n, _passed);
            Measure(output);
            // A stride dropped: what it taught the swing path is no set's (SwingCounter.ForgetGait).
            if (_gait.Dropped != _dropped) { _dropped = _gait.Dropped; _swing?.ForgetGait(); }
        }
        if (_swing is null) { CountCycle(n, in s, gx, gy, gz, output); return; }

        // With a gyroscope, in this order: the hold lets a waiting set go before the translation path asks whether the
        // swing path is busy, and the swing path judges the set's direction once the hold has seen the rep just ended.
        _swing.Follow(n, in s);
        if (_putDown is not null && _putDown.Expire(n, ended: false, busy: _swing.UnderWay || _hold.Count > 0, out var small)) Emit(small, output);
        Probe?.Invoke(InputAt(n), _swing.Position, _swing.Threshold.Value);
        ReleaseAfterHold(n, output);
        if (_translations is not null && _translations.Add(n, in s))
            foreach (ref readonly var rep in _translations.Judge(SwingBusy, _swing.UnderWay, _swing.Threshold.LastRepEnd)) Report(rep, output);
        if (_swing.RepEnded(n)) Hold(_swing.Ended, output);
        if (_setUp!.TurnedBackAsSetUp(n)) _swing.TurnAround();
        _swing.FollowWayBack(n, _hold, _setUp, _hold.SetStarting && !_setUp.Waiting);
        if (_setUp!.SetRestarted)
        {
            // A pause (or a new posture) while the first movement waited: it was the last set's lone rep; the next set starts.
            Release(output);
            _hold.StartSet();
        }
        if (_swing.PostureReps.Length > 0) _sets.OutOfNorm(_swing.PostureReps.Length);
        foreach (ref readonly var rep in _swing.PostureReps) Hold(rep, output);
    }

    /// <summary>
    /// The swing path has a rep under way or held: a cycle of the acceleration then is part of it. A first movement whose
    /// report waits counts as released.
    /// </summary>
    private bool SwingBusy => _swing!.Counting || _hold.Count > 0 && !_setUp!.Waiting;

    private void CountCycle(long n, in ImuSample s, double gx, double gy, double gz, ICollection<DetectedRep> output)
    {
        var done = _cycles!.Add(n, in s, out var start, out var depth);
        Probe?.Invoke(InputAt(n), _cycles.Position, _cycles.Threshold);
        ReleaseAfterHold(n, output);
        _setEnd!.Follow(n, gx, gy, gz);
        while (_setEnd.Expire(n, ended: false, out var back)) CycleRep(back, output);
        if (!done) return;
        var cycle = RepCandidate.OfCycle(_cycles, start, n, depth, _meter);
        if (_merged!.Cycle(start, n, cycle.Amplitude, out var merged)) Cycle(merged, output);
        Cycle(cycle, output, _cycles.LetDown);
    }

    /// <summary>
    /// A cycle ended: on to the set-start hold, unless it is slow enough to be putting the weight down, or a let-down that may be
    /// the set's last (<paramref name="letDown"/>, <see cref="CycleCounter.LetDown"/>): it waits.
    /// </summary>
    private void Cycle(in RepCandidate cycle, ICollection<DetectedRep> output, bool letDown = false)
    {
        foreach (ref readonly var rep in _setEnd!.Add(cycle, letDown)) CycleRep(rep, output);
    }

    private void CycleRep(in RepCandidate rep, ICollection<DetectedRep> output)
    {
        if (rep.Start - _lastCycleEnd > _cyclePause) _hold.StartSet();
        _lastCycleEnd = rep.End;
        Hold(rep, output);
    }

    private void Hold(in RepCandidate rep, ICollection<DetectedRep> output)
    {
        if (!_hold.SetStarting && _setUp is not null && _setUp.StartsNextSet(rep)) _hold.StartSet();
        if (!_hold.SetStarting) { Output(rep, output); return; }
        if (_setUp is { Waiting: true })
        {
            // The first movement waited for this rep only to be told apart from it: picking the weight up is dropped (and its
            // size forgotten), anything else is reported as the hold would have released it, alone, and this rep follows.
            if (_setUp.IsSetUp(rep)) _setUp.Drop();
            else if (_setUp.MayBeLargeSetUp(rep)) _setUp.HoldWithNext();
            else
            {
                Release(output);
                Output(rep, output);
                return;
            }
        }
        _setUp?.Holding(rep);
        if (_hold.Add(rep)) Release(output);
    }

    /// <summary>The hold ran out: released, unless a lone first movement waits for the next rep (gyroscope only).</summary>
    private void ReleaseAfterHold(long n, ICollection<DetectedRep> output)
    {
        if (_hold.Due(n) && _setUp?.Holds(n) != true) Release(output);
    }

    private void Release(ICollection<DetectedRep> output)
    {
        var sized = _setUp is { Waiting: true, Sized: true };    // a first movement that waited: its size already counted
        _setUp?.Stop();
        if (_hold.Count == 0) return;
        if (!sized) _swing?.Threshold.BeginSet(_hold.FirstStart);
        foreach (ref readonly var rep in _hold.Release())
            if (_cycles is not null && _cycles.IsSetUpStep(rep.Start, rep.End)) continue;   // judged with the set, not counted
            else if (sized) Report(rep, output);
            else Output(rep, output);
    }

    /// <summary>A rep of the set: it also sets the size the next swings must reach.</summary>
    private void Output(in RepCandidate rep, ICollection<DetectedRep> output)
    {
        _swing?.Threshold.Counted(rep);
        Report(rep, output);
    }

    /// <summary>Handed out, unless it may be putting the weights down (with a gyroscope: it waits for the next rep).</summary>
    private void Report(in RepCandidate rep, ICollection<DetectedRep> output)
    {
        if (_putDown is null) { Emit(rep, output); return; }
        foreach (ref readonly var r in _putDown.Add(rep)) Emit(r, output);
    }

    /// <summary>Past the gait gate (it may wait for the verdict, or drop a stride), then measured and handed out.</summary>
    private void Emit(in RepCandidate rep, ICollection<DetectedRep> output)
    {
        if (_gait is null) { Measure(rep, output); return; }
        _gait.Pass(rep, _steps - 1, _passed);
        Measure(output);
    }

    private void Measure(ICollection<DetectedRep> output)
    {
        if (_passed.Count == 0) return;
        foreach (var rep in _passed) Measure(rep, output);
        _passed.Clear();
    }

    /// <summary>Measured into its set and handed out.</summary>
    private void Measure(in RepCandidate rep, ICollection<DetectedRep> output)
    {
        var r = _sets.Add(rep.Start, rep.ApexAt, rep.ApexLeft, rep.End, rep.RomDeg, rep.PeakSpeedDps, rep.Clarity,
            HasGyroscope ? double.NaN : rep.Amplitude,   // without a gyroscope, every rep is a cycle: its excursion in m/s²
            HasGyroscope ? null : new Tilts(_meter.DirectionAt(rep.Start), _meter.DirectionAt(rep.End)));
        output.Add(_converter is null ? r : r with { StartSample = InputAt(r.StartSample), EndSample = InputAt(r.EndSample) });
    }

    /// <summary>Sample <paramref name="n"/> at the detector's own rate, in the caller's samples.</summary>
    private long InputAt(long n) => _converter?.InputAt(n) ?? n;

    private void Settle(in ImuSample s)
    {
        _gravity.Settle(s.Ax, s.Ay, s.Az);
        _swing?.Settle(in s);
        _translations?.Settle(in s);
        _cycles?.Settle(in s);
        _gait?.Settle(in s);
    }
}

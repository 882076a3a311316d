namespace HepSense.Signal;

/// <summary>
/// Streaming, causal repetition detector for one band. Feed it samples in order; it appends each rep
/// to <c>output</c> shortly (about a second) after the rep ends. State is small and bounded.
/// The result does not depend on how the stream is cut into batches.
/// </summary>
/// <remarks>
/// The motion signal is the band-passed gyroscope (or accelerometer, when there is no gyroscope)
/// projected on its principal axis. A rep is one cycle of that signal: a lobe of one polarity (going
/// out) then a lobe of the other (coming back), each crossing a threshold that follows the recent lobe
/// amplitude, with hysteresis. Polarity is fixed by the first lobe after a pause.
/// </remarks>
public sealed class RepDetector
{
    private readonly DetectorTuning _t;
    private readonly double _fs;
    private readonly SosFilter _f0, _f1, _f2;
    private readonly SosFilter _g0, _g1, _g2;
    private readonly PrincipalAxis _axis;
    private readonly int _refreshEvery;
    private readonly double _floor;
    private readonly double _ampDecay;
    private readonly RepMeter _meter;
    private readonly SetTracker _sets;

    // Lobe and rep state.
    private int _polarity;          // +1/-1 once a pause is over and the first lobe seen; 0 otherwise
    private int _phase;             // 0 waiting for an outward lobe, 1 in the outward lobe, 2 in the return lobe
    private int _lobeSign;          // sign of the lobe in progress, 0 when none
    private long _repStart, _lastLobeEnd, _lastZero;
    private double _peakOut, _peakBack;
    private double _amplitude;      // typical lobe peak, decays when idle
    private long _lastActivity;
    private double _prevX;

    public RepDetector(double sampleRateHz, bool hasGyroscope) : this(sampleRateHz, hasGyroscope, new DetectorTuning()) { }

    internal RepDetector(double sampleRateHz, bool hasGyroscope, DetectorTuning tuning)
    {
        if (!(sampleRateHz >= 5 && sampleRateHz <= 2000))
            throw new ArgumentOutOfRangeException(nameof(sampleRateHz), sampleRateHz, "Sample rate must be between 5 and 2000 Hz.");
        SampleRateHz = sampleRateHz;
        HasGyroscope = hasGyroscope;
        _t = tuning;
        _fs = sampleRateHz;
        var high = Math.Min(tuning.HighCutHz, 0.4 * sampleRateHz);
        var band = Butterworth.BandPass(2, tuning.LowCutHz, high, sampleRateHz);
        (_f0, _f1, _f2) = (new SosFilter(band), new SosFilter(band), new SosFilter(band));
        var gravity = Butterworth.LowPass(2, Math.Min(tuning.GravityLowPassHz, 0.4 * sampleRateHz), sampleRateHz);
        (_g0, _g1, _g2) = (new SosFilter(gravity), new SosFilter(gravity), new SosFilter(gravity));
        _axis = new PrincipalAxis(sampleRateHz, tuning.AxisWindowS);
        _refreshEvery = Math.Max(1, (int)Math.Round(tuning.AxisRefreshS * sampleRateHz));
        _floor = hasGyroscope ? tuning.GyroFloorRadS : tuning.AccelFloorMs2;
        _ampDecay = Math.Exp(-1 / (tuning.AmplitudeMemoryS * sampleRateHz));
        _meter = new RepMeter(sampleRateHz, hasGyroscope);
        _sets = new SetTracker(sampleRateHz, tuning);
    }

    /// <summary>Diagnostics: called per sample with (index, motion signal, threshold).</summary>
    internal Action<long, double, double>? Probe { get; set; }

    public double SampleRateHz { get; }
    public bool HasGyroscope { get; }
    public long SamplesSeen { get; private set; }

    public void Process(ReadOnlySpan<ImuSample> samples, ICollection<DetectedRep> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        foreach (ref readonly var s in samples) Step(in s, output);
    }

    /// <summary>End of stream (session over, band silent): report a rep still pending.</summary>
    public void Flush(ICollection<DetectedRep> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (_phase == 2) EndRep(SamplesSeen - 1, output);
        _phase = 0;
        _polarity = 0;
        _lobeSign = 0;
    }

    private void Step(in ImuSample s, ICollection<DetectedRep> output)
    {
        var n = SamplesSeen++;
        if (n == 0) Settle(in s);

        double u, v, w;
        if (HasGyroscope) (u, v, w) = (_f0.Process(s.Gx), _f1.Process(s.Gy), _f2.Process(s.Gz));
        else (u, v, w) = (_f0.Process(s.Ax), _f1.Process(s.Ay), _f2.Process(s.Az));
        _axis.Add(u, v, w);
        if ((n + 1) % _refreshEvery == 0) _axis.Refresh();
        var x = _axis.Project(u, v, w);

        _meter.Add(in s, _g0.Process(s.Ax), _g1.Process(s.Ay), _g2.Process(s.Az), _axis);

        _amplitude *= _ampDecay;
        var h = Math.Max(_floor, _t.RelativeThreshold * _amplitude);
        Probe?.Invoke(n, x, h);
        if ((x > 0) != (_prevX > 0)) { _lastZero = n; _meter.Mark(); }
        _prevX = x;

        // Schmitt trigger: a lobe starts when the signal crosses the threshold, ends when it falls back.
        var sign = x > h ? 1 : x < -h ? -1 : 0;
        if (sign != 0)
        {
            _lastActivity = n;
            if (sign != _lobeSign) StartLobe(sign, n, output);
            var mag = Math.Abs(x);
            if (_phase == 1 && sign == _polarity) _peakOut = Math.Max(_peakOut, mag);
            if (_phase == 2 && sign == -_polarity) _peakBack = Math.Max(_peakBack, mag);
        }
        else if (_lobeSign != 0 && x * _lobeSign < _t.Release * h)
        {
            _lobeSign = 0;
            _lastLobeEnd = n;
            if (_phase == 2) EndRep(n, output);
        }

        if (_phase == 1 && n - _repStart > _t.MaxHalfRepS * _fs) _phase = 0; // went out, never came back
        if (_phase == 0 && _lobeSign == 0 && n - _lastActivity > _t.PolarityResetS * _fs) _polarity = 0;
    }

    private void StartLobe(int sign, long n, ICollection<DetectedRep> output)
    {
        _lobeSign = sign;
        if (_polarity == 0) _polarity = sign;
        if (sign == _polarity)
        {
            if (_phase == 2) EndRep(_lastZero, output);
            if (_phase != 1)
            {
                _phase = 1;
                _repStart = Math.Min(_lastZero, n);
                _peakOut = 0;
                _meter.Begin();
            }
        }
        else if (_phase == 1)
        {
            _phase = 2;
            _peakBack = 0;
        }
    }

    private void EndRep(long end, ICollection<DetectedRep> output)
    {
        _phase = 0;
        var peak = Math.Min(_peakOut, _peakBack);
        _amplitude = Math.Max(_amplitude, 0) * 0.5 + 0.5 * Math.Max(_peakOut, _peakBack);
        var m = _meter.End();
        var symmetry = Math.Min(_peakOut, _peakBack) / Math.Max(1e-9, Math.Max(_peakOut, _peakBack));
        output.Add(_sets.Add(_repStart, end, m.RomDeg, m.PeakSpeedDps, symmetry, peak));
    }

    private void Settle(in ImuSample s)
    {
        _g0.Settle(s.Ax); _g1.Settle(s.Ay); _g2.Settle(s.Az);
        if (!HasGyroscope) { _f0.Settle(s.Ax); _f1.Settle(s.Ay); _f2.Settle(s.Az); }
        else { _f0.Settle(s.Gx); _f1.Settle(s.Gy); _f2.Settle(s.Gz); }
    }
}

namespace HepSense.Signal;

/// <summary>
/// Recognises a change of posture (lying down on the bench, lifting the weights overhead, unracking): the gravity
/// direction (low-passed acceleration) turns far from where it last rested, within a few seconds, and holds steady
/// at the new direction. A large rep with a hold at the top looks the same until it comes back, so a step stays
/// open until the band returns (near the direction it left) or the next step: <see cref="Returned"/> then says the
/// step was the way out of a rep after all. Causal, a few operations per sample, no allocation.
/// </summary>
internal sealed class PostureStep
{
    public enum Event { None, Stepped, Returned }

    private readonly VectorFilter _low, _fast;
    private readonly double _cosStep, _cosSteady, _backShare;
    private double _cosBack, _cosHold;
    private double _nx, _ny, _nz;       // after a step: the direction it went to
    private readonly long _steadyFor, _turnWithin;
    private double _rx, _ry, _rz;       // where the current steady run began
    private long _runStart;
    private double _sx, _sy, _sz;       // the last direction held steady
    private bool _rested, _open;
    private double _bx, _by, _bz;       // after a step: the direction it left

    public PostureStep(double sampleRateHz, DetectorTuning tuning)
    {
        _low = new VectorFilter(Butterworth.LowPass(2, Math.Min(tuning.StepLowPassHz, 0.4 * sampleRateHz), sampleRateHz));
        _fast = new VectorFilter(Butterworth.LowPass(2, Math.Min(tuning.StepReturnLowPassHz, 0.4 * sampleRateHz), sampleRateHz));
        (_cosStep, _cosSteady, _backShare) = (Math.Cos(tuning.StepDeg * Math.PI / 180), Math.Cos(tuning.StepSteadyDeg * Math.PI / 180), tuning.StepBackShare);
        (_steadyFor, _turnWithin) = ((long)Math.Round(tuning.StepSteadyS * sampleRateHz), (long)Math.Round(tuning.StepTurnS * sampleRateHz));
        _runStart = long.MaxValue / 2;
    }

    /// <summary>The low-passed acceleration (gravity, m/s²) as of the last sample.</summary>
    public double X { get; private set; }
    public double Y { get; private set; }
    public double Z { get; private set; }

    /// <summary>Held steady for the steady time, so far.</summary>
    public bool Steady { get; private set; }

    /// <summary>A step is in force: the band has not come back from it.</summary>
    public bool Open => _open;

    /// <summary>After a step, not returned: the band is still near the direction it stepped to (not on its way back).</summary>
    public bool Holding { get; private set; }

    /// <summary>The last sample at which the band rested at the direction it left in the last step.</summary>
    public long LeftAt { get; private set; }

    public void Settle(double ax, double ay, double az)
    {
        _low.Settle(ax, ay, az);
        _fast.Settle(ax, ay, az);
    }

    public Event Add(long n, double ax, double ay, double az)
    {
        var (fx, fy, fz) = _fast.Process(ax, ay, az);
        var (x, y, z) = _low.Process(ax, ay, az);
        var fast = Math.Sqrt(fx * fx + fy * fy + fz * fz);
        Holding = _open && fx * _nx + fy * _ny + fz * _nz >= _cosHold * fast;
        (X, Y, Z) = (x, y, z);
        var norm = Math.Sqrt(x * x + y * y + z * z);
        if (!(norm > 1e-9)) return Event.None;
        (x, y, z) = (x / norm, y / norm, z / norm);
        var result = Event.None;
        // Whether it came back is judged on a faster low-pass: the rep's way back must not wait for the slow one.
        if (_open && fx * _bx + fy * _by + fz * _bz >= _cosBack * fast)
        {
            // Back near where it left: a rep's way out with a hold at the top, not a change of posture.
            _open = false;
            (_sx, _sy, _sz) = (_bx, _by, _bz);
            _runStart = n;          // the slow low-pass is still on its way back: it has to settle again
            result = Event.Returned;
        }
        if (n < _runStart || x * _rx + y * _ry + z * _rz < _cosSteady) ((_rx, _ry, _rz), _runStart) = ((x, y, z), n);
        Steady = n - _runStart >= _steadyFor;
        if (!Steady) return result;
        if (_rested && _rx * _sx + _ry * _sy + _rz * _sz < _cosStep && _runStart - LeftAt <= _turnWithin)
        {
            (_bx, _by, _bz, _open) = (_sx, _sy, _sz, true);
            var angle = Math.Acos(Math.Clamp(_rx * _sx + _ry * _sy + _rz * _sz, -1, 1));
            (_cosBack, _cosHold, _nx, _ny, _nz) = (Math.Cos(angle * _backShare), Math.Cos(angle * (1 - _backShare) / 2), _rx, _ry, _rz);
            (_sx, _sy, _sz) = (_rx, _ry, _rz);
            return Event.Stepped;
        }
        (_sx, _sy, _sz, _rested) = (_rx, _ry, _rz, true);
        LeftAt = n;
        return result;
    }
}

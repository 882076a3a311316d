namespace HepSense.Signal;

/// <summary>
/// A gyroscope made from gravity, for bands without one: the rate at which the band tilts, from the turning of the
/// low-passed acceleration (gravity's direction in the band's frame). A vector fixed in the world turns in the band's
/// frame as ġ = −ω × g, so the part of ω perpendicular to gravity is ġ × g / |g|² (rad/s); rotation about gravity is
/// unseen. The low-pass keeps hand jitter out; the linear acceleration of fast reps leaks in through it and reads as tilt.
/// </summary>
internal sealed class TiltRate
{
    private readonly VectorFilter _gravity;
    private readonly double _fs, _decay, _gate;
    private readonly bool _slowNorm, _unit;
    private double _x, _y, _z;      // gravity as of the previous sample
    private double _ix, _iy, _iz;   // the last input trusted as gravity's direction
    private double _g2;             // slow mean of |a|²: gravity's size as this sensor reads it
    private bool _settled;

    public TiltRate(double sampleRateHz, DetectorTuning tuning)
    {
        _fs = sampleRateHz;
        _gravity = new VectorFilter(Butterworth.LowPass(2, Math.Min(tuning.TiltLowPassHz, 0.4 * sampleRateHz), sampleRateHz));
        _decay = Math.Exp(-1 / (10 * sampleRateHz));
        (_slowNorm, _unit, _gate) = (tuning.TiltSlowNorm > 0, tuning.TiltUnit > 0, tuning.TiltGate);
    }

    /// <summary>The sample with the tilt rate in place of its (absent) gyroscope.</summary>
    public ImuSample Gyroscope(in ImuSample s)
    {
        if (!_settled) Settle(s.Ax, s.Ay, s.Az);
        var (x, y, z) = Process(s.Ax, s.Ay, s.Az);
        return s with { Gx = (float)x, Gy = (float)y, Gz = (float)z };
    }

    public void Settle(double ax, double ay, double az)
    {
        _gravity.Settle(ax, ay, az);
        (_x, _y, _z) = (_ix, _iy, _iz) = (ax, ay, az);
        _g2 = ax * ax + ay * ay + az * az;
        _settled = true;
    }

    /// <summary>The next sample's acceleration (m/s²); its tilt rate (rad/s) in the band's frame.</summary>
    public (double X, double Y, double Z) Process(double ax, double ay, double az)
    {
        var a2 = ax * ax + ay * ay + az * az;
        _g2 = _decay * _g2 + (1 - _decay) * a2;
        var ratio = Math.Sqrt(a2 / _g2);
        if (_gate <= 0 || Math.Abs(ratio - 1) < _gate)
        {
            if (_unit && ratio > 0.1) { ax /= ratio; ay /= ratio; az /= ratio; }
            (_ix, _iy, _iz) = (ax, ay, az);
        }
        var (x, y, z) = _gravity.Process(_ix, _iy, _iz);
        double dx = (x - _x) * _fs, dy = (y - _y) * _fs, dz = (z - _z) * _fs;
        (_x, _y, _z) = (x, y, z);
        var norm2 = _slowNorm ? _g2 : x * x + y * y + z * z;
        if (norm2 < 1) return (0, 0, 0);    // free fall or no signal: no direction to follow
        return ((dy * z - dz * y) / norm2, (dz * x - dx * z) / norm2, (dx * y - dy * x) / norm2);
    }
}

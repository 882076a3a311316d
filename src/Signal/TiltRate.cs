namespace HepSense.Signal;

/// <summary>
/// A gyroscope made from gravity, for bands without one: the rate at which the band tilts, from the turning of the
/// low-passed acceleration (gravity's direction in the band's frame). A vector fixed in the world turns in the band's
/// frame as ġ = −ω × g, so the part of ω perpendicular to gravity is ġ × g / |g|² (rad/s); rotation about gravity is
/// unseen. Linear acceleration leaks in through the low-pass and reads as tilt; a sample whose size is far from
/// gravity's (a jerk) is not taken as gravity's direction: the last one that was is held instead.
/// </summary>
internal sealed class TiltRate
{
    private readonly VectorFilter _gravity;
    private readonly double _fs, _decay, _gate;
    private double _x, _y, _z;      // gravity as of the previous sample
    private double _ix, _iy, _iz;   // the last sample trusted as gravity's direction
    private double _g2;             // slow mean of |a|²: gravity's size as this sensor reads it
    private bool _settled;

    public TiltRate(double sampleRateHz, DetectorTuning tuning)
    {
        _fs = sampleRateHz;
        _gravity = new VectorFilter(Butterworth.LowPass(2, Math.Min(tuning.TiltLowPassHz, 0.4 * sampleRateHz), sampleRateHz));
        _decay = Math.Exp(-1 / (10 * sampleRateHz));
        _gate = tuning.TiltGate;
    }

    /// <summary>The sample with its tilt rate in place of the (absent) gyroscope's.</summary>
    public ImuSample Gyroscope(in ImuSample s)
    {
        if (!_settled) Settle(s.Ax, s.Ay, s.Az);
        var (x, y, z) = Process(s.Ax, s.Ay, s.Az);
        return s with { Gx = (float)x, Gy = (float)y, Gz = (float)z };
    }

    private void Settle(double ax, double ay, double az)
    {
        _gravity.Settle(ax, ay, az);
        (_x, _y, _z) = (_ix, _iy, _iz) = (ax, ay, az);
        _g2 = ax * ax + ay * ay + az * az;
        _settled = true;
    }

    /// <summary>The next sample's acceleration (m/s²); its tilt rate (rad/s) in the band's frame.</summary>
    private (double X, double Y, double Z) Process(double ax, double ay, double az)
    {
        var a2 = ax * ax + ay * ay + az * az;
        _g2 = _decay * _g2 + (1 - _decay) * a2;
        if (_gate <= 0 || Math.Abs(Math.Sqrt(a2 / _g2) - 1) < _gate) (_ix, _iy, _iz) = (ax, ay, az);
        var (x, y, z) = _gravity.Process(_ix, _iy, _iz);
        double dx = (x - _x) * _fs, dy = (y - _y) * _fs, dz = (z - _z) * _fs;
        (_x, _y, _z) = (x, y, z);
        var norm2 = x * x + y * y + z * z;
        if (norm2 < 1) return (0, 0, 0);    // no gravity to follow (free fall, no signal)
        return ((dy * z - dz * y) / norm2, (dz * x - dx * z) / norm2, (dx * y - dy * x) / norm2);
    }
}

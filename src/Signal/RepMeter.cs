namespace HepSense.Signal;

/// <summary>
/// Remembers the last seconds of the band's tilt (gravity direction) and angular speed in 0.2 s
/// slots, so a rep can be measured once it is known where it began. Bounded: a fixed ring of slots.
/// </summary>
internal sealed class RepMeter
{
    private const double Deg = 180 / Math.PI;
    private readonly int _slotSamples;
    private readonly double _fs;
    private readonly bool _hasGyroscope;
    private readonly (float X, float Y, float Z, float Speed)[] _slots;
    private double _speed, _px, _py, _pz;
    private long _slot;

    public RepMeter(double sampleRateHz, bool hasGyroscope, double memorySeconds)
    {
        _fs = sampleRateHz;
        _hasGyroscope = hasGyroscope;
        _slotSamples = Math.Max(1, (int)Math.Round(sampleRateHz / 5));
        _slots = new (float, float, float, float)[(int)Math.Ceiling(memorySeconds * sampleRateHz / _slotSamples) + 2];
    }

    /// <summary>Adds sample n: raw sample and its low-passed acceleration (the gravity estimate).</summary>
    public void Add(long n, in ImuSample s, double gx, double gy, double gz)
    {
        var norm = Math.Sqrt(gx * gx + gy * gy + gz * gz);
        if (norm > 1e-6) { gx /= norm; gy /= norm; gz /= norm; }
        double speed;
        if (_hasGyroscope) speed = Math.Sqrt((double)s.Gx * s.Gx + (double)s.Gy * s.Gy + (double)s.Gz * s.Gz);
        else
        {
            double dx = gx - _px, dy = gy - _py, dz = gz - _pz;
            speed = n == 0 ? 0 : Math.Sqrt(dx * dx + dy * dy + dz * dz) * _fs;
        }
        (_px, _py, _pz) = (gx, gy, gz);
        _speed = Math.Max(_speed, speed);
        if ((n + 1) % _slotSamples == 0)
        {
            _slots[_slot % _slots.Length] = ((float)gx, (float)gy, (float)gz, (float)_speed);
            _slot++;
            _speed = 0;
        }
    }

    /// <summary>Largest tilt from the direction at <paramref name="start"/>, and peak angular speed, up to <paramref name="end"/>.</summary>
    public (double TiltDeg, double PeakSpeedDps) Measure(long start, long end)
    {
        var last = Math.Min(end / _slotSamples, _slot - 1);
        var first = Math.Max(Math.Max(0, start / _slotSamples), _slot - _slots.Length + 1);
        if (last < first) return (0, 0);
        var r = _slots[first % _slots.Length];
        var minDot = 1.0;
        var peak = 0.0;
        for (var k = first; k <= last; k++)
        {
            var s = _slots[k % _slots.Length];
            minDot = Math.Min(minDot, s.X * r.X + s.Y * r.Y + s.Z * r.Z);
            peak = Math.Max(peak, s.Speed);
        }
        return (Math.Acos(Math.Clamp(minDot, -1, 1)) * Deg, peak * Deg);
    }
}

namespace HepSense.Signal;

/// <summary>
/// Measures the band's rotation over a rep: with a gyroscope, the angle integrated about the motion
/// axis; without one, the largest tilt of the gravity direction from where the rep began.
/// The reference is re-taken at every quiet moment until a rep begins, so the rep's lead-in counts.
/// </summary>
internal sealed class RepMeter(double sampleRateHz, bool hasGyroscope)
{
    private const double Deg = 180 / Math.PI;
    private readonly double _dt = 1 / sampleRateHz;
    private bool _inRep, _started;
    private double _theta, _thetaMin, _thetaMax, _peakSpeed;
    private double _rx, _ry, _rz, _minDot = 1;     // gravity reference direction and closest approach
    private double _px, _py, _pz;                  // previous gravity direction

    public void Add(in ImuSample s, double gx, double gy, double gz, PrincipalAxis axis)
    {
        var norm = Math.Sqrt(gx * gx + gy * gy + gz * gz);
        if (norm > 1e-6) { gx /= norm; gy /= norm; gz /= norm; }
        double speed;
        if (hasGyroscope)
        {
            _theta += axis.Project(s.Gx, s.Gy, s.Gz) * _dt;
            speed = Math.Sqrt((double)s.Gx * s.Gx + (double)s.Gy * s.Gy + (double)s.Gz * s.Gz);
        }
        else
        {
            double dx = gx - _px, dy = gy - _py, dz = gz - _pz;
            speed = Math.Sqrt(dx * dx + dy * dy + dz * dz) / _dt;
        }
        (_px, _py, _pz) = (gx, gy, gz);
        if (!_started) { _started = true; Mark(); }
        _thetaMin = Math.Min(_thetaMin, _theta);
        _thetaMax = Math.Max(_thetaMax, _theta);
        _minDot = Math.Min(_minDot, gx * _rx + gy * _ry + gz * _rz);
        _peakSpeed = Math.Max(_peakSpeed, speed);
    }

    /// <summary>A quiet moment: the next rep is measured from here unless one is under way.</summary>
    public void Mark()
    {
        if (_inRep) return;
        _thetaMin = _thetaMax = _theta;
        (_rx, _ry, _rz) = (_px, _py, _pz);
        _minDot = 1;
        _peakSpeed = 0;
    }

    public void Begin() => _inRep = true;

    public (double RomDeg, double PeakSpeedDps) End()
    {
        _inRep = false;
        var rom = hasGyroscope ? _thetaMax - _thetaMin : Math.Acos(Math.Clamp(_minDot, -1, 1));
        var result = (rom * Deg, _peakSpeed * Deg);
        Mark();
        return result;
    }
}

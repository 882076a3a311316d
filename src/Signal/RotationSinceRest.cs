namespace HepSense.Signal;

/// <summary>
/// The band's rotation since it last rested, as a vector (rad): the gyroscope's rate less its bias, integrated
/// with a slow leak. Integrated as a vector and projected afterwards, so the part of a rep made before its axis was
/// found still counts once it is.
/// </summary>
/// <remarks>
/// The bias is whatever the gyroscope reads while the band does not turn, however large (an uncalibrated consumer
/// sensor reads 1–5 °/s at rest). Not turning is judged on slow signals, deaf to sensor noise and to tremor (4–10 Hz):
/// for <see cref="DetectorTuning.BiasSteadyS"/> the gravity direction (low-passed acceleration) holds within
/// <see cref="DetectorTuning.BiasTiltDeg"/> and the low-passed rate within <see cref="DetectorTuning.SteadyRadS"/>,
/// and that rate is within <see cref="DetectorTuning.BiasMaxRadS"/> of the bias known so far. The gravity test sees
/// a slow turn about any axis but the vertical; the steady rate and the cap keep a turn about the vertical out.
/// The first steady stretch is averaged (a running mean), later ones refine it over about
/// <see cref="DetectorTuning.BiasMemoryS"/>. The band also counts as still while its raw rate stays within
/// <see cref="DetectorTuning.StillRadS"/> of the known bias (learned over <see cref="DetectorTuning.StillMemoryS"/>),
/// which keeps the short rests between fast reps learning.
/// </remarks>
internal sealed class RotationSinceRest
{
    private readonly double _dt, _leak, _decay, _biasRate, _stillRate, _still2, _steady2, _tilt2, _biasMax2;
    private double _stillness;                      // how far the rate strays from the bias (mean square, ~0.5 s)
    private readonly long _steadyFor;
    private readonly VectorFilter _rate, _gravity;   // slow: the rate's mean and the gravity direction, without tremor
    private double _bx, _by, _bz;                   // bias
    private long _learned;                          // samples the bias has learned from so far
    private double _rx, _ry, _rz, _ax, _ay, _az;    // the slow rate and gravity where the current steady stretch began
    private double _a2;                             // that gravity's squared length
    private long _steadySince;                      // samples into the current steady stretch
    private readonly bool _orientation;
    private double _qw = 1, _qx, _qy, _qz;          // the band's orientation since rest (unit quaternion)
    private double VX, VY, VZ;                      // the vector integral

    public RotationSinceRest(double sampleRateHz, DetectorTuning tuning)
    {
        _dt = 1 / sampleRateHz;
        _leak = Math.Exp(-2 * Math.PI * tuning.GyroLeakHz / sampleRateHz);
        _biasRate = 1 - Math.Exp(-1 / (tuning.BiasMemoryS * sampleRateHz));
        _stillRate = 1 - Math.Exp(-1 / (tuning.StillMemoryS * sampleRateHz));
        _decay = Math.Exp(-1 / (0.5 * sampleRateHz));
        _still2 = tuning.StillRadS * tuning.StillRadS;
        var slow = Butterworth.LowPass(2, Math.Min(tuning.BiasLowPassHz, 0.4 * sampleRateHz), sampleRateHz);
        (_rate, _gravity) = (new VectorFilter(slow), new VectorFilter(slow));
        var tilt = Math.Sin(tuning.BiasTiltDeg * Math.PI / 180);
        (_steady2, _tilt2, _biasMax2) = (tuning.SteadyRadS * tuning.SteadyRadS, tilt * tilt, tuning.BiasMaxRadS * tuning.BiasMaxRadS);
        _steadyFor = Math.Max(1, (long)Math.Round(tuning.BiasSteadyS * sampleRateHz));
        _orientation = tuning.GyroOrientation > 0;
        _gain = tuning.GyroGravityPull;
    }

    public double X { get; private set; }
    public double Y { get; private set; }
    public double Z { get; private set; }

    public void Settle(in ImuSample s)
    {
        (_lx, _ly, _lz) = (s.Ax, s.Ay, s.Az);
        Up();
        _rate.Settle(s.Gx, s.Gy, s.Gz);
        _gravity.Settle(s.Ax, s.Ay, s.Az);
        Begin(s.Gx, s.Gy, s.Gz, s.Ax, s.Ay, s.Az);
    }

    /// <summary>How far the leak alone pulls a rotation of <paramref name="value"/> back towards the origin in <paramref name="samples"/>.</summary>
    public double Leaked(double value, long samples) => value * (1 - Math.Pow(_leak, samples));

    /// <summary>How far the raw rate strays from the bias (RMS over ~0.5 s, rad/s).</summary>
    public double Stillness => Math.Sqrt(_stillness);

    /// <summary>The origin is arbitrary: re-zeroed at rest, so the slow leak is not taken for a swing.</summary>
    public void Rezero()
    {
        X = Y = Z = 0;
        VX = VY = VZ = 0;
        QX = QY = QZ = 0;
        (_qw, _qx, _qy, _qz) = (1, 0, 0, 0);
        Up();
    }

    private double _gain, _lx, _ly, _lz, _ux, _uy, _uz;   // gravity's pull (1/s); the last gravity; gravity at rest (unit)

    private void Up()
    {
        var norm = Math.Sqrt(_lx * _lx + _ly * _ly + _lz * _lz);
        (_ux, _uy, _uz) = norm > 1e-6 ? (_lx / norm, _ly / norm, _lz / norm) : (0, 0, 1);
    }

    /// <summary>
    /// Adds to this sample's turn the pull towards where gravity says the band is (Mahony's complementary filter): the gravity at
    /// rest turned into the band's frame by the orientation, against the gravity measured now.
    /// </summary>
    private void Correct(ref double wx, ref double wy, ref double wz, double ax, double ay, double az)
    {
        var norm = Math.Sqrt(ax * ax + ay * ay + az * az);
        if (norm < 1e-6) return;
        (ax, ay, az) = (ax / norm, ay / norm, az / norm);
        double w = _qw, x = _qx, y = _qy, z = _qz, gx = _ux, gy = _uy, gz = _uz;
        var vx = (1 - 2 * (y * y + z * z)) * gx + 2 * (x * y + w * z) * gy + 2 * (x * z - w * y) * gz;
        var vy = 2 * (x * y - w * z) * gx + (1 - 2 * (x * x + z * z)) * gy + 2 * (y * z + w * x) * gz;
        var vz = 2 * (x * z + w * y) * gx + 2 * (y * z - w * x) * gy + (1 - 2 * (x * x + y * y)) * gz;
        var k = _gain * _dt;
        wx += k * (ay * vz - az * vy); wy += k * (az * vx - ax * vz); wz += k * (ax * vy - ay * vx);
    }

    public void Add(in ImuSample s)
    {
        var (mx, my, mz) = _rate.Process(s.Gx, s.Gy, s.Gz);
        var (ax, ay, az) = _gravity.Process(s.Ax, s.Ay, s.Az);
        (_lx, _ly, _lz) = (ax, ay, az);
        // Steady (any bias): learn the slow rate, averaged at first. Else near the known bias: follow it with the raw rate.
        double ex = s.Gx - _bx, ey = s.Gy - _by, ez = s.Gz - _bz;
        _stillness = _decay * _stillness + (1 - _decay) * (ex * ex + ey * ey + ez * ez);
        if (Steady(mx, my, mz, ax, ay, az) && _steadySince >= _steadyFor)
        {
            double ox = mx - _bx, oy = my - _by, oz = mz - _bz;
            if (_learned == 0 || ox * ox + oy * oy + oz * oz < _biasMax2)
            {
                var rate = Math.Max(_biasRate, 1.0 / ++_learned);
                _bx += ox * rate; _by += oy * rate; _bz += oz * rate;
            }
        }
        else if (_stillness < _still2)
        {
            _bx += ex * _stillRate; _by += ey * _stillRate; _bz += ez * _stillRate;
        }
        double wx = (s.Gx - _bx) * _dt, wy = (s.Gy - _by) * _dt, wz = (s.Gz - _bz) * _dt;
        if (_gain > 0) Correct(ref wx, ref wy, ref wz, ax, ay, az);
        VX = _leak * VX + wx; VY = _leak * VY + wy; VZ = _leak * VZ + wz;
        Orient(wx, wy, wz);
        if (!_orientation) (X, Y, Z) = (VX, VY, VZ);
    }

    /// <summary>
    /// The orientation turned by the body-frame rotation (<paramref name="wx"/>, <paramref name="wy"/>, <paramref name="wz"/>)
    /// (rad, this sample's), after the leak took its share off the rotation since rest; then that rotation as a vector (log map).
    /// </summary>
    private void Orient(double wx, double wy, double wz)
    {
        // The leak: about the rotation's own axis, so it only shortens the angle (it commutes with the orientation).
        var k = (_leak - 1) / 2;
        double lx = k * QX, ly = k * QY, lz = k * QZ;
        var t2 = wx * wx + wy * wy + wz * wz;
        var (dw, dk) = (1 - t2 / 8, 0.5 - t2 / 48);   // exp of half the turn, to fourth order
        (wx, wy, wz) = (dk * wx, dk * wy, dk * wz);
        // Leak (1, l) times the turn (dw, w): both small, so the product is formed once.
        double pw = dw - lx * wx - ly * wy - lz * wz;
        double px = wx + lx * dw + ly * wz - lz * wy;
        double py = wy - lx * wz + ly * dw + lz * wx;
        double pz = wz + lx * wy - ly * wx + lz * dw;
        double qw = _qw * pw - _qx * px - _qy * py - _qz * pz;
        double qx = _qw * px + _qx * pw + _qy * pz - _qz * py;
        double qy = _qw * py - _qx * pz + _qy * pw + _qz * px;
        double qz = _qw * pz + _qx * py - _qy * px + _qz * pw;
        var norm = 1 / Math.Sqrt(qw * qw + qx * qx + qy * qy + qz * qz);
        if (qw < 0) norm = -norm;   // the shorter way round: the same orientation
        (_qw, _qx, _qy, _qz) = (qw * norm, qx * norm, qy * norm, qz * norm);
        var sin = Math.Sqrt(_qx * _qx + _qy * _qy + _qz * _qz);
        var angle = 2 * Math.Atan2(sin, _qw);
        var scale = sin > 1e-9 ? angle / sin : 2;
        // The angle's branch nearest the last rotation vector: a turn past half a circle goes on, it does not wrap round.
        if (sin > 1e-9)
        {
            var along = (QX * _qx + QY * _qy + QZ * _qz) / sin;
            var turns = Math.Round((along - angle) / (2 * Math.PI));
            if (turns != 0) scale = (angle + 2 * Math.PI * turns) / sin;
        }
        (QX, QY, QZ) = (scale * _qx, scale * _qy, scale * _qz);
        if (_orientation) (X, Y, Z) = (QX, QY, QZ);
    }
    private double QX, QY, QZ;                      // the orientation as a rotation vector


    /// <summary>
    /// Whether the slow rate and the gravity direction still hold where the current steady stretch began; if not, a
    /// new stretch begins here.
    /// </summary>
    private bool Steady(double mx, double my, double mz, double ax, double ay, double az)
    {
        double dx = mx - _rx, dy = my - _ry, dz = mz - _rz;
        if (dx * dx + dy * dy + dz * dz > _steady2 || Tilted(ax, ay, az))
        {
            Begin(mx, my, mz, ax, ay, az);
            _steadySince = 0;
            return false;
        }
        _steadySince++;
        return true;
    }

    /// <summary>
    /// The gravity direction turned more than BiasTiltDeg from where the stretch began: sin² of the angle between them
    /// without a square root, |a × a0|² / (|a|² |a0|²).
    /// </summary>
    private bool Tilted(double ax, double ay, double az)
    {
        double cx = ay * _az - az * _ay, cy = az * _ax - ax * _az, cz = ax * _ay - ay * _ax;
        return cx * cx + cy * cy + cz * cz > _tilt2 * (ax * ax + ay * ay + az * az) * _a2;
    }

    /// <summary>A steady stretch begins at this slow rate and gravity (its length squared once, not per sample).</summary>
    private void Begin(double mx, double my, double mz, double ax, double ay, double az)
    {
        (_rx, _ry, _rz, _ax, _ay, _az) = (mx, my, mz, ax, ay, az);
        _a2 = _ax * _ax + _ay * _ay + _az * _az;
    }
}

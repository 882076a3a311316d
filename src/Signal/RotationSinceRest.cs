namespace HepSense.Signal;

/// <summary>
/// The band's rotation since it last rested, as a vector (rad): the gyroscope's rate less its bias, integrated
/// with a slow leak. Integrated as a vector and projected afterwards, so the part of a rep made before its axis was
/// found still counts once it is. Not the band's orientation (a quaternion's rotation vector): along the reps' axis each rep
/// reads its full angle however far the band turned about another axis before it without a rest (a weight lifted to the
/// chest, lying back on the bench), where the orientation's would read a 40° rep 32° after a 90° turn.
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
    }

    /// <summary>Samples into the current steady stretch (gravity within BiasTiltDeg, the slow rate within SteadyRadS).</summary>
    public long SteadyFor => _steadySince;

    public double X { get; private set; }
    public double Y { get; private set; }
    public double Z { get; private set; }

    public void Settle(in ImuSample s)
    {
        _rate.Settle(s.Gx, s.Gy, s.Gz);
        _gravity.Settle(s.Ax, s.Ay, s.Az);
        Begin(s.Gx, s.Gy, s.Gz, s.Ax, s.Ay, s.Az);
    }

    /// <summary>How far the leak alone pulls a rotation of <paramref name="value"/> back towards the origin in <paramref name="samples"/>.</summary>
    public double Leaked(double value, long samples) => value * (1 - Math.Pow(_leak, samples));

    /// <summary>The origin is arbitrary: re-zeroed at rest, so the slow leak is not taken for a swing.</summary>
    public void Rezero() => X = Y = Z = 0;

    public void Add(in ImuSample s)
    {
        var (mx, my, mz) = _rate.Process(s.Gx, s.Gy, s.Gz);
        var (ax, ay, az) = _gravity.Process(s.Ax, s.Ay, s.Az);
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
        X = _leak * X + (s.Gx - _bx) * _dt; Y = _leak * Y + (s.Gy - _by) * _dt; Z = _leak * Z + (s.Gz - _bz) * _dt;
    }

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

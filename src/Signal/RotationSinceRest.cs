using System.Runtime.Intrinsics;
using static HepSense.Signal.Lanes;

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
    // Three-axis state as vectors (x, y, z, 0; Lanes), each lane read by name where a step goes axis by axis.
    private Vector256<double> _b;                   // bias
    private Vector256<double> _r0, _a0;             // the slow rate and gravity where the current steady stretch began
    private Vector256<double> _turn;                // the rotation (X, Y, Z)
    private ref double _bx => ref Lane(ref _b, 0);
    private ref double _by => ref Lane(ref _b, 1);
    private ref double _bz => ref Lane(ref _b, 2);
    private ref double _rx => ref Lane(ref _r0, 0);
    private ref double _ry => ref Lane(ref _r0, 1);
    private ref double _rz => ref Lane(ref _r0, 2);
    private ref double _ax => ref Lane(ref _a0, 0);
    private ref double _ay => ref Lane(ref _a0, 1);
    private ref double _az => ref Lane(ref _a0, 2);
    private long _learned;                          // samples the bias has learned from so far
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

    public double X => _turn.GetElement(0);
    public double Y => _turn.GetElement(1);
    public double Z => _turn.GetElement(2);

    public void Settle(in ImuSample s)
    {
        _rate.Settle(s.Gx, s.Gy, s.Gz);
        _gravity.Settle(s.Ax, s.Ay, s.Az);
        Begin(s.Gx, s.Gy, s.Gz, s.Ax, s.Ay, s.Az);
    }

    /// <summary>How far the leak alone pulls a rotation of <paramref name="value"/> back towards the origin in <paramref name="samples"/>.</summary>
    public double Leaked(double value, long samples) => value * (1 - Math.Pow(_leak, samples));

    /// <summary>The origin is arbitrary: re-zeroed at rest, so the slow leak is not taken for a swing.</summary>
    public void Rezero() => _turn = default;

    public void Add(in ImuSample s)
    {
        if (Vector256.IsHardwareAccelerated)
        {
            AddVector(in s);
            return;
        }
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
        ref var t = ref _turn;
        (Lane(ref t, 0), Lane(ref t, 1), Lane(ref t, 2)) = (_leak * Lane(ref t, 0) + (s.Gx - _bx) * _dt, _leak * Lane(ref t, 1) + (s.Gy - _by) * _dt,
            _leak * Lane(ref t, 2) + (s.Gz - _bz) * _dt);
    }

    /// <summary>
    /// <see cref="Add"/> with the axes as lanes: the same operations in each, and each sum of squares added x, y, z in that order,
    /// so the same bits.
    /// </summary>
    private void AddVector(in ImuSample s)
    {
        var g = Vector256.Create(s.Gx, s.Gy, s.Gz, 0);
        var m = _rate.Process(g);
        var a = _gravity.Process(Vector256.Create(s.Ax, s.Ay, s.Az, 0));
        var e = g - _b;
        _stillness = _decay * _stillness + (1 - _decay) * Sum(e * e);
        if (SteadyVector(m, a) && _steadySince >= _steadyFor)
        {
            var o = m - _b;
            if (_learned == 0 || Sum(o * o) < _biasMax2)
            {
                var rate = Math.Max(_biasRate, 1.0 / ++_learned);
                _b += o * Vector256.Create(rate);
            }
        }
        else if (_stillness < _still2) _b += e * Vector256.Create(_stillRate);
        _turn = Vector256.Create(_leak) * _turn + (g - _b) * Vector256.Create(_dt);
    }

    /// <summary>x + y + z of the lanes, in that order.</summary>
    private static double Sum(Vector256<double> v) => v.GetElement(0) + v.GetElement(1) + v.GetElement(2);

    /// <summary><see cref="Steady"/> on vectors.</summary>
    private bool SteadyVector(Vector256<double> m, Vector256<double> a)
    {
        var d = m - _r0;
        if (Sum(d * d) > _steady2 || TiltedVector(a))
        {
            (_r0, _a0) = (m, a);
            _a2 = Sum(a * a);
            _steadySince = 0;
            return false;
        }
        _steadySince++;
        return true;
    }

    /// <summary><see cref="Tilted"/> on vectors: a × a0 from the lanes turned (y, z, x) and (z, x, y).</summary>
    private bool TiltedVector(Vector256<double> a)
    {
        var (yzx, zxy) = (Vector256.Create(1L, 2, 0, 3), Vector256.Create(2L, 0, 1, 3));
        var c = Vector256.Shuffle(a, yzx) * Vector256.Shuffle(_a0, zxy) - Vector256.Shuffle(a, zxy) * Vector256.Shuffle(_a0, yzx);
        return Sum(c * c) > _tilt2 * Sum(a * a) * _a2;
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

namespace HepSense.Signal;

/// <summary>
/// The band's rotation since it last rested, as a vector (rad): the gyroscope's rate less its bias, integrated
/// with a slow leak. The bias is learned while the band is still, or while the rate holds steady near the bias
/// (a sensor whose bias exceeds the stillness threshold would otherwise never learn it), so a long hold does not
/// drift. Integrated as a vector and projected afterwards, so the part of a rep made before its axis was found
/// still counts once it is.
/// </summary>
internal sealed class RotationSinceRest
{
    private readonly double _dt, _leak, _decay, _biasRate, _still2, _steady2, _biasMax2;
    private double _bx, _by, _bz, _stillness;    // bias, and how far the rate strays from it
    private double _mx, _my, _mz, _unsteadiness; // recent mean of the rate, and how far the rate strays from that

    public RotationSinceRest(double sampleRateHz, DetectorTuning tuning)
    {
        _dt = 1 / sampleRateHz;
        _leak = Math.Exp(-2 * Math.PI * tuning.GyroLeakHz / sampleRateHz);
        _decay = Math.Exp(-1 / (0.5 * sampleRateHz));
        _biasRate = 1 - Math.Exp(-1 / (2 * sampleRateHz));
        (_still2, _steady2, _biasMax2) = (tuning.StillRadS * tuning.StillRadS, tuning.SteadyRadS * tuning.SteadyRadS, tuning.BiasMaxRadS * tuning.BiasMaxRadS);
    }

    public double X { get; private set; }
    public double Y { get; private set; }
    public double Z { get; private set; }

    public void Settle(double gx, double gy, double gz) => (_mx, _my, _mz) = (gx, gy, gz);

    /// <summary>The origin is arbitrary: re-zeroed at rest, so the slow leak is not taken for a swing.</summary>
    public void Rezero() => X = Y = Z = 0;

    public void Add(double gx, double gy, double gz)
    {
        double ex = gx - _bx, ey = gy - _by, ez = gz - _bz;
        _stillness = _decay * _stillness + (1 - _decay) * (ex * ex + ey * ey + ez * ez);
        _mx = _decay * _mx + (1 - _decay) * gx; _my = _decay * _my + (1 - _decay) * gy; _mz = _decay * _mz + (1 - _decay) * gz;
        double dx = gx - _mx, dy = gy - _my, dz = gz - _mz;
        _unsteadiness = _decay * _unsteadiness + (1 - _decay) * (dx * dx + dy * dy + dz * dz);
        double ox = _mx - _bx, oy = _my - _by, oz = _mz - _bz;
        if (_stillness < _still2 || (_unsteadiness < _steady2 && ox * ox + oy * oy + oz * oz < _biasMax2))
        {
            _bx += (gx - _bx) * _biasRate; _by += (gy - _by) * _biasRate; _bz += (gz - _bz) * _biasRate;
        }
        X = _leak * X + (gx - _bx) * _dt; Y = _leak * Y + (gy - _by) * _dt; Z = _leak * Z + (gz - _bz) * _dt;
    }
}

namespace HepSense.Signal;

/// <summary>
/// Accelerometer only: what the counted band (high-pass, then low-pass) makes of the band's changes of posture alone, to be
/// subtracted from it. A step of gravity through the 0.15 Hz high-pass rings for seconds, so the reps right after lying back
/// ride on its tail and their way out never crosses; less this echo, the band sees the acceleration less the posture, as if
/// its filters had long rested on the new one. A step is found a second or two after it began and is added from its onset:
/// the filters are linear, so a step's state through them, added to the echo's, is what the echo would have been had it
/// known all along. The same retunes as the counted band's keep the difference exact. Idle (nothing computed) once the last
/// step's answer has died out.
/// </summary>
internal sealed class StepEcho(double lowHz, double highHz, double sampleRateHz, double quietS, double bridgeS)
{
    private readonly CountedBand _band = new(lowHz, highHz, sampleRateHz);
    private readonly double _fade = bridgeS > 0 ? Math.Exp(-1 / (bridgeS * sampleRateHz)) : 0;
    private readonly long _quiet = (long)(quietS * sampleRateHz);
    private double _bx, _by, _bz;     // the part of the echo not yet subtracted: fades out over bridgeS
    private double _px, _py, _pz;     // the posture's gravity less the stream's first (m/s²): the echo's input
    private long _stepAt;
    private bool _active;

    /// <summary>A step of gravity by (dx, dy, dz) m/s² that began at <paramref name="onset"/>, found before sample <paramref name="n"/>.</summary>
    public void Step(long n, long onset, double dx, double dy, double dz)
    {
        if (!_active) _band.Settle(_px, _py, _pz);   // as if the posture had long been constant
        var band = _band.Fresh();
        (double X, double Y, double Z) last = (0, 0, 0);
        for (var k = Math.Min(onset, n); k < n; k++) last = band.Process(dx, dy, dz);
        // Found late, the step's answer so far is in the band already: subtracted at once it would be a jump the counter
        // reads as a lobe. It is bridged instead: subtracted in full only as the bridge fades.
        (_bx, _by, _bz) = (_bx + last.X, _by + last.Y, _bz + last.Z);
        _band.Add(band);
        (_px, _py, _pz, _stepAt, _active) = (_px + dx, _py + dy, _pz + dz, n, true);
    }

    /// <summary>The echo at sample n (zero while idle).</summary>
    public (double X, double Y, double Z) Process(long n)
    {
        if (!_active) return (0, 0, 0);
        var (ex, ey, ez) = _band.Process(_px, _py, _pz);
        (_bx, _by, _bz) = (_bx * _fade, _by * _fade, _bz * _fade);
        if (n - _stepAt > _quiet) (_active, _bx, _by, _bz) = (false, 0, 0, 0);
        return _active ? (ex - _bx, ey - _by, ez - _bz) : (0, 0, 0);
    }

    public void RetuneLow(double lowHz) => _band.RetuneLow(lowHz);

    public void RetuneHigh(double highHz) => _band.RetuneHigh(highHz);
}

namespace HepSense.Signal;

/// <summary>
/// Brings a stream sampled faster than the detector's own rate down to it: each output sample is the input at the output's
/// moment (sample m at m / rate s), interpolated between the two input samples around it (at a whole ratio, every k-th input
/// sample as it is). The detector then sees the same samples whatever the sensor's rate, so its thresholds, holds and
/// filters, all decided sample by sample, decide alike: at 100 and 200 Hz the same motion counted differently from 50 Hz
/// wherever a threshold was crossed by a hair (a fidget's size, a set's first rep, where a rest began), one file in ten.
/// No low-pass against aliasing: body motion has next to nothing above the output's Nyquist frequency, and every one tried
/// (2nd-order Butterworth at 0.4 × the output rate) shifted the samples enough to bring the differences back.
/// </summary>
internal sealed class RateConverter(double inputHz, double outputHz)
{
    private readonly double _step = inputHz / outputHz;   // input samples per output sample (> 1)
    private ImuSample _last;                            // the last input sample
    private long _in;                                   // input samples seen
    private long _out;                                  // output samples given

    /// <summary>Where output sample <paramref name="m"/> lies in input samples (nearest), for reporting in the caller's clock.</summary>
    public long InputAt(long m) => (long)Math.Round(m * _step);

    /// <summary>
    /// Takes the next input sample; true (with the output sample) when the next output moment fell after the last input
    /// sample and at or before this one. At most one does: the output is slower.
    /// </summary>
    public bool Add(in ImuSample s, out ImuSample output)
    {
        var n = _in++;
        var at = _out * _step;                          // the next output moment, in input samples
        var due = at <= n;
        if (due)
        {
            var f = (float)(n == 0 ? 1 : Math.Clamp(at - (n - 1), 0, 1));   // 1: on this sample
            var a = _last;
            output = f == 1 ? s : new ImuSample(a.Ax + f * (s.Ax - a.Ax), a.Ay + f * (s.Ay - a.Ay), a.Az + f * (s.Az - a.Az),
                a.Gx + f * (s.Gx - a.Gx), a.Gy + f * (s.Gy - a.Gy), a.Gz + f * (s.Gz - a.Gz));
            _out++;
        }
        else output = default;
        _last = s;
        return due;
    }
}

namespace HepSense.Signal;

/// <summary>
/// Fires on the sample that completes each further period of stream time (once n + 1 samples span k periods), so it fires
/// at the same moments in seconds at any sample rate, within a sample. A period rounded to whole samples does not: 0.25 s
/// is 6 samples (0.24 s) at 25 Hz and 25 at 100 Hz, and a minute in the two rates fire at unrelated moments.
/// </summary>
internal struct StreamClock
{
    private readonly double _period;    // samples, not rounded
    private long _fired;                // periods completed when it next fires
    private long _next;                 // samples seen when it next fires

    public StreamClock(double periodS, double sampleRateHz)
    {
        _period = Math.Max(1, periodS * sampleRateHz);
        (_fired, _next) = (1, Samples(1, _period));
    }

    /// <summary>True when sample <paramref name="n"/> (counted from 0, each in turn) completes the next period.</summary>
    public bool Fires(long n)
    {
        if (n + 1 < _next) return false;
        _next = Samples(++_fired, _period);
        return true;
    }

    // A period of whole samples up to rounding (0.24 s × 25 Hz = 6.000000000000001) fires on its sample, not one late.
    private static long Samples(long periods, double period) => (long)Math.Ceiling(periods * period - 1e-6);
}

namespace HepSense.Grains;

/// <summary>
/// Maps the rep detector's sample indices (counted from its first sample) back to the band's clock.
/// Remembers where each of the last <see cref="Depth"/> batches started, which covers any rep the detector
/// can still report; indices older than that are extrapolated from the oldest batch kept.
/// </summary>
public sealed class SampleClock(double sampleRateHz)
{
    private const int Depth = 64;
    private readonly (long Index, long DeviceMs)[] _starts = new (long, long)[Depth];
    private int _count;

    public long NextIndex { get; private set; }

    public void Append(long deviceTimeMs, int samples)
    {
        _starts[(int)((_count++) % Depth)] = (NextIndex, deviceTimeMs);
        NextIndex += samples;
    }

    /// <summary>Device time in ms at which the next sample is expected, if the stream continues without a break.</summary>
    public long? ExpectedNextMs => _count == 0 ? null : ToDeviceMs(NextIndex);

    public long ToDeviceMs(long index)
    {
        if (_count == 0) throw new InvalidOperationException("no batch seen yet");
        var newest = _count - 1;
        var oldest = Math.Max(0, _count - Depth);
        for (var n = newest; n >= oldest; n--)
        {
            var (start, ms) = _starts[n % Depth];
            if (start <= index || n == oldest)
                return SampleDecoder.SampleTimeMs(ms, sampleRateHz, index - start);
        }
        throw new InvalidOperationException("unreachable");
    }
}

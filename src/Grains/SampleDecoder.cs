using HepSense.Contracts.Band;
using HepSense.Signal;

namespace HepSense.Grains;

/// <summary>Unpacks a batch's int16 samples into physical units (m/s², rad/s) with the batch's own scales.</summary>
public static class SampleDecoder
{
    /// <summary>Throws <see cref="ArgumentException"/> for a batch outside the wire format's ranges (see band.proto):
    /// Ingest validates first, this keeps the grain safe from any other caller.</summary>
    public static ImuSample[] Decode(ImuBatchData batch)
    {
        var count = PackedSamples.Count(batch.Samples?.Length ?? 0, batch.Channels);
        if (count is < 1 or > 1000)
            throw new ArgumentException($"samples must hold 1..1000 whole samples of 3 or 6 channels ({batch.Samples?.Length ?? 0} bytes, {batch.Channels} channels)", nameof(batch));
        if (!(batch.SampleRateHz is >= 1 and <= 1000))
            throw new ArgumentException($"sample rate {batch.SampleRateHz} Hz is outside 1..1000", nameof(batch));
        if (!(batch.AccelScale > 0 && float.IsFinite(batch.AccelScale)) || batch.Channels == 6 && !(batch.GyroScale > 0 && float.IsFinite(batch.GyroScale)))
            throw new ArgumentException("scales must be finite and positive", nameof(batch));

        var packed = batch.Samples.AsSpan();
        var samples = new ImuSample[count];
        float a = batch.AccelScale, g = batch.GyroScale;
        for (var i = 0; i < count; i++)
        {
            var at = i * batch.Channels;
            samples[i] = batch.Channels == 6
                ? new ImuSample(
                    a * PackedSamples.Read(packed, at), a * PackedSamples.Read(packed, at + 1), a * PackedSamples.Read(packed, at + 2),
                    g * PackedSamples.Read(packed, at + 3), g * PackedSamples.Read(packed, at + 4), g * PackedSamples.Read(packed, at + 5))
                : new ImuSample(
                    a * PackedSamples.Read(packed, at), a * PackedSamples.Read(packed, at + 1), a * PackedSamples.Read(packed, at + 2),
                    0, 0, 0);
        }
        return samples;
    }

    /// <summary>Device time of sample <paramref name="index"/> of a batch (ms precision, as stored).</summary>
    public static long SampleTimeMs(long firstSampleMs, double sampleRateHz, long index) =>
        firstSampleMs + (long)Math.Round(index * 1000.0 / sampleRateHz);
}

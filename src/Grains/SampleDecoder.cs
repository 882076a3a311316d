using HepSense.Contracts.Band;
using HepSense.Signal;

namespace HepSense.Grains;

/// <summary>Unpacks a batch's int16 samples into physical units (m/s², rad/s) with the batch's own scales.</summary>
public static class SampleDecoder
{
    public static ImuSample[] Decode(ImuBatchData batch)
    {
        var count = PackedSamples.Count(batch.Samples.Length, batch.Channels);
        if (count < 0)
            throw new ArgumentException($"{batch.Samples.Length} bytes do not hold whole samples of {batch.Channels} channels", nameof(batch));

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

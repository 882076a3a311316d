using Google.Protobuf;
using HepSense.Contracts.Band;

namespace HepSense.Ingest.Tests;

/// <summary>Wire messages as a band builds them: valid by default, each test breaks one thing.</summary>
public static class Batches
{
    public const float AccelScale = 16 * 9.80665f / 32768, GyroScale = 2000 * MathF.PI / 180 / 32768;

    /// <summary>One second at 50 Hz of a band at rest: gravity on z, no rotation.</summary>
    public static ImuBatch Valid(ulong seq, int samples = 50, uint channels = 6)
    {
        var values = new short[samples * channels];
        for (var i = 0; i < samples; i++)
            values[i * channels + 2] = PackedSamples.Quantise(9.80665, AccelScale);
        return new ImuBatch
        {
            Seq = seq,
            DeviceTimeMs = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - 60_000 + (long)seq * 1000,
            SampleRateHz = 50,
            AccelScale = AccelScale,
            GyroScale = GyroScale,
            Channels = channels,
            Samples = ByteString.CopyFrom(PackedSamples.Pack(values)),
        };
    }

    public static ImuBatch With(this ImuBatch batch, Action<ImuBatch> change)
    {
        var copy = batch.Clone();
        change(copy);
        return copy;
    }
}

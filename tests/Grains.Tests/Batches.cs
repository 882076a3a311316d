using HepSense.Contracts.Band;

namespace HepSense.Grains.Tests;

/// <summary>Test batches in the band's wire layout.</summary>
public static class Batches
{
    public const float AccelScale = 16 * 9.80665f / 32768;
    public const float GyroScale = (float)(2000 * Math.PI / 180 / 32768);

    /// <summary>A band at rest: gravity on z, no rotation.</summary>
    public static ImuBatchData AtRest(ulong seq, long deviceTimeMs, int samples = 25, float rateHz = 25)
    {
        var values = new short[samples * 6];
        for (var i = 0; i < samples; i++) values[i * 6 + 2] = PackedSamples.Quantise(9.81, AccelScale);
        return new ImuBatchData(seq, deviceTimeMs, rateHz, AccelScale, GyroScale, 6, PackedSamples.Pack(values));
    }

    /// <summary>Cuts a stream of (accel, gyro) samples into one-second batches.</summary>
    public static IEnumerable<ImuBatchData> Stream(
        IReadOnlyList<(double Ax, double Ay, double Az, double Gx, double Gy, double Gz)> samples, float rateHz, long startMs, ulong firstSeq = 0)
    {
        var perBatch = (int)rateHz;
        var seq = firstSeq;
        for (var start = 0; start < samples.Count; start += perBatch)
        {
            var n = Math.Min(perBatch, samples.Count - start);
            var values = new short[n * 6];
            for (var i = 0; i < n; i++)
            {
                var s = samples[start + i];
                values[i * 6 + 0] = PackedSamples.Quantise(s.Ax, AccelScale);
                values[i * 6 + 1] = PackedSamples.Quantise(s.Ay, AccelScale);
                values[i * 6 + 2] = PackedSamples.Quantise(s.Az, AccelScale);
                values[i * 6 + 3] = PackedSamples.Quantise(s.Gx, GyroScale);
                values[i * 6 + 4] = PackedSamples.Quantise(s.Gy, GyroScale);
                values[i * 6 + 5] = PackedSamples.Quantise(s.Gz, GyroScale);
            }
            yield return new ImuBatchData(seq++, startMs + (long)Math.Round(start * 1000.0 / rateHz), rateHz, AccelScale, GyroScale, 6, PackedSamples.Pack(values));
        }
    }
}

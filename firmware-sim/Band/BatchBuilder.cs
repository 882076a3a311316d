using Google.Protobuf;
using HepSense.Contracts.Band;
using HepSense.FirmwareSim.Recording;

namespace HepSense.FirmwareSim.Band;

/// <summary>Cuts a recording into ImuBatches of about one second, as a band's firmware does.</summary>
public static class BatchBuilder
{
    /// <summary>About one second of samples, within the wire format's 1..1000.</summary>
    public static int DefaultBatchSize(double rateHz) => Math.Clamp((int)Math.Round(rateHz), 1, 1000);

    /// <param name="deviceStart">Device clock at the first sample of the recording.</param>
    /// <param name="firstSeq">Sequence number of the first batch; the next batches follow by one.</param>
    public static IEnumerable<ImuBatch> Split(ImuRecording rec, DateTimeOffset deviceStart, ulong firstSeq = 0,
        int? samplesPerBatch = null, SensorSpec? sensor = null)
    {
        var size = samplesPerBatch ?? DefaultBatchSize(rec.RateHz);
        if (size is < 1 or > 1000) throw new ArgumentOutOfRangeException(nameof(samplesPerBatch), size, "1..1000 samples per batch.");
        var spec = sensor ?? SensorSpec.Default;
        var startMs = deviceStart.ToUnixTimeMilliseconds();
        var seq = firstSeq;
        for (var first = 0; first < rec.Samples.Count; first += size)
        {
            var count = Math.Min(size, rec.Samples.Count - first);
            var offsetMs = (long)Math.Round(first * 1000.0 / rec.RateHz);
            yield return Pack(rec, first, count, seq++, startMs + offsetMs, spec);
        }
    }

    public static ImuBatch Pack(ImuRecording rec, int first, int count, ulong seq, long deviceTimeMs, SensorSpec spec)
    {
        var channels = rec.HasGyro ? 6 : 3;
        var values = new short[count * channels];
        for (var i = 0; i < count; i++)
        {
            var s = rec.Samples[first + i];
            var o = i * channels;
            values[o] = PackedSamples.Quantise(s.Ax, spec.AccelScale);
            values[o + 1] = PackedSamples.Quantise(s.Ay, spec.AccelScale);
            values[o + 2] = PackedSamples.Quantise(s.Az, spec.AccelScale);
            if (!rec.HasGyro) continue;
            values[o + 3] = PackedSamples.Quantise(s.Gx, spec.GyroScale);
            values[o + 4] = PackedSamples.Quantise(s.Gy, spec.GyroScale);
            values[o + 5] = PackedSamples.Quantise(s.Gz, spec.GyroScale);
        }
        return new ImuBatch
        {
            Seq = seq,
            DeviceTimeMs = deviceTimeMs,
            SampleRateHz = (float)rec.RateHz,
            AccelScale = (float)spec.AccelScale,
            GyroScale = rec.HasGyro ? (float)spec.GyroScale : 0f,
            Channels = (uint)channels,
            Samples = UnsafeByteOperations.UnsafeWrap(PackedSamples.Pack(values)),   // a fresh array nothing else holds: no second copy per batch
        };
    }

    /// <summary>The physical values of a batch: the inverse of <see cref="Pack"/>, up to quantisation.</summary>
    public static ImuRecording Unpack(ImuBatch batch)
    {
        var channels = (int)batch.Channels;
        var bytes = batch.Samples.Span;
        var n = PackedSamples.Count(bytes.Length, channels);
        if (n < 0) throw new FormatException($"{bytes.Length} bytes do not hold whole samples of {channels} channels.");
        var samples = new ImuSample[n];
        double a = batch.AccelScale, g = batch.GyroScale;
        for (var i = 0; i < n; i++)
        {
            var o = i * channels;
            samples[i] = channels == 6
                ? new ImuSample(PackedSamples.Read(bytes, o) * a, PackedSamples.Read(bytes, o + 1) * a, PackedSamples.Read(bytes, o + 2) * a,
                    PackedSamples.Read(bytes, o + 3) * g, PackedSamples.Read(bytes, o + 4) * g, PackedSamples.Read(bytes, o + 5) * g)
                : new ImuSample(PackedSamples.Read(bytes, o) * a, PackedSamples.Read(bytes, o + 1) * a, PackedSamples.Read(bytes, o + 2) * a, 0, 0, 0);
        }
        return new ImuRecording(batch.SampleRateHz, channels == 6, samples);
    }
}

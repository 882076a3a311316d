using HepSense.Contracts.Band;

namespace HepSense.Ingest;

/// <summary>
/// Checks an <see cref="ImuBatch"/> against the ranges documented in band.proto before it reaches a grain.
/// Duplicates and gaps are not checked here: sequence is the device grain's business (it knows what it has seen).
/// </summary>
public static class ImuBatchValidator
{
    public const float MinSampleRateHz = 1, MaxSampleRateHz = 1000;
    public const int MinSamples = 1, MaxSamples = 1000;

    /// <summary>Null when the batch is valid, otherwise the first reason found.</summary>
    public static RejectReason? Validate(ImuBatch batch, DateTimeOffset now)
    {
        if (batch.Channels is not (3 or 6))
            return RejectReason.InvalidChannels;
        // Written as "not inside" so NaN fails too.
        if (!(batch.SampleRateHz >= MinSampleRateHz && batch.SampleRateHz <= MaxSampleRateHz))
            return RejectReason.InvalidSampleRate;
        var samples = PackedSamples.Count(batch.Samples.Length, (int)batch.Channels);
        if (samples is < MinSamples or > MaxSamples)
            return RejectReason.InvalidSampleCount;
        if (!IsScale(batch.AccelScale) || (batch.Channels == 6 && !IsScale(batch.GyroScale)))
            return RejectReason.InvalidScale;
        if (!DeviceClock.IsPlausible(batch.DeviceTimeMs, now))
            return RejectReason.InvalidDeviceTime;
        return null;
    }

    static bool IsScale(float scale) => float.IsFinite(scale) && scale > 0;
}

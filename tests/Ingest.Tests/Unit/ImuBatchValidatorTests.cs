using Google.Protobuf;
using HepSense.Contracts.Band;

namespace HepSense.Ingest.Tests.Unit;

public sealed class ImuBatchValidatorTests
{
    static readonly DateTimeOffset Now = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);

    static ImuBatch Valid(int samples = 50, uint channels = 6) =>
        Batches.Valid(1, samples, channels).With(b => b.DeviceTimeMs = Now.AddSeconds(-5).ToUnixTimeMilliseconds());

    [Theory]
    [InlineData(1, 3u)]
    [InlineData(1, 6u)]
    [InlineData(1000, 6u)]
    public void Batches_within_the_documented_ranges_are_valid(int samples, uint channels) =>
        Assert.Null(ImuBatchValidator.Validate(Valid(samples, channels), Now));

    [Fact]
    public void Gyroscope_scale_is_ignored_for_accelerometer_only_batches() =>
        Assert.Null(ImuBatchValidator.Validate(Valid(channels: 3).With(b => b.GyroScale = 0), Now));

    [Theory]
    [InlineData(0u)]
    [InlineData(1u)]
    [InlineData(4u)]
    [InlineData(9u)]
    public void Channels_other_than_3_or_6_are_refused(uint channels) =>
        Assert.Equal(RejectReason.InvalidChannels, ImuBatchValidator.Validate(Valid().With(b => b.Channels = channels), Now));

    [Theory]
    [InlineData(0f)]
    [InlineData(0.99f)]
    [InlineData(1000.5f)]
    [InlineData(-50f)]
    [InlineData(float.NaN)]
    [InlineData(float.PositiveInfinity)]
    public void Sample_rates_outside_1_to_1000_Hz_are_refused(float rate) =>
        Assert.Equal(RejectReason.InvalidSampleRate, ImuBatchValidator.Validate(Valid().With(b => b.SampleRateHz = rate), Now));

    [Theory]
    [InlineData(1f)]
    [InlineData(12.5f)]
    [InlineData(1000f)]
    public void Sample_rate_bounds_are_inclusive(float rate) =>
        Assert.Null(ImuBatchValidator.Validate(Valid().With(b => b.SampleRateHz = rate), Now));

    [Theory]
    [InlineData(0)]
    [InlineData(11)]       // not a whole number of 6-channel samples
    [InlineData(12 * 1001)] // one sample too many
    public void Packed_lengths_that_are_not_1_to_1000_whole_samples_are_refused(int bytes) =>
        Assert.Equal(RejectReason.InvalidSampleCount,
            ImuBatchValidator.Validate(Valid().With(b => b.Samples = ByteString.CopyFrom(new byte[bytes])), Now));

    [Fact]
    public void A_6_channel_length_read_as_3_channels_does_not_pass_silently()
    {
        // 7 six-channel samples are 84 bytes = 14 three-channel samples: valid either way, which is why the channel count is explicit.
        var three = Valid(channels: 3).With(b => b.Samples = ByteString.CopyFrom(new byte[6 * 7 + 3]));
        Assert.Equal(RejectReason.InvalidSampleCount, ImuBatchValidator.Validate(three, Now));
    }

    [Theory]
    [InlineData(0f, 0.001f)]
    [InlineData(-0.004f, 0.001f)]
    [InlineData(float.NaN, 0.001f)]
    [InlineData(float.PositiveInfinity, 0.001f)]
    [InlineData(0.004f, 0f)]
    [InlineData(0.004f, float.NaN)]
    [InlineData(0.004f, -1f)]
    public void Scales_must_be_positive_and_finite(float accel, float gyro) =>
        Assert.Equal(RejectReason.InvalidScale,
            ImuBatchValidator.Validate(Valid().With(b => { b.AccelScale = accel; b.GyroScale = gyro; }), Now));

    [Fact]
    public void Device_time_must_lie_between_2000_and_a_day_ahead()
    {
        static RejectReason? At(DateTimeOffset t) =>
            ImuBatchValidator.Validate(Valid().With(b => b.DeviceTimeMs = t.ToUnixTimeMilliseconds()), Now);

        Assert.Null(At(DeviceClock.Earliest));
        Assert.Null(At(Now.AddDays(1)));
        Assert.Equal(RejectReason.InvalidDeviceTime, At(DeviceClock.Earliest.AddMilliseconds(-1)));
        Assert.Equal(RejectReason.InvalidDeviceTime, At(Now.AddDays(1).AddMilliseconds(1)));
        Assert.Equal(RejectReason.InvalidDeviceTime, ImuBatchValidator.Validate(Valid().With(b => b.DeviceTimeMs = 0), Now));
    }

    [Fact]
    public void A_valid_batch_maps_to_grain_data_with_its_samples_unchanged()
    {
        var batch = Valid(samples: 3);
        var data = batch.ToData();
        Assert.Equal((batch.Seq, batch.DeviceTimeMs, batch.SampleRateHz, batch.AccelScale, batch.GyroScale, 6),
            (data.Seq, data.DeviceTimeMs, data.SampleRateHz, data.AccelScale, data.GyroScale, data.Channels));
        Assert.Equal(batch.Samples.ToByteArray(), data.Samples);
    }
}

using HepSense.Grains.Telemetry;
using HepSense.Signal;

namespace HepSense.Grains.Tests;

public sealed class PointsTests
{
    private static readonly ImuBatchData Batch = Batches.AtRest(7, 1_780_000_000_000, samples: 50, rateHz: 50);
    private static readonly ImuSample[] Samples = SampleDecoder.Decode(Batch);

    [Fact]
    public void All_writes_one_point_per_sample_on_the_device_clock()
    {
        var lines = Points.Samples(RawSampleMode.All, "pat-1", "band-1", Batch, Samples, 10).ToList();

        Assert.Equal(50, lines.Count);
        Assert.StartsWith("imu,device=band-1,patient=pat-1 ax=0,ay=0,az=9.8", lines[0]);
        Assert.Contains(",gz=0 ", lines[0]);
        Assert.EndsWith(" 1780000000000", lines[0]);
        Assert.EndsWith(" 1780000000020", lines[1]);   // 50 Hz
    }

    [Fact]
    public void Decimated_averages_blocks_down_to_the_target_rate()
    {
        Assert.Equal(10, Points.Samples(RawSampleMode.Decimated, "pat-1", "band-1", Batch, Samples, 10).Count());
    }

    [Fact]
    public void Batch_mode_keeps_the_packed_samples_in_one_point_and_off_writes_none()
    {
        var line = Assert.Single(Points.Samples(RawSampleMode.Batch, "pat-1", "band-1", Batch, Samples, 10));
        Assert.StartsWith("imu_batch,device=band-1,patient=pat-1 ", line);
        Assert.Contains($"samples=\"{Convert.ToBase64String(Batch.Samples)}\"", line);
        Assert.Contains("seq=7i", line);
        Assert.Empty(Points.Samples(RawSampleMode.Off, "pat-1", "band-1", Batch, Samples, 10));
    }

    [Fact]
    public void Three_channel_bands_get_no_gyroscope_fields()
    {
        var batch = Batch with { Channels = 3, Samples = Batch.Samples[..(50 * 6)] };
        var line = Points.Samples(RawSampleMode.All, "pat-1", "band-1", batch, SampleDecoder.Decode(batch), 10).First();
        Assert.DoesNotContain("gx=", line);
    }

    [Fact]
    public void Rep_point_escapes_exercise_and_stamps_the_start()
    {
        var start = DateTimeOffset.FromUnixTimeMilliseconds(1_780_000_000_000);
        var line = Points.RepLine(new RepRecord("pat-1", "band-1", "biceps curl", start, start.AddSeconds(2), 90, 120, true, 0.8, 2, 3));

        Assert.StartsWith(@"rep,device=band-1,exercise=biceps\ curl,patient=pat-1 ", line);
        Assert.Contains("partial=true", line);
        Assert.Contains("set=2i", line);
        Assert.Contains("end_ms=1780000002000i", line);
        Assert.EndsWith(" 1780000000000", line);
    }
}

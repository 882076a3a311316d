using HepSense.Contracts.Band;
using HepSense.FirmwareSim.Band;
using HepSense.FirmwareSim.Recording;

namespace HepSense.FirmwareSim.Tests;

public class CsvAndBatchTests
{
    [Fact]
    public void Csv_round_trip_keeps_rate_values_and_gyro_presence()
    {
        var rec = new ImuRecording(25, true, [new(1.23456, -9.8, 0.5, 0.012345, -1.5, 2), new(0, 9.81, -0.25, 0, 0, -0.00001)]);
        var text = new StringWriter();
        ImuCsv.Write(text, rec);
        var back = ImuCsv.Read(new StringReader(text.ToString()), "mem");
        Assert.Equal(25, back.RateHz);
        Assert.True(back.HasGyro);
        Assert.Equal(2, back.Samples.Count);
        Assert.Equal(1.2346, back.Samples[0].Ax, 4);
        Assert.Equal(0.01235, back.Samples[0].Gx, 5);
        Assert.StartsWith("t,ax,ay,az,gx,gy,gz\n0.000,1.2346,-9.8000,0.5000,0.01235,", text.ToString());
    }

    [Fact]
    public void Accelerometer_only_files_read_and_write_empty_gyro_columns()
    {
        var back = ImuCsv.Read(new StringReader("t,ax,ay,az,gx,gy,gz\n0.000,9.0,2.1,5.0,,,\n0.020,8.9,2.0,5.2,,,\n"), "mem");
        Assert.False(back.HasGyro);
        Assert.Equal(50, back.RateHz);
        var text = new StringWriter();
        ImuCsv.Write(text, back);
        Assert.EndsWith("0.020,8.9000,2.0000,5.2000,,,\n", text.ToString());
        Assert.All(BatchBuilder.Split(back, DateTimeOffset.UnixEpoch), b => Assert.Equal(3u, b.Channels));
    }

    [Fact]
    public void Accelerometer_only_files_may_leave_out_the_gyro_columns_and_use_windows_line_ends()
    {
        var back = ImuCsv.Read(new StringReader("t,ax,ay,az\r\n0.00,9.0,2.1,5.0\r\n0.04,8.9,2.0,5.2\r\n\r\n"), "mem");
        Assert.False(back.HasGyro);
        Assert.Equal(25, back.RateHz);
        Assert.Equal(2, back.Samples.Count);
        Assert.Equal(5.2, back.Samples[1].Az, 6);
    }

    [Theory]
    [InlineData("time,x,y,z\n0,1,2,3\n", "header")]
    [InlineData("t,ax,ay,az\n0,1,2,3,,,\n", "expected 4 fields")]
    [InlineData("t,ax,ay,az,gx,gy,gz\n0,1,2,x,,,\n", "'x' is not a number")]
    [InlineData("t,ax,ay,az,gx,gy,gz\n0,1,2,3,,,\n0.04,1,2,3,1,1,1\n", "every line or on none")]
    [InlineData("t,ax,ay,az,gx,gy,gz\n", "no samples")]
    public void Bad_csv_gets_a_clear_error(string csv, string message)
    {
        var e = Assert.Throws<FormatException>(() => ImuCsv.Read(new StringReader(csv), "f.csv"));
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void Quantisation_uses_the_documented_scales_and_saturates_at_the_range()
    {
        var spec = SensorSpec.Default;
        Assert.Equal(16 * 9.80665 / 32768, spec.AccelScale, 12);
        Assert.Equal(2000 * Math.PI / 180 / 32768, spec.GyroScale, 12);
        var rec = new ImuRecording(50, true, [new(9.80665, -200, 0.001, 1.0, 100, -0.0005)]);
        var batch = BatchBuilder.Split(rec, DateTimeOffset.UnixEpoch).Single();
        var back = BatchBuilder.Unpack(batch).Samples[0];
        Assert.Equal(9.80665, back.Ax, 0.003);                          // within half an LSB
        Assert.Equal(short.MinValue * spec.AccelScale, back.Ay, 3);       // -200 m/s^2 is beyond 16 g: saturated
        Assert.Equal(0, back.Az, 6);                                      // below half an LSB
        Assert.Equal(1.0, back.Gx, 0.0006);
        Assert.Equal(short.MaxValue * spec.GyroScale, back.Gy, 3);        // 100 rad/s is beyond 2000 deg/s
        Assert.Equal(12, batch.Samples.Length);
    }

    [Fact]
    public void Batches_are_about_a_second_with_consecutive_seq_and_device_times()
    {
        var samples = Enumerable.Range(0, 130).Select(i => new ImuSample(i * 0.01, 0, 9.8, 0, 0, 0)).ToArray();
        var start = new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);
        var batches = BatchBuilder.Split(new ImuRecording(50, true, samples), start, firstSeq: 7).ToList();
        Assert.Equal([7ul, 8, 9], batches.Select(b => b.Seq));
        Assert.Equal([50, 50, 30], batches.Select(b => PackedSamples.Count(b.Samples.Length, 6)));
        Assert.Equal([0L, 1000, 2000], batches.Select(b => b.DeviceTimeMs - start.ToUnixTimeMilliseconds()));
        Assert.All(batches, b => Assert.Equal(50f, b.SampleRateHz));
        Assert.Equal(1.0, BatchBuilder.Unpack(batches[2]).Samples[0].Ax, 0.003);   // sample 100 opens the third batch
    }
}

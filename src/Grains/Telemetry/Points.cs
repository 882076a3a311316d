using HepSense.Signal;
using InfluxDB.Client.Api.Domain;
using InfluxDB.Client.Writes;

namespace HepSense.Grains.Telemetry;

/// <summary>
/// The line protocol HepSense writes, built with InfluxDB.Client's PointData (escaping, tag order, integer
/// suffixes). Tags are low-cardinality (patient, device, exercise); everything unique is a field.
/// </summary>
public static class Points
{
    public const string Imu = "imu";
    public const string ImuBatch = "imu_batch";
    public const string Rep = "rep";
    public const string Status = "status";

    /// <summary>The raw samples of one batch, as <paramref name="mode"/> says.</summary>
    public static IEnumerable<string> Samples(
        RawSampleMode mode, string patientId, string deviceId, ImuBatchData batch, ImuSample[] samples, double decimatedRateHz) =>
        mode switch
        {
            RawSampleMode.All => PerSample(patientId, deviceId, batch, samples, 1),
            RawSampleMode.Decimated => PerSample(patientId, deviceId, batch, samples,
                Math.Max(1, (int)Math.Round(batch.SampleRateHz / decimatedRateHz))),
            RawSampleMode.Batch => [Packed(patientId, deviceId, batch)],
            _ => [],
        };

    /// <summary>One point per <paramref name="block"/> samples, their mean, at the time of the block's first sample.
    /// Values are float32, as the sensor's: shorter lines than doubles' 17 digits, nothing lost.</summary>
    private static IEnumerable<string> PerSample(string patientId, string deviceId, ImuBatchData batch, ImuSample[] samples, int block)
    {
        var gyro = batch.Channels == 6;
        // Measurement and tags are the batch's: built once (an immutable point), each point only adds its fields and time.
        var tagged = PointData.Measurement(Imu).Tag("patient", patientId).Tag("device", deviceId);
        for (var start = 0; start < samples.Length; start += block)
        {
            var n = Math.Min(block, samples.Length - start);
            double ax = 0, ay = 0, az = 0, gx = 0, gy = 0, gz = 0;
            for (var i = start; i < start + n; i++)
            {
                var s = samples[i];
                ax += s.Ax; ay += s.Ay; az += s.Az; gx += s.Gx; gy += s.Gy; gz += s.Gz;
            }
            var point = tagged.Field("ax", (float)(ax / n)).Field("ay", (float)(ay / n)).Field("az", (float)(az / n));
            if (gyro) point = point.Field("gx", (float)(gx / n)).Field("gy", (float)(gy / n)).Field("gz", (float)(gz / n));
            yield return point
                .Timestamp(SampleDecoder.SampleTimeMs(batch.DeviceTimeMs, batch.SampleRateHz, start), WritePrecision.Ms)
                .ToLineProtocol();
        }
    }

    private static string Packed(string patientId, string deviceId, ImuBatchData batch) =>
        PointData.Builder.Measurement(ImuBatch)
            .Tag("patient", patientId).Tag("device", deviceId)
            .Field("seq", (long)batch.Seq)
            .Field("rate_hz", (double)batch.SampleRateHz)
            .Field("channels", (long)batch.Channels)
            .Field("accel_scale", (double)batch.AccelScale)
            .Field("gyro_scale", (double)batch.GyroScale)
            .Field("samples", Convert.ToBase64String(batch.Samples))
            .Timestamp(batch.DeviceTimeMs, WritePrecision.Ms)
            .ToPointData().ToLineProtocol();

    /// <summary>One point per rep, at the rep's start; its end is a field so the rep reads back whole.</summary>
    public static string RepLine(RepRecord rep) =>
        PointData.Builder.Measurement(Rep)
            .Tag("patient", rep.PatientId).Tag("device", rep.DeviceId).Tag("exercise", rep.Exercise)
            .Field("duration_s", rep.DurationS)
            .Field("rom_deg", rep.RomDeg)
            .Field("peak_dps", rep.PeakAngularSpeedDps)
            .Field("partial", rep.Partial)
            .Field("confidence", rep.Confidence)
            .Field("set", (long)rep.SetNumber)
            .Field("rep_in_set", (long)rep.RepInSet)
            .Field("end_ms", rep.End.ToUnixTimeMilliseconds())
            .Timestamp(rep.Start.ToUnixTimeMilliseconds(), WritePrecision.Ms)
            .ToPointData().ToLineProtocol();

    public static string StatusLine(string? patientId, string deviceId, DeviceStatusData status)
    {
        var point = PointData.Builder.Measurement(Status).Tag("device", deviceId);
        if (patientId is not null) point = point.Tag("patient", patientId);
        return point
            .Field("battery_pct", (double)status.BatteryPct)
            .Field("charging", status.Charging)
            .Field("firmware", status.Firmware)
            .Field("rssi_dbm", (long)status.RssiDbm)
            .Timestamp(status.DeviceTimeMs, WritePrecision.Ms)
            .ToPointData().ToLineProtocol();
    }
}

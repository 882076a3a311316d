using HepSense.Contracts.Band;
using HepSense.Grains;

namespace HepSense.Ingest;

/// <summary>From validated wire messages to the records grains take.</summary>
public static class UplinkMapping
{
    public static ImuBatchData ToData(this ImuBatch b) =>
        new(b.Seq, b.DeviceTimeMs, b.SampleRateHz, b.AccelScale, b.GyroScale, (int)b.Channels, b.Samples.ToByteArray());

    public static DeviceStatusData ToData(this DeviceStatus s) =>
        new(s.DeviceTimeMs, s.BatteryPct, s.Charging, s.Firmware, s.RssiDbm);

    public static DeviceEventData ToData(this DeviceEvent e) =>
        new(e.DeviceTimeMs,
            e.KindCase == DeviceEvent.KindOneofCase.ExerciseChosen ? e.ExerciseChosen.Exercise : null,
            e.KindCase == DeviceEvent.KindOneofCase.SessionEnded);
}

using HepSense.Contracts.Band;
using HepSense.Grains;

namespace HepSense.Ingest;

/// <summary>Checks the small uplinks (status, event) against band.proto's ranges.</summary>
public static class DeviceReportValidator
{
    /// <summary>Bounds free text from a band so a faulty one cannot bloat grain state or logs.</summary>
    public const int MaxTextLength = 64;

    public static RejectReason? Validate(DeviceStatus status, DateTimeOffset now) =>
        DeviceClock.IsPlausible(status.DeviceTimeMs, now)
        && status.BatteryPct is >= 0 and <= 100
        && status.Firmware.Length <= MaxTextLength
            ? null
            : RejectReason.InvalidStatus;

    public static RejectReason? Validate(DeviceEvent deviceEvent, DateTimeOffset now) =>
        DeviceClock.IsPlausible(deviceEvent.DeviceTimeMs, now)
        && deviceEvent.KindCase != DeviceEvent.KindOneofCase.None
        && (deviceEvent.KindCase != DeviceEvent.KindOneofCase.ExerciseChosen
            || Ids.IsValidExercise(deviceEvent.ExerciseChosen.Exercise)) // the name the device grain accepts
            ? null
            : RejectReason.InvalidEvent;
}

namespace HepSense.Grains;

[GenerateSerializer, Immutable]
public sealed record DeviceSnapshot(
    [property: Id(0)] string DeviceId,
    [property: Id(1)] string? PatientId,
    [property: Id(2)] ulong BatchesAccepted,
    [property: Id(3)] ulong DuplicatesDropped,
    [property: Id(4)] ulong Gaps,
    [property: Id(5)] ulong LastSeq,
    [property: Id(6)] DateTimeOffset? LastSeen,
    [property: Id(7)] float BatteryPct,
    [property: Id(8)] string? Firmware);

namespace HepSense.Grains.Clinical;

/// <summary>What the risk rules need to know about one of the patient's bands.</summary>
[GenerateSerializer, Immutable]
public sealed record BandStatus(
    [property: Id(0)] string DeviceId,
    [property: Id(1)] DateTimeOffset? LastSeen,
    [property: Id(2)] float? BatteryPct,
    [property: Id(3)] bool Charging);

namespace HepSense.Grains;

[GenerateSerializer, Immutable]
public sealed record DeviceStatusData(
    [property: Id(0)] long DeviceTimeMs,
    [property: Id(1)] float BatteryPct,
    [property: Id(2)] bool Charging,
    [property: Id(3)] string Firmware,
    [property: Id(4)] int RssiDbm);

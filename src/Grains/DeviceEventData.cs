namespace HepSense.Grains;

/// <summary>An uplink event. <see cref="Exercise"/> is set for "exercise chosen"; <see cref="SessionEnded"/> closes open sets.</summary>
[GenerateSerializer, Immutable]
public sealed record DeviceEventData(
    [property: Id(0)] long DeviceTimeMs,
    [property: Id(1)] string? Exercise,
    [property: Id(2)] bool SessionEnded);

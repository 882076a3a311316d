namespace HepSense.Ingest;

/// <summary>What a band sends on <c>hepsense/v1/{deviceId}/{kind}</c>.</summary>
public enum UplinkKind { Imu, Status, Event }

/// <summary>A parsed uplink topic.</summary>
public readonly record struct BandTopic(string DeviceId, UplinkKind Kind);

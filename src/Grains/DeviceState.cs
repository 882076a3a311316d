namespace HepSense.Grains;

/// <summary>What a band's grain persists. Written on provisioning and status, and during ingest as
/// <see cref="DeviceGrain"/> explains.</summary>
[GenerateSerializer]
public sealed class DeviceState
{
    [Id(0)] public string? PatientId { get; set; }
    [Id(1)] public DeviceSecret? Secret { get; set; }
    [Id(2)] public SeqWindow Seqs { get; set; } = new();
    [Id(3)] public ulong BatchesAccepted { get; set; }
    [Id(4)] public ulong DuplicatesDropped { get; set; }
    [Id(5)] public DateTimeOffset? LastSeen { get; set; }
    [Id(6)] public float BatteryPct { get; set; }
    [Id(7)] public string? Firmware { get; set; }
    /// <summary>The exercise the wearer last chose; reps are attributed to it.</summary>
    [Id(8)] public string? Exercise { get; set; }
    /// <summary>Sessions the band has ended ("session ended" events): reps are stamped with the session they fall in.</summary>
    [Id(9)] public int SessionsEnded { get; set; }
}

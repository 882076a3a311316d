namespace HepSense.FirmwareSim.Band;

public sealed record BandClientOptions
{
    /// <summary>How long to keep trying to connect or deliver before giving up.</summary>
    public TimeSpan RetryFor { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>First pause between attempts; connecting doubles it up to 2 s.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Time allowed for one CONNACK or PUBACK.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);
}

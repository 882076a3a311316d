namespace HepSense.Grains;

/// <summary>What the band's grain did with a batch.</summary>
public enum IngestOutcome
{
    Accepted,
    /// <summary>Sequence number already seen: a QoS 1 redelivery. Acknowledged, not processed again.</summary>
    Duplicate,
    /// <summary>The band is not provisioned.</summary>
    UnknownDevice,
}

namespace HepSense.FirmwareSim.Band;

/// <summary>What the broker answered to one QoS 1 publish.</summary>
/// <param name="Reason">The PUBACK reason when refused, null when accepted.</param>
/// <param name="LatencyMs">From the first send to the PUBACK, retries included.</param>
public readonly record struct PublishOutcome(bool Accepted, string? Reason, double LatencyMs);

namespace HepSense.Grains.Clinical;

/// <summary>
/// A current risk: <see cref="Reason"/> says why in words and numbers; <see cref="Value"/> against
/// <see cref="Threshold"/> is the measure that tripped it (pain points, days, shares 0–1, hours, percent).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RiskFlag(
    [property: Id(0)] string PatientId,
    [property: Id(1)] RiskKind Kind,
    [property: Id(2)] string Reason,
    [property: Id(3)] double Value,
    [property: Id(4)] double Threshold,
    [property: Id(5)] string? DeviceId = null)
{
    /// <summary>How far past its threshold, in the direction that is worse: orders flags of one kind.</summary>
    public double Severity => Kind is RiskKind.LowAdherence or RiskKind.BatteryLow ? Threshold - Value : Value - Threshold;
}

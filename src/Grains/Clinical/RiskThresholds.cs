namespace HepSense.Grains.Clinical;

/// <summary>The numbers behind the risk rules, in one place.</summary>
[GenerateSerializer, Immutable]
public sealed record RiskThresholds
{
    public static readonly RiskThresholds Default = new();

    [Id(0)] public double MinAdherence { get; init; } = 0.5;
    [Id(1)] public int AdherenceDays { get; init; } = 7;
    [Id(2)] public int NoDataDays { get; init; } = 3;
    [Id(3)] public int HighPain { get; init; } = 7;
    [Id(4)] public int PainRise { get; init; } = 2;
    [Id(5)] public TimeSpan PainWindow { get; init; } = TimeSpan.FromDays(7);
    /// <summary>Rise of the partial share, last 7 days against the 7 before, that trips the flag (0.10 = 10 points).</summary>
    [Id(6)] public double PartialShareRise { get; init; } = 0.10;
    /// <summary>Reps each of the two weeks needs before their partial shares are compared.</summary>
    [Id(7)] public int PartialShareMinReps { get; init; } = 20;
    [Id(8)] public TimeSpan BandOffline { get; init; } = TimeSpan.FromHours(24);
    [Id(9)] public float LowBatteryPct { get; init; } = 20;
}

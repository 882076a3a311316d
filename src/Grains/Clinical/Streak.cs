namespace HepSense.Grains.Clinical;

/// <summary>Runs of kept days (every prescribed session done); days with nothing prescribed neither extend nor break a run.</summary>
[GenerateSerializer, Immutable]
public sealed record Streak(
    [property: Id(0)] int Current,
    [property: Id(1)] int Longest,
    [property: Id(2)] DateOnly? CurrentSince);

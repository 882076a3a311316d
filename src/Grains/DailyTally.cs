namespace HepSense.Grains;

/// <summary>Reps of one exercise on one day (UTC date until patients carry a time zone).</summary>
[GenerateSerializer, Immutable]
public sealed record DailyTally(
    [property: Id(0)] DateOnly Date,
    [property: Id(1)] string Exercise,
    [property: Id(2)] int Reps,
    [property: Id(3)] int PartialReps,
    [property: Id(4)] int Sets);

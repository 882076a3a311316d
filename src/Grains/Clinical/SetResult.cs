namespace HepSense.Grains.Clinical;

/// <summary>
/// A detected set as it counts against a slot: set <see cref="Number"/> (1-based) with <see cref="RepsDone"/> of
/// <see cref="RepsPrescribed"/> reps. Sets beyond the prescribed number are <see cref="Extra"/> (0 prescribed).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record SetResult(
    [property: Id(0)] int Number,
    [property: Id(1)] int RepsDone,
    [property: Id(2)] int RepsPrescribed,
    [property: Id(3)] int PartialReps,
    [property: Id(4)] DateTimeOffset Start,
    [property: Id(5)] DateTimeOffset End,
    [property: Id(6)] bool NamedByDevice)
{
    public bool Extra => RepsPrescribed == 0;
}

namespace HepSense.Grains.Clinical;

/// <summary>
/// A session still missing at the end of its window: remind the patient (band command topic and stream), then
/// remember <see cref="Key"/> so the same session is never reminded twice.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record DueReminder(
    [property: Id(0)] string Key,
    [property: Id(1)] DateOnly Date,
    [property: Id(2)] int Occurrence,
    [property: Id(3)] DateTimeOffset WindowEnd,
    [property: Id(4)] IReadOnlyList<string> Exercises);

namespace HepSense.Grains.Clinical;

/// <summary>
/// A set the band's detector closed: <see cref="Reps"/> reps, <see cref="PartialReps"/> of them partial.
/// <see cref="Exercise"/> is what the band or phone said was in progress (null when nobody said);
/// <see cref="SessionId"/>, when the band marks sessions, is the band session it belongs to (sets of one band with
/// different ids are never one session);
/// <see cref="DeviceId"/> is the band that detected it (see <see cref="RepSets"/>).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record DetectedSet(
    [property: Id(0)] string? Exercise,
    [property: Id(1)] DateTimeOffset Start,
    [property: Id(2)] DateTimeOffset End,
    [property: Id(3)] int Reps,
    [property: Id(4)] int PartialReps,
    [property: Id(5)] string? SessionId = null,
    [property: Id(6)] string? DeviceId = null)
{
    public IEnumerable<string> Errors()
    {
        if (Reps < 0) yield return $"a set cannot have {Reps} reps";
        if (PartialReps < 0 || PartialReps > Reps) yield return $"partial reps must be 0 to {Reps}, not {PartialReps}";
        if (End < Start) yield return "a set cannot end before it starts";
    }
}

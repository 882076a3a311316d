namespace HepSense.Grains.Clinical;

/// <summary>
/// An exercise of a clinic's library. <see cref="Id"/> is the name bands and phones use (e.g. "knee-extension-seated");
/// the typical tempo (seconds per rep) and range (degrees) are hints for the rep detector.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ExerciseDefinition(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string Instructions,
    [property: Id(3)] string? VideoUrl,
    [property: Id(4)] string BodyRegion,
    [property: Id(5)] Side Side,
    [property: Id(6)] double? TypicalTempoS,
    [property: Id(7)] double? TypicalRangeDeg)
{
    public IEnumerable<string> Errors()
    {
        if (string.IsNullOrWhiteSpace(Id) || !Id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_') || Id.Length > 64)
            yield return $"exercise id '{Id}' must be 1 to 64 of a-z, 0-9, '-' and '_'";
        if (string.IsNullOrWhiteSpace(Name)) yield return $"{Id}: a name is required";
        if (VideoUrl is not null && !(Uri.TryCreate(VideoUrl, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
            yield return $"{Id}: video URL '{VideoUrl}' is not an http(s) address";
        if (TypicalTempoS is <= 0 or > 60) yield return $"{Id}: typical tempo must be over 0 and at most 60 s";
        if (TypicalRangeDeg is <= 0 or > 360) yield return $"{Id}: typical range must be over 0 and at most 360°";
    }
}

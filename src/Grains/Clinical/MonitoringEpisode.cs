namespace HepSense.Grains.Clinical;

/// <summary>A patient's remote-monitoring episode, in patient-local dates (inclusive; no end while it runs).</summary>
[GenerateSerializer, Immutable]
public sealed record MonitoringEpisode(
    [property: Id(0)] string Id,
    [property: Id(1)] DateOnly Start,
    [property: Id(2)] DateOnly? End = null)
{
    public bool Covers(DateOnly date) => date >= Start && (End is null || date <= End);
}

/// <summary>
/// Therapist time spent on a patient's monitoring, on a patient-local <see cref="Date"/>.
/// <see cref="Interactive"/>: it included an interactive communication with the patient (call, video).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record TherapistTime(
    [property: Id(0)] DateOnly Date,
    [property: Id(1)] int Minutes,
    [property: Id(2)] bool Interactive,
    [property: Id(3)] string TherapistId,
    [property: Id(4)] string? Note = null)
{
    public IEnumerable<string> Errors()
    {
        if (Minutes is < 1 or > 24 * 60) yield return $"minutes must be 1 to 1440, not {Minutes}";
        if (string.IsNullOrWhiteSpace(TherapistId)) yield return "therapist time needs the therapist";
    }
}

namespace HepSense.Grains.Clinical;

/// <summary>
/// What the patient says they did without the band: kept apart from sensor-verified data, never billed,
/// never mixed into sensor adherence.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record SelfReport(
    [property: Id(0)] DateOnly Date,
    [property: Id(1)] int Sessions,
    [property: Id(2)] int Reps,
    [property: Id(3)] string? Exercise = null)
{
    public IEnumerable<string> Errors()
    {
        if (Sessions is < 0 or > 24) yield return $"sessions must be 0 to 24, not {Sessions}";
        if (Reps is < 0 or > 10_000) yield return $"reps must be 0 to 10000, not {Reps}";
    }
}

namespace HepSense.Grains.Clinical;

/// <summary>
/// One exercise of a program: <see cref="Sets"/> × <see cref="Reps"/>, each rep held <see cref="HoldSeconds"/>,
/// <see cref="RestSeconds"/> between sets, at <see cref="Frequency"/>, from <see cref="Start"/> to <see cref="End"/>
/// (inclusive, patient-local dates; no end means until changed). <see cref="Exercise"/> is the library id the band
/// and phone name when they say which exercise is in progress. <see cref="TargetRomDeg"/>: the range of motion the
/// therapist prescribed ("knee extension to 90°"); the band's detector flags a rep well below it partial. None means
/// not prescribed: reps are judged against their own set (a library's typical range is a hint, not a prescription, and
/// would flag every rep of a patient whose range is limited).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PrescribedExercise(
    [property: Id(0)] string Exercise,
    [property: Id(1)] int Sets,
    [property: Id(2)] int Reps,
    [property: Id(3)] int HoldSeconds,
    [property: Id(4)] int RestSeconds,
    [property: Id(5)] Side Side,
    [property: Id(6)] Frequency Frequency,
    [property: Id(7)] DateOnly Start,
    [property: Id(8)] DateOnly? End = null,
    [property: Id(9)] double? TargetRomDeg = null)
{
    /// <summary>The widest a prescribed range may be: a joint turns less than half a circle.</summary>
    public const double MaxTargetRomDeg = 180;
    /// <summary>The narrowest: a heel raise tilts the shin a few degrees.</summary>
    public const double MinTargetRomDeg = 1;

    public static bool IsValidTargetRom(double deg) => deg is >= MinTargetRomDeg and <= MaxTargetRomDeg;

    public int RepsPerSession => Sets * Reps;

    public bool IsActiveOn(DateOnly date) => date >= Start && (End is null || date <= End);

    public bool IsScheduledOn(DateOnly date) => IsActiveOn(date) && Frequency.IsScheduledOn(date, Start);

    public bool Is(string? exercise) => exercise is not null && string.Equals(Exercise, exercise, StringComparison.OrdinalIgnoreCase);

    public IEnumerable<string> Errors()
    {
        if (string.IsNullOrWhiteSpace(Exercise)) yield return "an exercise has no name";
        var name = string.IsNullOrWhiteSpace(Exercise) ? "(unnamed)" : Exercise;
        if (Sets is < 1 or > 20) yield return $"{name}: sets must be 1 to 20, not {Sets}";
        if (Reps is < 1 or > 200) yield return $"{name}: reps must be 1 to 200, not {Reps}";
        if (HoldSeconds is < 0 or > 600) yield return $"{name}: hold must be 0 to 600 s, not {HoldSeconds}";
        if (RestSeconds is < 0 or > 3600) yield return $"{name}: rest must be 0 to 3600 s, not {RestSeconds}";
        if (TargetRomDeg is { } rom && !IsValidTargetRom(rom))
            yield return $"{name}: target range must be {MinTargetRomDeg:0} to {MaxTargetRomDeg:0}°, not {rom}";
        if (!Enum.IsDefined(Side)) yield return $"{name}: unknown side {(int)Side}";
        if (Frequency is null) { yield return $"{name}: no frequency"; yield break; }
        foreach (var e in Frequency.Errors()) yield return $"{name}: {e}";
        if (End < Start) yield return $"{name}: ends {End:yyyy-MM-dd} before it starts {Start:yyyy-MM-dd}";
    }
}

namespace HepSense.Grains.Clinical;

/// <summary>
/// A clinic's standard program every therapist can start from. Exercise dates are relative: day 0 is the day the
/// patient's program starts (<see cref="TemplateExercise.StartDay"/>, optional <see cref="TemplateExercise.Days"/>).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ProgramTemplate(
    [property: Id(0)] string Id,
    [property: Id(1)] string ClinicId,
    [property: Id(2)] string Name,
    [property: Id(3)] IReadOnlyList<TemplateExercise> Exercises,
    [property: Id(4)] IReadOnlyList<SessionWindow>? Windows = null)
{
    /// <summary>The template as a patient's program draft starting <paramref name="start"/>; checked like any program when added.</summary>
    public ProgramDraft Instantiate(DateOnly start, string? note = null) =>
        new(Exercises.Select(e => new PrescribedExercise(
                e.Exercise, e.Sets, e.Reps, e.HoldSeconds, e.RestSeconds, e.Side, e.Frequency,
                start.AddDays(e.StartDay), e.Days is { } days ? start.AddDays(e.StartDay + days - 1) : null, e.TargetRomDeg)).ToArray(),
            start, Windows, note ?? $"from template {Name}");
}

[GenerateSerializer, Immutable]
public sealed record TemplateExercise(
    [property: Id(0)] string Exercise,
    [property: Id(1)] int Sets,
    [property: Id(2)] int Reps,
    [property: Id(3)] int HoldSeconds,
    [property: Id(4)] int RestSeconds,
    [property: Id(5)] Side Side,
    [property: Id(6)] Frequency Frequency,
    [property: Id(7)] int StartDay = 0,
    [property: Id(8)] int? Days = null,
    [property: Id(9)] double? TargetRomDeg = null);

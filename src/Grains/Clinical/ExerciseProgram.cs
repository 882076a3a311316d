namespace HepSense.Grains.Clinical;

/// <summary>
/// One version of a patient's program. Never edited: a change is a new version (see <see cref="ProgramHistory"/>).
/// It governs the patient's days from <see cref="EffectiveFrom"/> until a later version takes over.
/// <see cref="Windows"/>: the local time windows of the day's sessions (session k of the day in window k);
/// none means <see cref="SessionWindow.Defaults"/>.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ExerciseProgram(
    [property: Id(0)] int Version,
    [property: Id(1)] DateOnly EffectiveFrom,
    [property: Id(2)] IReadOnlyList<PrescribedExercise> Exercises,
    [property: Id(3)] IReadOnlyList<SessionWindow>? Windows,
    [property: Id(4)] DateTimeOffset ChangedAt,
    [property: Id(5)] string ChangedBy,
    [property: Id(6)] string? Note = null)
{
    /// <summary>The most sessions any exercise asks for in a day.</summary>
    public int SessionsPerDay => Exercises.Count == 0 ? 0 : Exercises.Max(e => e.Frequency.TimesPerDay);

    public IReadOnlyList<SessionWindow> SessionWindows => Windows is { Count: > 0 } ? Windows : SessionWindow.Defaults(SessionsPerDay);

    public PrescribedExercise? Find(string? exercise) => Exercises.FirstOrDefault(e => e.Is(exercise));
}

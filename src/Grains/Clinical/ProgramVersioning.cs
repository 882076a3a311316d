namespace HepSense.Grains.Clinical;

/// <summary>What a therapist submits: the whole new program. The rules number it and keep the old one.</summary>
[GenerateSerializer, Immutable]
public sealed record ProgramDraft(
    [property: Id(0)] IReadOnlyList<PrescribedExercise> Exercises,
    [property: Id(1)] DateOnly EffectiveFrom,
    [property: Id(2)] IReadOnlyList<SessionWindow>? Windows = null,
    [property: Id(3)] string? Note = null);

/// <summary>The outcome of an accepted change: the history with the new version last, and its warnings.</summary>
[GenerateSerializer, Immutable]
public sealed record ProgramChange(
    [property: Id(0)] ProgramHistory History,
    [property: Id(1)] ExerciseProgram Version,
    [property: Id(2)] IReadOnlyList<string> Warnings);

/// <summary>Decides whether a program change is valid, what it warns about, and which version it becomes.</summary>
public static class ProgramVersioning
{
    /// <summary>More exercises, less adherence: above this a program is accepted with a warning.</summary>
    public const int ExercisesBeforeWarning = 5;

    public static IReadOnlyList<string> Errors(ProgramDraft draft)
    {
        var errors = new List<string>();
        if (draft.Exercises is null || draft.Exercises.Count == 0) return ["a program needs at least one exercise"];
        foreach (var exercise in draft.Exercises)
            errors.AddRange(exercise is null ? ["an exercise is missing"] : exercise.Errors());
        foreach (var twice in draft.Exercises.Where(e => e is not null).GroupBy(e => (e.Exercise?.ToLowerInvariant(), e.Side)).Where(g => g.Count() > 1))
            errors.Add($"{twice.First().Exercise} ({twice.Key.Side}) is prescribed twice");
        if (draft.Windows is { Count: > 0 } windows)
        {
            var sessions = draft.Exercises.Where(e => e?.Frequency is not null).Select(e => e.Frequency.TimesPerDay).DefaultIfEmpty(0).Max();
            if (windows.Count < sessions) errors.Add($"{windows.Count} session windows for {sessions} sessions a day");
            for (var i = 0; i < windows.Count; i++)
            {
                if (windows[i].To <= windows[i].From) errors.Add($"session window {i + 1} ends ({windows[i].To:HH:mm}) before it starts ({windows[i].From:HH:mm})");
                if (i > 0 && windows[i].From < windows[i - 1].To) errors.Add($"session window {i + 1} overlaps window {i}");
            }
        }
        return errors;
    }

    public static IReadOnlyList<string> Warnings(ProgramDraft draft) =>
        draft.Exercises.Count > ExercisesBeforeWarning
            ? [$"{draft.Exercises.Count} exercises: programs of more than {ExercisesBeforeWarning} exercises are followed less"]
            : [];

    /// <summary>Adds the draft as the next version. Throws <see cref="ArgumentException"/> listing every error; the history is then unchanged.</summary>
    public static ProgramChange AddVersion(ProgramHistory history, ProgramDraft draft, DateTimeOffset at, string changedBy)
    {
        var errors = Errors(draft);
        if (errors.Count > 0) throw new ArgumentException("Program rejected: " + string.Join("; ", errors), nameof(draft));
        var version = new ExerciseProgram(
            (history.Current?.Version ?? 0) + 1, draft.EffectiveFrom, draft.Exercises.ToArray(), draft.Windows?.ToArray(), at, changedBy, draft.Note);
        return new ProgramChange(new ProgramHistory([.. history.Versions, version]), version, Warnings(draft));
    }
}

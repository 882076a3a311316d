using HepSense.Contracts.Api;

namespace HepSense.Cli.Commands;

/// <summary>
/// A change to one exercise given on the command line: the fields given replace the current ones, the rest are
/// kept; an exercise not in the program is added (then --sets and --reps are needed). <see cref="TargetRomDeg"/> 0 clears
/// the prescribed range (reps are then judged against their set).
/// </summary>
public sealed record ProgramEdit(
    string Exercise,
    uint? Sets = null,
    uint? Reps = null,
    double? HoldSeconds = null,
    double? RestSeconds = null,
    string? Side = null,
    uint? TimesPerDay = null,
    uint? DaysPerWeek = null,
    double? TargetRomDeg = null)
{
    /// <summary>A new program with this exercise changed or added; <paramref name="current"/> is not touched.</summary>
    public Program ApplyTo(Program current)
    {
        var next = current.Clone();
        var existing = next.Exercises.FirstOrDefault(e => string.Equals(e.Exercise, Exercise, StringComparison.OrdinalIgnoreCase)
                                                          && (Side is null || e.Side == Side));
        if (existing is null)
        {
            if (Sets is null || Reps is null) throw new CliError($"{Exercise} is not in the program yet: give --sets and --reps to add it");
            existing = new PrescribedExercise { Exercise = Exercise, TimesPerDay = 1, DaysPerWeek = 7 };
            next.Exercises.Add(existing);
        }
        if (Sets is { } sets) existing.Sets = sets;
        if (Reps is { } reps) existing.Reps = reps;
        if (HoldSeconds is { } hold) existing.HoldSeconds = hold;
        if (RestSeconds is { } rest) existing.RestSeconds = rest;
        if (Side is { } side) existing.Side = side;
        if (TimesPerDay is { } times) existing.TimesPerDay = times;
        if (DaysPerWeek is { } days) existing.DaysPerWeek = days;
        if (TargetRomDeg is 0) existing.ClearTargetRomDeg();
        else if (TargetRomDeg is { } rom) existing.TargetRomDeg = rom;
        return next;
    }

    /// <summary>A new program without <paramref name="exercise"/>; an error when it is not there.</summary>
    public static Program Remove(Program current, string exercise)
    {
        var next = current.Clone();
        var gone = next.Exercises.Where(e => string.Equals(e.Exercise, exercise, StringComparison.OrdinalIgnoreCase)).ToList();
        if (gone.Count == 0) throw new CliError($"{exercise} is not in the program");
        foreach (var e in gone) next.Exercises.Remove(e);
        return next;
    }
}

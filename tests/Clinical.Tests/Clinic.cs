using HepSense.Grains.Clinical;

namespace HepSense.Clinical.Tests;

/// <summary>Builders for the rule tests: a patient in Berlin whose program starts Monday 2 March 2026.</summary>
public static class Clinic
{
    public static readonly TimeZoneInfo Berlin = LocalTime.Zone("Europe/Berlin");
    public static readonly DateOnly Monday = new(2026, 3, 2);
    public static readonly DateTimeOffset Created = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);

    public static PrescribedExercise Exercise(string name, int sets = 2, int reps = 10, int timesPerDay = 1, int daysPerWeek = 7,
        DateOnly? start = null, DateOnly? end = null) =>
        new(name, sets, reps, 0, 30, Side.Both, new Frequency(timesPerDay, daysPerWeek), start ?? Monday, end);

    public static ExerciseProgram Program(params PrescribedExercise[] exercises) => new(1, Monday, exercises, null, Created, "therapist-1");

    public static ProgramHistory History(params PrescribedExercise[] exercises) => new([Program(exercises)]);

    public static ProgramDraft Draft(params PrescribedExercise[] exercises) => new(exercises, Monday);

    public static DateTimeOffset Local(DateOnly date, int hour, int minute = 0) => LocalTime.At(date, new TimeOnly(hour, minute), Berlin);

    /// <summary>A two-minute set starting at a local time.</summary>
    public static DetectedSet Set(string? exercise, DateOnly date, int hour, int minute, int reps, int partial = 0, string? session = null) =>
        new(exercise, Local(date, hour, minute), Local(date, hour, minute).AddMinutes(2), reps, partial, session);

    public static PerformedSession Session(params DetectedSet[] sets) => new(sets);

    public static DayMatch Match(ProgramHistory history, DateOnly date, DateTimeOffset now, params DetectedSet[] sets) =>
        SessionMatching.MatchDay(history, date, SessionGrouping.Group(sets), now, Berlin);
}

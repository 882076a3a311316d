namespace HepSense.Grains.Clinical;

/// <summary>Decides what a program expects on a given local day: which sessions, which exercises in each, in which window.</summary>
public static class Schedule
{
    /// <summary>The day's slots, by session then program order.</summary>
    public static IReadOnlyList<ScheduledSlot> SlotsOn(ExerciseProgram? program, DateOnly date)
    {
        if (program is null) return [];
        var windows = program.SessionWindows;
        var slots = new List<ScheduledSlot>();
        for (var occurrence = 0; occurrence < program.SessionsPerDay; occurrence++)
            for (var order = 0; order < program.Exercises.Count; order++)
            {
                var exercise = program.Exercises[order];
                if (exercise.Frequency.TimesPerDay > occurrence && exercise.IsScheduledOn(date))
                    slots.Add(new ScheduledSlot(date, occurrence, order, exercise, windows[Math.Min(occurrence, windows.Count - 1)]));
            }
        return slots;
    }

    public static IReadOnlyList<ScheduledSlot> SlotsOn(ProgramHistory history, DateOnly date) => SlotsOn(history.At(date), date);

    /// <summary>Sessions expected that day: the number of distinct session occurrences with at least one exercise.</summary>
    public static int SessionsOn(IReadOnlyList<ScheduledSlot> slots) => slots.Select(s => s.Occurrence).Distinct().Count();

    /// <summary>When a session's window closes, as an instant.</summary>
    public static DateTimeOffset WindowEnd(DateOnly date, SessionWindow window, TimeZoneInfo zone) => LocalTime.At(date, window.To, zone);
}

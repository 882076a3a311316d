namespace HepSense.Grains.Clinical;

/// <summary>
/// Decides which scheduled slot each detected set fills. The day's sessions are taken in time order: the first
/// fills the day's first session, the second the second, whatever the clock (the windows only decide when a
/// slot counts as missed). Within a session a set goes to the exercise the band or phone named; when nobody
/// named it, to the next exercise in program order that still lacks sets.
/// </summary>
public static class SessionMatching
{
    /// <param name="slots">The day's slots (<see cref="Schedule.SlotsOn(ExerciseProgram?, DateOnly)"/>).</param>
    /// <param name="program">The version in force that day: decides which named exercises belong to the program.</param>
    /// <param name="sessions">The sessions that started that day (<see cref="SessionGrouping"/>).</param>
    /// <param name="now">Slots without sets are missed once their window has closed before now, else pending.</param>
    public static DayMatch Match(
        DateOnly date,
        ExerciseProgram? program,
        IReadOnlyList<ScheduledSlot> slots,
        IEnumerable<PerformedSession> sessions,
        DateTimeOffset now,
        TimeZoneInfo zone)
    {
        var assigned = slots.ToDictionary(s => s, _ => new List<(DetectedSet Set, bool Named)>());
        var unscheduled = new List<DetectedSet>();
        int sessionsDone = 0, repsDone = 0, partialReps = 0;

        var occurrence = 0;
        foreach (var session in sessions.OrderBy(s => s.Start))
        {
            var ofSession = slots.Where(s => s.Occurrence == occurrence).OrderBy(s => s.Order).ToList();
            var any = false;
            foreach (var set in session.Sets.OrderBy(s => s.Start))
            {
                var named = set.Exercise is not null;
                if (named && program?.Find(set.Exercise) is null)
                {
                    unscheduled.Add(set);
                    continue;
                }
                any |= set.Reps > 0;
                repsDone += set.Reps;
                partialReps += set.PartialReps;
                var slot = named ? ForNamed(set.Exercise!, ofSession, slots, assigned) : ForUnnamed(ofSession, assigned);
                // No slot left (an extra session, or an exercise not scheduled today): counted for the day, not for a slot.
                if (slot is not null) assigned[slot].Add((set, named));
            }
            if (any) { sessionsDone++; occurrence++; }
        }

        var results = slots.Select(slot => Result(slot, assigned[slot], now, zone)).ToArray();
        return new DayMatch(date, results, Schedule.SessionsOn(slots), sessionsDone, repsDone, partialReps, unscheduled);
    }

    /// <summary>Matches one day from everything the patient's bands detected (any days): the convenience a grain calls.</summary>
    public static DayMatch MatchDay(ProgramHistory history, DateOnly date, IReadOnlyList<PerformedSession> allSessions, DateTimeOffset now, TimeZoneInfo zone)
    {
        var program = history.At(date);
        var ofDay = allSessions.Where(s => LocalTime.DateOf(s.Start, zone) == date);
        return Match(date, program, Schedule.SlotsOn(program, date), ofDay, now, zone);
    }

    private static ScheduledSlot? ForNamed(
        string exercise, List<ScheduledSlot> ofSession, IReadOnlyList<ScheduledSlot> ofDay, Dictionary<ScheduledSlot, List<(DetectedSet, bool)>> assigned) =>
        ofSession.FirstOrDefault(s => s.Exercise.Is(exercise))
        // Named but not in this session (an exercise done once a day, done in the second session): its first empty slot.
        ?? ofDay.Where(s => s.Exercise.Is(exercise) && assigned[s].Count == 0).OrderBy(s => s.Occurrence).FirstOrDefault();

    private static ScheduledSlot? ForUnnamed(List<ScheduledSlot> ofSession, Dictionary<ScheduledSlot, List<(DetectedSet, bool)>> assigned) =>
        ofSession.FirstOrDefault(s => assigned[s].Count < s.Exercise.Sets)
        // Every exercise has its sets: one more set continues the exercise just done.
        ?? ofSession.LastOrDefault(s => assigned[s].Count > 0);

    private static SlotResult Result(ScheduledSlot slot, List<(DetectedSet Set, bool Named)> sets, DateTimeOffset now, TimeZoneInfo zone)
    {
        var results = sets.OrderBy(s => s.Set.Start).Select((s, i) => new SetResult(
            i + 1, s.Set.Reps, i < slot.Exercise.Sets ? slot.Exercise.Reps : 0, s.Set.PartialReps, s.Set.Start, s.Set.End, s.Named)).ToArray();
        var reps = results.Sum(r => r.RepsDone);
        var status = reps >= slot.Exercise.RepsPerSession ? SlotStatus.Done
            : reps > 0 ? SlotStatus.PartlyDone
            : Schedule.WindowEnd(slot.Date, slot.Window, zone) <= now ? SlotStatus.Missed
            : SlotStatus.Pending;
        return new SlotResult(slot, status, results);
    }
}

namespace HepSense.Grains.Clinical;

/// <summary>
/// Decides which sessions to remind: the k-th session of a day is missing at the end of its window when fewer
/// than k sessions had started by then (sessions fill a day's slots in order, as in <see cref="SessionMatching"/>).
/// Looks back <paramref name="lookbackDays"/> so a window that closed while the node was down is still reminded.
/// </summary>
public static class Reminders
{
    public static IReadOnlyList<DueReminder> Due(
        ProgramHistory history, TimeZoneInfo zone, IReadOnlyList<PerformedSession> sessions,
        IReadOnlyCollection<string> alreadyReminded, DateTimeOffset now, int lookbackDays = 1)
    {
        var today = LocalTime.DateOf(now, zone);
        var due = new List<DueReminder>();
        for (var date = today.AddDays(-lookbackDays); date <= today; date = date.AddDays(1))
        {
            var program = history.At(date);
            var slots = Schedule.SlotsOn(program, date);
            // A session counts when it has reps of a program exercise (or of an exercise nobody named).
            var ofDay = sessions.Where(s => LocalTime.DateOf(s.Start, zone) == date
                && s.Sets.Any(x => x.Reps > 0 && (x.Exercise is null || program?.Find(x.Exercise) is not null))).ToArray();
            foreach (var session in slots.GroupBy(s => s.Occurrence).OrderBy(g => g.Key))
            {
                var end = Schedule.WindowEnd(date, session.First().Window, zone);
                var key = SlotKeys.Session(date, session.Key);
                if (end > now || alreadyReminded.Contains(key)) continue;
                if (ofDay.Count(s => s.Start < end) > session.Key) continue;
                due.Add(new DueReminder(key, date, session.Key, end, session.OrderBy(s => s.Order).Select(s => s.Exercise.Exercise).ToArray()));
            }
        }
        return due;
    }

    /// <summary>When the next window closes after <paramref name="now"/> (to schedule the next check), or null when nothing is scheduled in the coming week.</summary>
    public static DateTimeOffset? NextCheck(ProgramHistory history, TimeZoneInfo zone, DateTimeOffset now)
    {
        var today = LocalTime.DateOf(now, zone);
        for (var date = today; date <= today.AddDays(7); date = date.AddDays(1))
        {
            var next = Schedule.SlotsOn(history, date)
                .Select(s => Schedule.WindowEnd(date, s.Window, zone))
                .Where(end => end > now).Order().FirstOrDefault();
            if (next != default) return next;
        }
        return null;
    }
}

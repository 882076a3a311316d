namespace HepSense.Grains.Clinical;

/// <summary>Decides adherence: per day, per week (Monday to Sunday, patient-local), per exercise, and streaks.</summary>
public static class Adherence
{
    public static AdherenceDay Day(DayMatch match, IEnumerable<SelfReport> selfReports)
    {
        var own = selfReports.Where(r => r.Date == match.Date).ToArray();
        return new AdherenceDay(
            match.Date, match.SessionsPrescribed, match.SessionsDone, match.RepsPrescribed, match.RepsDone, match.PartialReps,
            match.CountedReps, match.HasSensorData, SelfReportedSessions(own), own.Sum(r => r.Reps));
    }

    /// <summary>
    /// A self-reported session holds the program's exercises, and the phone reports it one exercise at a time: the
    /// day's sessions are those of the most-reported exercise (plus the reports that name none), not one per report.
    /// </summary>
    public static int SelfReportedSessions(IReadOnlyCollection<SelfReport> day) =>
        day.Where(r => r.Exercise is null).Sum(r => r.Sessions) +
        day.Where(r => r.Exercise is not null).GroupBy(r => r.Exercise!, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.Sum(r => r.Sessions)).DefaultIfEmpty(0).Max();

    /// <summary>Every day from <paramref name="from"/> to <paramref name="to"/> (inclusive), from what the patient's bands detected.</summary>
    public static IReadOnlyList<AdherenceDay> Days(
        ProgramHistory history, TimeZoneInfo zone, IReadOnlyList<DetectedSet> sets, IReadOnlyList<SelfReport> selfReports,
        DateOnly from, DateOnly to, DateTimeOffset now) =>
        Matches(history, zone, sets, from, to, now).Select(m => Day(m, selfReports)).ToArray();

    /// <summary>The matched days themselves (slots, sets), for per-exercise figures and progression.</summary>
    public static IReadOnlyList<DayMatch> Matches(
        ProgramHistory history, TimeZoneInfo zone, IReadOnlyList<DetectedSet> sets, DateOnly from, DateOnly to, DateTimeOffset now)
    {
        if (to < from) throw new ArgumentException($"The range ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).");
        var sessions = SessionGrouping.ByLocalDate(SessionGrouping.Group(sets), zone);
        var days = new List<DayMatch>();
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            var program = history.At(date);
            days.Add(SessionMatching.Match(date, program, Schedule.SlotsOn(program, date), sessions[date], now, zone));
        }
        return days;
    }

    public static AdherenceSummary Summary(IReadOnlyList<AdherenceDay> days, DateOnly from, DateOnly to)
    {
        var span = days.Where(d => d.Date >= from && d.Date <= to).ToArray();
        return new AdherenceSummary(
            from, to,
            span.Sum(d => d.SessionsPrescribed), span.Sum(d => d.SessionsDone), span.Sum(d => Math.Min(d.SessionsDone, d.SessionsPrescribed)),
            span.Sum(d => d.RepsPrescribed), span.Sum(d => d.RepsDone), span.Sum(d => d.CountedReps), span.Sum(d => d.PartialReps),
            span.Count(d => d.HasSensorData), span.Sum(d => d.SelfReportedSessions), span.Sum(d => d.SelfReportedReps));
    }

    /// <summary>Monday-to-Sunday weeks touching the days given, each summed over the days given in it.</summary>
    public static IReadOnlyList<AdherenceSummary> Weeks(IReadOnlyList<AdherenceDay> days) =>
        days.GroupBy(d => WeekStart(d.Date)).OrderBy(g => g.Key)
            .Select(g => Summary(g.ToArray(), g.Key, g.Key.AddDays(6)))
            .ToArray();

    public static DateOnly WeekStart(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    public static IReadOnlyList<ExerciseAdherence> ByExercise(IEnumerable<DayMatch> days) =>
        days.SelectMany(d => d.Slots)
            .GroupBy(s => s.Slot.Exercise.Exercise, StringComparer.OrdinalIgnoreCase)
            .Select(g => new ExerciseAdherence(
                g.Key, g.Count(),
                g.Count(s => s.Status == SlotStatus.Done), g.Count(s => s.Status == SlotStatus.PartlyDone), g.Count(s => s.Status == SlotStatus.Missed),
                g.Sum(s => s.RepsPrescribed), g.Sum(s => s.RepsDone), g.Sum(s => s.CountedReps), g.Sum(s => s.PartialReps)))
            .OrderBy(e => e.Exercise, StringComparer.OrdinalIgnoreCase)
            .ToArray();

    /// <summary>Each exercise of a day: sets done are the detected sets that filled its slots (extra sets included).</summary>
    public static IReadOnlyList<ExerciseDay> ExerciseDays(DayMatch day) =>
        day.Slots.GroupBy(s => s.Slot.Exercise.Exercise, StringComparer.OrdinalIgnoreCase)
            .Select(g => new ExerciseDay(day.Date, g.Key,
                g.Sum(s => s.Slot.Exercise.Sets), g.Sum(s => s.Sets.Count),
                g.Sum(s => s.RepsPrescribed), g.Sum(s => s.RepsDone), g.Sum(s => s.PartialReps)))
            .ToArray();

    /// <summary>Prescribed sessions of a day that were started but not finished: some reps in their slots, not every slot done.</summary>
    public static int SessionsPartlyDone(DayMatch day) =>
        day.Slots.GroupBy(s => s.Slot.Occurrence)
            .Count(g => g.Any(s => s.RepsDone > 0) && g.Any(s => s.Status != SlotStatus.Done));

    /// <summary>
    /// Streaks of kept days up to <paramref name="today"/>. Today does not break the current streak while it is
    /// not over: it only extends it once kept.
    /// </summary>
    public static Streak Streaks(IEnumerable<AdherenceDay> days, DateOnly today)
    {
        int current = 0, longest = 0;
        DateOnly? since = null;
        foreach (var day in days.Where(d => d.Date <= today && d.SessionsPrescribed > 0).OrderBy(d => d.Date))
        {
            if (day.Kept)
            {
                if (current == 0) since = day.Date;
                current++;
                longest = Math.Max(longest, current);
            }
            else if (day.Date < today)
            {
                current = 0;
                since = null;
            }
        }
        return new Streak(current, longest, since);
    }
}

namespace HepSense.CohortCheck;

/// <summary>What one patient-local day should show, derived from the truth alone.</summary>
public sealed record DayFigures(
    string Patient, DateOnly Date, int SessionsPrescribed, int SessionsDone, int RepsPrescribed, int RepsDone, int PartialReps,
    int SelfReportedSessions, int RepsInLostBatches, int SessionsPartlyDone);

/// <summary>One RTM row: a patient's month.</summary>
public sealed record RtmRow(string Patient, string Month, IReadOnlyList<DateOnly> DataDays, IReadOnlyList<string> Codes);

/// <summary>
/// Derives every figure from the ground truth and the text, independently of the platform's rule code:
/// days are the patient's local calendar days, weeks Monday to Sunday, sensor-verified work only (sessions done
/// without the band are self-reported and counted apart), flags as of <c>now</c> over the full local days before today.
/// </summary>
public sealed class Expected
{
    public const int PeriodDays = 30;
    public static readonly string[] ClinicalKinds = ["low_adherence", "no_data", "pain_high", "pain_rising", "partial_rising"];

    public DateOnly FirstDay { get; }
    public DateOnly LastDay { get; }
    public IReadOnlyList<string> DayIndexMismatches { get; }
    readonly Truth truth;
    readonly Dictionary<string, IReadOnlyList<DayFigures>> days = new();

    public Expected(Truth truth)
    {
        this.truth = truth;
        FirstDay = DateOnly.FromDateTime(truth.Run.SimulatedStart.UtcDateTime);
        LastDay = DateOnly.FromDateTime(truth.Run.SimulatedEnd.UtcDateTime).AddDays(-1);
        var mismatches = new List<string>();
        var lost = truth.Faults.Where(f => f.Kind == "lost_batch").ToLookup(f => f.Device);
        foreach (var p in truth.Patients)
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(p.TimeZone);
            foreach (var s in p.Sessions.Concat(p.UnwornSessions))
                if (Local(s.Start, zone) != FirstDay.AddDays(s.Day))
                    mismatches.Add($"{s.Id}: day {s.Day} is {FirstDay.AddDays(s.Day)} but starts on local {Local(s.Start, zone)}");
            days[p.Id] = Days(p, zone, lost[p.Device].ToArray());
        }
        DayIndexMismatches = mismatches;
    }

    public IEnumerable<TruthPatient> Patients => truth.Patients;

    public IReadOnlyList<DayFigures> DaysOf(string patient) => days[patient];

    public static DateOnly Local(DateTimeOffset at, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);

    public static DateOnly Monday(DateOnly d) => d.AddDays(-(((int)d.DayOfWeek + 6) % 7));

    /// <summary>5 days a week is Monday to Friday (the simulator's plan and the API's documented default).</summary>
    static bool Scheduled(TruthProgram program, DateOnly d) =>
        program.DaysPerWeek >= 7 || d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    IReadOnlyList<DayFigures> Days(TruthPatient p, TimeZoneInfo zone, TruthFault[] lost)
    {
        var perSession = p.Program.Exercises.Sum(e => e.Sets * e.Reps);
        var list = new List<DayFigures>();
        for (var d = FirstDay; d <= LastDay; d = d.AddDays(1))
        {
            var sessions = Scheduled(p.Program, d) ? p.Program.SessionsPerDay : 0;
            var worn = p.Sessions.Where(s => Local(s.Start, zone) == d).ToArray();
            var reps = worn.SelectMany(s => s.Sets).SelectMany(set => set.Reps).ToArray();
            list.Add(new DayFigures(p.Id, d, sessions, worn.Count(s => s.Sets.Any(set => set.Reps.Count > 0)), sessions * perSession,
                reps.Length, reps.Count(r => r.Partial), p.UnwornSessions.Count(s => Local(s.Start, zone) == d),
                reps.Count(r => lost.Any(f => f.At < r.End && f.At.AddSeconds(1) > r.Start)),
                // Prescribed sessions begun but short of some exercise's sets x reps.
                Prescribed(worn, sessions).Count(s => p.Program.Exercises.Any(e => RepsOf(s, e.Exercise) < e.Sets * e.Reps))));
        }
        return list;
    }

    /// <summary>Per Monday-to-Sunday week, the sums of the days.</summary>
    public static IEnumerable<(DateOnly Week, int[] Sums)> Weeks(IEnumerable<(DateOnly Date, int[] Values)> rows) =>
        rows.GroupBy(r => Monday(r.Date)).OrderBy(g => g.Key)
            .Select(g => (g.Key, Enumerable.Range(0, g.First().Values.Length).Select(i => g.Sum(r => r.Values[i])).ToArray()));

    /// <summary>The clinical flags each patient should carry at <paramref name="now"/> (band flags are not in the truth).</summary>
    public IReadOnlySet<(string Patient, string Kind)> Flags(DateTimeOffset now)
    {
        var set = new HashSet<(string, string)>();
        foreach (var p in truth.Patients)
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(p.TimeZone);
            var today = Local(now, zone);
            var figures = days[p.Id];
            var week = figures.Where(d => d.Date >= today.AddDays(-7) && d.Date < today).ToArray();
            var weekBefore = figures.Where(d => d.Date >= today.AddDays(-14) && d.Date < today.AddDays(-7)).ToArray();

            // Pain: reports before (at the start) and after (at the end) of every session, worn or not.
            var pain = p.Sessions.Concat(p.UnwornSessions)
                .SelectMany(s => new[] { (At: s.Start, Score: s.PainBefore), (At: s.End, Score: s.PainAfter) })
                .Where(x => x.At <= now).OrderBy(x => x.At).ToArray();
            var recent = pain.Where(x => x.At > now.AddDays(-7)).ToArray();
            if (recent.Any(x => x.Score >= 7)) set.Add((p.Id, "pain_high"));
            if (recent.Length > 0)
            {
                var latest = recent[^1];
                var prior = pain.Where(x => x.At < latest.At && x.At >= latest.At.AddDays(-7)).ToArray();
                if (prior.Length > 0 && latest.Score - prior.Min(x => x.Score) >= 2) set.Add((p.Id, "pain_rising"));
            }

            // No sensor data on the last 3 full days (or more) while sessions were prescribed in that stretch.
            var lastData = figures.Where(d => d.Date < today && d.RepsDone > 0).Select(d => (DateOnly?)d.Date).LastOrDefault();
            var firstPrescribed = figures.Where(d => d.SessionsPrescribed > 0).Select(d => (DateOnly?)d.Date).FirstOrDefault();
            if (firstPrescribed is { } fp && !figures.Any(d => d.Date == today && d.RepsDone > 0))
            {
                var since = lastData is { } l && l.AddDays(1) > fp ? l.AddDays(1) : fp;
                if (today.DayNumber - since.DayNumber >= 3 && figures.Any(d => d.Date >= since && d.Date < today && d.SessionsPrescribed > 0))
                    set.Add((p.Id, "no_data"));
            }

            // Adherence over the last 7 days: per prescribed session and exercise, reps done up to the prescription.
            var prescribed = week.Sum(d => d.RepsPrescribed);
            if (prescribed > 0 && (double)CountedReps(p, zone, week) / prescribed < 0.5) set.Add((p.Id, "low_adherence"));

            // Partial share of the last 7 days at least 10 points over the 7 before, with 20 reps in each.
            int done = week.Sum(d => d.RepsDone), doneBefore = weekBefore.Sum(d => d.RepsDone);
            if (done >= 20 && doneBefore >= 20 &&
                (double)week.Sum(d => d.PartialReps) / done - (double)weekBefore.Sum(d => d.PartialReps) / doneBefore >= 0.10 - 1e-9)
                set.Add((p.Id, "partial_rising"));
        }
        return set;
    }

    /// <summary>Σ over the prescribed sessions and exercises of min(done, prescribed).</summary>
    static int CountedReps(TruthPatient p, TimeZoneInfo zone, IEnumerable<DayFigures> days)
    {
        var total = 0;
        foreach (var d in days.Where(d => d.SessionsPrescribed > 0))
            foreach (var s in Prescribed(p.Sessions.Where(s => Local(s.Start, zone) == d.Date), d.SessionsPrescribed))
                foreach (var e in p.Program.Exercises)
                    total += Math.Min(RepsOf(s, e.Exercise), e.Sets * e.Reps);
        return total;
    }

    /// <summary>The sessions that answer a day's prescription: its first worn sessions with reps, in time order.</summary>
    static IEnumerable<TruthSession> Prescribed(IEnumerable<TruthSession> worn, int sessions) =>
        worn.Where(s => s.Sets.Any(x => x.Reps.Count > 0)).OrderBy(s => s.Start).Take(sessions);

    static int RepsOf(TruthSession s, string exercise) => s.Sets.Where(x => x.Exercise == exercise).Sum(x => x.Reps.Count);

    /// <summary>
    /// RTM per calendar month: data days in the month; supply code of each 30-day period from the program's first day,
    /// billed in the month the period ends (16–30 → 98977, 2–15 → 98985); 98975 with the first period that earns one.
    /// The simulator logs no therapist time, so no 98979/98980/98981.
    /// </summary>
    public IEnumerable<RtmRow> Rtm()
    {
        var months = Enumerable.Range(0, int.MaxValue).Select(i => new DateOnly(FirstDay.Year, FirstDay.Month, 1).AddMonths(i))
            .TakeWhile(m => m <= LastDay.AddDays(PeriodDays)).ToArray();
        foreach (var p in truth.Patients)
        {
            // A data day is a local calendar day with sensor-verified exercise data: a rep done with the band that day
            // (a rep or session across midnight gives two).
            var zone = TimeZoneInfo.FindSystemTimeZoneById(p.TimeZone);
            var dataDays = p.Sessions.SelectMany(s => s.Sets).SelectMany(x => x.Reps).SelectMany(r => new[] { Local(r.Start, zone), Local(r.End, zone) })
                .Where(d => d >= FirstDay && d <= LastDay).Distinct().Order().ToArray();
            var periods = new List<(DateOnly End, string? Code)>();
            for (var start = FirstDay; start <= LastDay; start = start.AddDays(PeriodDays))
            {
                var end = start.AddDays(PeriodDays - 1);
                var n = dataDays.Count(d => d >= start && d <= end);
                periods.Add((end, n >= 16 ? "98977" : n >= 2 ? "98985" : null));
            }
            var setup = periods.FindIndex(x => x.Code is not null);
            foreach (var m in months)
            {
                var codes = new List<string>();
                for (var i = 0; i < periods.Count; i++)
                    if (periods[i].Code is { } code && periods[i].End.Year == m.Year && periods[i].End.Month == m.Month)
                    {
                        if (i == setup) codes.Add("98975");
                        codes.Add(code);
                    }
                yield return new RtmRow(p.Id, $"{m:yyyy-MM}", dataDays.Where(d => d.Year == m.Year && d.Month == m.Month).ToArray(), codes);
            }
        }
    }
}

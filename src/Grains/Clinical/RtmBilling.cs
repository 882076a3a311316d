namespace HepSense.Grains.Clinical;

/// <summary>
/// Decides remote therapeutic monitoring codes (US, 2026). A data day is a patient-local calendar day with
/// sensor-verified exercise data. Device supply per 30-day period counted from the episode start: 98977 for
/// 16–30 data days, 98985 for 2–15, never both. 98975 once per episode, with the first period that earns a
/// supply code. Per calendar month, therapist minutes give 98979 (10–19), or 98980 (first 20) plus one 98981
/// per further full 20 — and nothing in a month without an interactive communication.
/// </summary>
public static class RtmBilling
{
    public const int PeriodDays = 30;

    public static IReadOnlyList<SupplyPeriod> Periods(MonitoringEpisode episode, IEnumerable<DateOnly> dataDays, DateOnly asOf)
    {
        var days = dataDays.Where(episode.Covers).Distinct().Order().ToArray();
        var periods = new List<SupplyPeriod>();
        for (var (start, n) = (episode.Start, 1); start <= asOf && episode.Covers(start); start = start.AddDays(PeriodDays), n++)
        {
            var end = start.AddDays(PeriodDays - 1);
            if (episode.End is { } last && last < end) end = last;
            var inPeriod = days.Where(d => d >= start && d <= end && d <= asOf).ToArray();
            periods.Add(new SupplyPeriod(n, start, end, inPeriod, SupplyCode(inPeriod.Length), end <= asOf));
        }
        return periods;
    }

    public static string? SupplyCode(int dataDays) => dataDays switch
    {
        >= 16 => RtmCodes.Supply16To30,
        >= 2 => RtmCodes.Supply2To15,
        _ => null,
    };

    /// <summary>The management codes a month's minutes earn (empty without an interactive communication).</summary>
    public static IReadOnlyList<RtmLine> Management(IReadOnlyList<TherapistTime> month)
    {
        var minutes = month.Sum(t => t.Minutes);
        var days = month.Select(t => t.Date).Distinct().Order().ToArray();
        var interactive = month.Where(t => t.Interactive).Select(t => t.Date).Distinct().Order().ToArray();
        if (interactive.Length == 0 || minutes < 10) return [];
        var said = $"{minutes} min of treatment management, interactive communication on {string.Join(", ", interactive.Select(d => d.ToString("yyyy-MM-dd")))}";
        if (minutes < 20) return [new RtmLine(RtmCodes.Management10To19, 1, said, days)];
        var further = (minutes - 20) / 20;
        return further == 0
            ? [new RtmLine(RtmCodes.ManagementFirst20, 1, said, days)]
            : [new RtmLine(RtmCodes.ManagementFirst20, 1, said, days), new RtmLine(RtmCodes.ManagementEach20, further, said, days)];
    }

    /// <summary>
    /// One patient's month. <paramref name="asOf"/>: the last day with complete data (usually yesterday, patient-local);
    /// periods still running at it are reported with the code earned so far and marked incomplete.
    /// </summary>
    public static RtmMonth Month(
        string patientId, MonitoringEpisode episode, IEnumerable<DateOnly> dataDays, IEnumerable<TherapistTime> time,
        int year, int month, DateOnly asOf)
    {
        if (month is < 1 or > 12) throw new ArgumentException($"Month must be 1 to 12, not {month}.", nameof(month));
        var first = new DateOnly(year, month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var allDays = dataDays.Where(episode.Covers).Distinct().Order().ToArray();
        var periods = Periods(episode, allDays, asOf);
        var lines = new List<RtmLine>();

        var setupPeriod = periods.FirstOrDefault(p => p.Code is not null);
        var billed = periods.Where(p => p.End >= first && p.End <= last).ToArray();
        foreach (var period in billed.Where(p => p.Code is not null))
        {
            if (period.Number == setupPeriod?.Number)
                lines.Add(new RtmLine(RtmCodes.Setup, 1, $"device set-up and education, episode {episode.Id} from {episode.Start:yyyy-MM-dd}", [period.DataDays[0]]));
            lines.Add(new RtmLine(period.Code!, 1,
                $"{period.DataDays.Count} data days in period {period.Number} ({period.Start:yyyy-MM-dd} to {period.End:yyyy-MM-dd})" + (period.Complete ? "" : ", period still running"),
                period.DataDays));
        }

        var minutes = time.Where(t => t.Date >= first && t.Date <= last && episode.Covers(t.Date)).ToArray();
        lines.AddRange(Management(minutes));
        return new RtmMonth(
            patientId, year, month, allDays.Where(d => d >= first && d <= last).ToArray(),
            minutes.Sum(t => t.Minutes), minutes.Any(t => t.Interactive), billed, lines);
    }
}

using System.Globalization;

namespace HepSense.Grains.Clinical;

/// <summary>
/// Decides a patient's current risk flags, each with its reason and numbers, and orders a clinic's flags most
/// urgent first. Day-based rules look at full patient-local days before today: today is not over yet.
/// </summary>
public static class RiskFlags
{
    private static readonly CultureInfo Text = CultureInfo.InvariantCulture;

    public static IReadOnlyList<RiskFlag> Evaluate(RiskInput input, RiskThresholds? thresholds = null)
    {
        var t = thresholds ?? RiskThresholds.Default;
        var flags = new List<RiskFlag>();
        flags.AddRange(Pain(input, t));
        flags.AddRange(NoData(input, t));
        flags.AddRange(LowAdherence(input, t));
        flags.AddRange(RisingPartialShare(input, t));
        flags.AddRange(Bands(input, t));
        return Order(flags);
    }

    /// <summary>Most urgent first: by kind, then how far past the threshold, then patient and band.</summary>
    public static IReadOnlyList<RiskFlag> Order(IEnumerable<RiskFlag> flags) =>
        flags.OrderBy(f => f.Kind).ThenByDescending(f => f.Severity)
            .ThenBy(f => f.PatientId, StringComparer.Ordinal).ThenBy(f => f.DeviceId, StringComparer.Ordinal)
            .ToArray();

    private static IEnumerable<RiskFlag> Pain(RiskInput input, RiskThresholds t)
    {
        var recent = input.Pain.Where(p => p.At <= input.Now && p.At > input.Now - t.PainWindow).OrderBy(p => p.At).ToArray();
        if (recent.Length == 0) yield break;

        var worst = recent.MaxBy(p => p.Score)!;
        if (worst.Score >= t.HighPain)
            yield return new RiskFlag(input.PatientId, RiskKind.HighPain,
                $"pain {worst.Score}/10 reported {worst.At:yyyy-MM-dd} (7 days: {Scores(recent)})", worst.Score, t.HighPain);

        // The latest report against the lowest of the week before it.
        var latest = recent[^1];
        var before = input.Pain.Where(p => p.At < latest.At && p.At >= latest.At - t.PainWindow).ToArray();
        if (before.Length == 0) yield break;
        var lowest = before.MinBy(p => p.Score)!;
        var rise = latest.Score - lowest.Score;
        if (rise >= t.PainRise)
            yield return new RiskFlag(input.PatientId, RiskKind.RisingPain,
                $"pain up {rise} points within a week: {lowest.Score}/10 on {lowest.At:yyyy-MM-dd}, {latest.Score}/10 on {latest.At:yyyy-MM-dd}", rise, t.PainRise);
    }

    private static IEnumerable<RiskFlag> NoData(RiskInput input, RiskThresholds t)
    {
        if (input.Days.Any(d => d.Date == input.Today && d.HasSensorData)) yield break;
        var prescribed = input.Days.Where(d => d.Date < input.Today && d.SessionsPrescribed > 0).Select(d => d.Date).ToArray();
        if (prescribed.Length == 0) yield break;
        var lastData = input.Days.Where(d => d.Date < input.Today && d.HasSensorData).Select(d => (DateOnly?)d.Date)
            .Append(input.LastSensorData).Max();

        // Quiet since the day after the last data, or since the first prescribed day when that came later (a new program).
        var first = prescribed.Min();
        var since = lastData is { } last && last.AddDays(1) > first ? last.AddDays(1) : first;
        var quiet = input.Today.DayNumber - since.DayNumber;
        if (quiet < t.NoDataDays || !prescribed.Any(d => d >= since)) yield break;
        yield return new RiskFlag(input.PatientId, RiskKind.NoData,
            lastData is { } l
                ? $"no sensor data for {quiet} days (last on {l:yyyy-MM-dd})"
                : $"no sensor data for {quiet} days (none received since sessions were prescribed on {first:yyyy-MM-dd})",
            quiet, t.NoDataDays);
    }

    private static IEnumerable<RiskFlag> LowAdherence(RiskInput input, RiskThresholds t)
    {
        var week = Adherence.Summary(input.Days, input.Today.AddDays(-t.AdherenceDays), input.Today.AddDays(-1));
        if (week.RepShare is not { } share || share >= t.MinAdherence) yield break;
        yield return new RiskFlag(input.PatientId, RiskKind.LowAdherence,
            $"adherence {Percent(share)} over the last {t.AdherenceDays} days: {week.CountedReps} of {week.RepsPrescribed} prescribed reps, " +
            $"{week.CountedSessions} of {week.SessionsPrescribed} sessions",
            share, t.MinAdherence);
    }

    private static IEnumerable<RiskFlag> RisingPartialShare(RiskInput input, RiskThresholds t)
    {
        var n = t.AdherenceDays;
        var recent = Adherence.Summary(input.Days, input.Today.AddDays(-n), input.Today.AddDays(-1));
        var earlier = Adherence.Summary(input.Days, input.Today.AddDays(-2 * n), input.Today.AddDays(-n - 1));
        if (recent.RepsDone < t.PartialShareMinReps || earlier.RepsDone < t.PartialShareMinReps) yield break;
        var now = (double)recent.PartialReps / recent.RepsDone;
        var before = (double)earlier.PartialReps / earlier.RepsDone;
        if (now - before < t.PartialShareRise - 1e-9) yield break;
        yield return new RiskFlag(input.PatientId, RiskKind.RisingPartialShare,
            $"partial reps rose from {Percent(before)} ({earlier.PartialReps} of {earlier.RepsDone}) to {Percent(now)} " +
            $"({recent.PartialReps} of {recent.RepsDone}) over the last {n} days",
            now - before, t.PartialShareRise);
    }

    private static IEnumerable<RiskFlag> Bands(RiskInput input, RiskThresholds t)
    {
        foreach (var band in input.Bands.OrderBy(b => b.DeviceId, StringComparer.Ordinal))
        {
            if (band.LastSeen is not { } seen)
                yield return new RiskFlag(input.PatientId, RiskKind.BandOffline, $"band {band.DeviceId} has never connected",
                    double.PositiveInfinity, t.BandOffline.TotalHours, band.DeviceId);
            else if (input.Now - seen >= t.BandOffline)
                yield return new RiskFlag(input.PatientId, RiskKind.BandOffline,
                    $"band {band.DeviceId} offline for {(input.Now - seen).TotalHours.ToString("0", Text)} h (last seen {seen.UtcDateTime:yyyy-MM-dd HH:mm} UTC)",
                    (input.Now - seen).TotalHours, t.BandOffline.TotalHours, band.DeviceId);

            if (band.BatteryPct is { } battery && battery <= t.LowBatteryPct && !band.Charging)
                yield return new RiskFlag(input.PatientId, RiskKind.BatteryLow,
                    $"band {band.DeviceId} battery at {battery.ToString("0", Text)}%, not charging", battery, t.LowBatteryPct, band.DeviceId);
        }
    }

    private static string Percent(double share) => (share * 100).ToString("0", Text) + "%";

    private static string Scores(IEnumerable<PainReport> reports) => string.Join(", ", reports.Select(r => r.Score.ToString(Text)));
}

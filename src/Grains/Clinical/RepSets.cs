namespace HepSense.Grains.Clinical;

/// <summary>
/// Decides how the reps a band streams become sets, so a patient grain keeps a few sets a day rather than every
/// rep. A rep extends its band's latest set when it continues it (same exercise, not the first rep of a set, a
/// pause under <see cref="MaxPauseInSet"/>, same band session); otherwise it opens a new set, carrying the rep's session.
/// Every rep given is counted: the patient's grain leaves out reps it recorded before (<see cref="RecentReps"/>), for
/// the sets and the daily tallies alike.
/// </summary>
public static class RepSets
{
    public static readonly TimeSpan MaxPauseInSet = TimeSpan.FromMinutes(1);

    /// <summary>What a band reports when nobody said which exercise is in progress.</summary>
    public const string Unnamed = "unknown";

    public static IReadOnlyList<DetectedSet> Append(IReadOnlyList<DetectedSet> sets, IEnumerable<RepRecord> reps)
    {
        var result = sets.ToList();
        AppendTo(result, reps);
        return result;
    }

    /// <summary><see cref="Append"/> in place: the patient's grain extends its stored sets without copying them per call.</summary>
    public static void AppendTo(List<DetectedSet> sets, IEnumerable<RepRecord> reps)
    {
        foreach (var rep in reps.OrderBy(r => r.Start))
        {
            var exercise = string.IsNullOrEmpty(rep.Exercise) || rep.Exercise == Unnamed ? null : rep.Exercise;
            var at = sets.FindLastIndex(s => s.DeviceId == rep.DeviceId);
            var latest = at >= 0 ? sets[at] : null;
            var partial = rep.Partial ? 1 : 0;
            if (latest is not null && rep.RepInSet > 1 && rep.Start - latest.End <= MaxPauseInSet
                && string.Equals(latest.Exercise, exercise, StringComparison.OrdinalIgnoreCase) && latest.SessionId == rep.SessionId)
                sets[at] = latest with { End = rep.End > latest.End ? rep.End : latest.End, Reps = latest.Reps + 1, PartialReps = latest.PartialReps + partial };
            else
                sets.Add(new DetectedSet(exercise, rep.Start, rep.End, 1, partial, rep.SessionId, rep.DeviceId));
        }
    }

    /// <summary>
    /// Patient-local days with sensor-verified exercise data: the RTM data days. A set that runs past midnight is
    /// exercise data on both days (a late session's reps after midnight count for the new day).
    /// </summary>
    public static IReadOnlyList<DateOnly> DataDays(IEnumerable<DetectedSet> sets, TimeZoneInfo zone) =>
        sets.Where(s => s.Reps > 0)
            .SelectMany(s => Days(LocalTime.DateOf(s.Start, zone), LocalTime.DateOf(s.End, zone)))
            .Distinct().Order().ToArray();

    private static IEnumerable<DateOnly> Days(DateOnly from, DateOnly to)
    {
        for (var d = from; d <= to; d = d.AddDays(1)) yield return d;
    }
}

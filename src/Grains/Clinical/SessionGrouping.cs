namespace HepSense.Grains.Clinical;

/// <summary>
/// Decides which detected sets form one session: sets separated by less than <see cref="DefaultGap"/> of rest,
/// unless their band said the session ended between them (different session ids from the same band). Home
/// programs take minutes; sessions of a day are usually hours apart, but a shift worker's evening session and the
/// next one after midnight may be half an hour apart, and the band knows they are two.
/// </summary>
public static class SessionGrouping
{
    public static readonly TimeSpan DefaultGap = TimeSpan.FromMinutes(45);

    public static IReadOnlyList<PerformedSession> Group(IEnumerable<DetectedSet> sets, TimeSpan? gap = null)
    {
        var maxGap = gap ?? DefaultGap;
        var sessions = new List<PerformedSession>();
        var current = new List<DetectedSet>();
        var currentEnd = DateTimeOffset.MinValue;
        foreach (var set in sets.OrderBy(s => s.Start).ThenBy(s => s.End))
        {
            var last = current.Count > 0 ? current[^1] : null;
            var together = last is not null && set.Start - currentEnd <= maxGap && !current.Any(c =>
                c.DeviceId == set.DeviceId && c.SessionId is not null && set.SessionId is not null && c.SessionId != set.SessionId);
            if (last is not null && !together)
            {
                sessions.Add(new PerformedSession(current.ToArray()));
                current.Clear();
            }
            current.Add(set);
            currentEnd = current.Count == 1 || set.End > currentEnd ? set.End : currentEnd;
        }
        if (current.Count > 0) sessions.Add(new PerformedSession(current.ToArray()));
        return sessions;
    }

    /// <summary>Sessions by the patient-local day they started on.</summary>
    public static ILookup<DateOnly, PerformedSession> ByLocalDate(IEnumerable<PerformedSession> sessions, TimeZoneInfo zone) =>
        sessions.ToLookup(s => LocalTime.DateOf(s.Start, zone));
}

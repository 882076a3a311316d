namespace HepSense.Grains.Clinical;

/// <summary>Patient-local calendar days: every clinical day (adherence, data days, windows) is a day where the patient lives.</summary>
public static class LocalTime
{
    /// <summary>The IANA (or Windows) time zone, or an <see cref="ArgumentException"/> that names it.</summary>
    public static TimeZoneInfo Zone(string id)
    {
        if (string.IsNullOrWhiteSpace(id)) throw new ArgumentException("A time zone is required (an IANA id such as Europe/Berlin).", nameof(id));
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new ArgumentException($"Unknown time zone '{id}' (expected an IANA id such as Europe/Berlin).", nameof(id), e);
        }
    }

    public static DateOnly DateOf(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>
    /// The instant a local wall-clock time happens. In a spring-forward gap it is the first valid instant after;
    /// in a fall-back overlap, the earlier of the two.
    /// </summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local)) local = local.AddMinutes(1);
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    /// <summary>The instant a local day begins.</summary>
    public static DateTimeOffset StartOf(DateOnly date, TimeZoneInfo zone) => At(date, TimeOnly.MinValue, zone);
}

namespace HepSense.Grains.Clinical;

/// <summary>The part of the patient's local day in which one session of the day is expected.</summary>
[GenerateSerializer, Immutable]
public sealed record SessionWindow(
    [property: Id(0)] TimeOnly From,
    [property: Id(1)] TimeOnly To)
{
    /// <summary>The waking day the default windows share: 06:00 to 22:00.</summary>
    public static readonly TimeOnly DayStart = new(6, 0), DayEnd = new(22, 0);

    /// <summary>The waking day cut into <paramref name="sessionsPerDay"/> equal windows (2 a day: 06–14, 14–22).</summary>
    public static IReadOnlyList<SessionWindow> Defaults(int sessionsPerDay)
    {
        var length = (DayEnd - DayStart) / Math.Max(1, sessionsPerDay);
        return Enumerable.Range(0, Math.Max(1, sessionsPerDay))
            .Select(i => new SessionWindow(DayStart.Add(length * i), i == sessionsPerDay - 1 ? DayEnd : DayStart.Add(length * (i + 1))))
            .ToArray();
    }
}

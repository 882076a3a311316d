namespace HepSense.Grains.Clinical;

/// <summary>
/// How often an exercise is done: <see cref="TimesPerDay"/> sessions on each scheduled day, <see cref="DaysPerWeek"/>
/// days a week. <see cref="Days"/> names the weekdays; without it, the days are spread evenly over each week
/// counted from the exercise's start (3 a week from a Monday: Monday, Wednesday, Friday).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record Frequency(
    [property: Id(0)] int TimesPerDay,
    [property: Id(1)] int DaysPerWeek,
    [property: Id(2)] IReadOnlyList<DayOfWeek>? Days = null)
{
    public const int MaxTimesPerDay = 6;

    public static Frequency Daily(int timesPerDay = 1) => new(timesPerDay, 7);

    public bool IsScheduledOn(DateOnly date, DateOnly start)
    {
        if (Days is { Count: > 0 }) return Days.Contains(date.DayOfWeek);
        if (DaysPerWeek >= 7) return true;
        var offset = ((date.DayNumber - start.DayNumber) % 7 + 7) % 7;
        for (var i = 0; i < DaysPerWeek; i++)
            if (i * 7 / DaysPerWeek == offset) return true;
        return false;
    }

    public IEnumerable<string> Errors()
    {
        if (TimesPerDay is < 1 or > MaxTimesPerDay) yield return $"times per day must be 1 to {MaxTimesPerDay}, not {TimesPerDay}";
        if (DaysPerWeek is < 1 or > 7) yield return $"days per week must be 1 to 7, not {DaysPerWeek}";
        if (Days is { Count: > 0 })
        {
            if (Days.Distinct().Count() != Days.Count) yield return "weekdays must not repeat";
            if (Days.Distinct().Count() != DaysPerWeek) yield return $"{Days.Distinct().Count()} weekdays named for {DaysPerWeek} days per week";
            if (Days.Any(d => !Enum.IsDefined(d))) yield return "unknown weekday";
        }
    }
}

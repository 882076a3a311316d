using System.Globalization;

namespace HepSense.Cli;

/// <summary>The console's date formats: days as YYYY-MM-DD and months as YYYY-MM, as the API speaks them, and instants in its JSON.</summary>
public static class Dates
{
    public static bool TryDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    public static bool TryMonth(string? text, out DateOnly first) =>
        DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out first);

    /// <summary>A day the API sent; throws a clear error when the node speaks another format.</summary>
    public static DateOnly Day(string text) =>
        TryDay(text, out var day) ? day : throw new CliError($"the node sent '{text}' where a date (YYYY-MM-DD) was expected");

    /// <summary>An instant as the console's JSON prints it: UTC to the millisecond.</summary>
    public static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The Monday that starts the week of <paramref name="day"/> (weeks run Monday to Sunday, as in the adherence rules).</summary>
    public static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    public static string Weekday(DateOnly day) => day.DayOfWeek.ToString()[..2];

    /// <summary>Today on this machine: the default start of a new program version (never in the past, so history stays as it was).</summary>
    public static string Today() => Text(DateOnly.FromDateTime(DateTime.Now));
}

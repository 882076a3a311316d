using Spectre.Console;

namespace HepSense.Cli.Commands;

/// <summary>A month drawn as weeks (Monday first) with some days marked: the RTM report's data days.</summary>
public static class MonthCalendar
{
    /// <summary>The month's weeks, Monday to Sunday; days outside the month are null.</summary>
    public static IReadOnlyList<DateOnly?[]> Weeks(DateOnly first)
    {
        first = new DateOnly(first.Year, first.Month, 1);
        var weeks = new List<DateOnly?[]>();
        for (var monday = Dates.WeekStart(first); monday.Month == first.Month || monday < first; monday = monday.AddDays(7))
            weeks.Add(Enumerable.Range(0, 7).Select(i => monday.AddDays(i)).Select(d => d.Month == first.Month && d.Year == first.Year ? d : (DateOnly?)null).ToArray());
        return weeks;
    }

    /// <summary>
    /// Markup lines: a header of weekdays, then a line per week. A marked day reads "12●" (and is green), so the
    /// calendar still says which days count when the terminal has no colour.
    /// </summary>
    public static IReadOnlyList<string> Lines(DateOnly first, IReadOnlySet<DateOnly> marked)
    {
        var lines = new List<string> { "[bold] Mo  Tu  We  Th  Fr  Sa  Su[/]" };
        foreach (var week in Weeks(first))
            lines.Add(string.Join(" ", week.Select(d =>
                d is not { } day ? "   "
                : marked.Contains(day) ? $"[bold green]{day.Day,2}●[/]"
                : $"[grey]{day.Day,2}[/] ")).TrimEnd());
        return lines;
    }
}

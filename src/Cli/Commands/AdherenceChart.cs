using System.Globalization;
using HepSense.Contracts.Api;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace HepSense.Cli.Commands;

/// <summary>
/// Adherence drawn over time: the range's totals and streaks, a sparkline of each day's rep share, one row
/// per day (a mark per session, a bar of reps done against prescribed with partial reps in yellow), then weeks.
/// </summary>
public static class AdherenceChart
{
    public const int BarWidth = 32;
    private const string Spark = "▁▂▃▄▅▆▇█";

    /// <summary>A Monday-to-Sunday week of the range, summed: <paramref name="First"/> and <paramref name="Last"/> are its days in the range.</summary>
    public sealed record Week(DateOnly First, DateOnly Last, uint SessionsPrescribed, uint SessionsDone, uint RepsPrescribed, uint RepsDone, uint PartialReps);

    /// <summary>How many cells of a bar are full reps, partial reps and reps still missing, on a shared scale.</summary>
    public readonly record struct BarCells(int Full, int Partial, int Missing);

    public static IReadOnlyList<Week> Weeks(IEnumerable<AdherenceDay> days) =>
        days.GroupBy(d => Dates.WeekStart(Dates.Day(d.Date)))
            .OrderBy(g => g.Key)
            .Select(g => new Week(g.Min(d => Dates.Day(d.Date)), g.Max(d => Dates.Day(d.Date)),
                Sum(g, d => d.SessionsPrescribed), Sum(g, d => d.SessionsDone),
                Sum(g, d => d.RepsPrescribed), Sum(g, d => d.RepsDone), Sum(g, d => d.PartialReps)))
            .ToList();

    /// <summary>An exercise over the whole range, summed from the days' per-exercise figures.</summary>
    public sealed record ExerciseTotal(string Exercise, uint SetsPrescribed, uint SetsDone, uint RepsPrescribed, uint RepsDone, uint PartialReps);

    /// <summary>Each exercise's totals over the range, in the order they first appear.</summary>
    public static IReadOnlyList<ExerciseTotal> Exercises(IEnumerable<AdherenceDay> days) =>
        days.SelectMany(d => d.Exercises)
            .GroupBy(e => e.Exercise)
            .Select(g => new ExerciseTotal(g.Key, Sum(g, e => e.SetsPrescribed), Sum(g, e => e.SetsDone), Sum(g, e => e.RepsPrescribed), Sum(g, e => e.RepsDone), Sum(g, e => e.PartialReps)))
            .ToList();

    /// <summary>
    /// Cells for <paramref name="done"/> reps (of which <paramref name="partial"/> partial) against <paramref name="prescribed"/>,
    /// where <paramref name="scale"/> reps fill <paramref name="width"/> cells. Edges are rounded cumulatively, so days with
    /// the same prescription draw bars of the same length; a non-zero part still gets a cell, taken from the largest part.
    /// </summary>
    public static BarCells Cells(uint done, uint partial, uint prescribed, uint scale, int width)
    {
        partial = Math.Min(partial, done);
        uint[] reps = [done - partial, partial, prescribed > done ? prescribed - done : 0];
        int At(double n) => (int)Math.Round(n * width / Math.Max(scale, 1), MidpointRounding.AwayFromZero);
        var total = Math.Max(At(Math.Max(prescribed, done)), reps.Count(r => r > 0));
        int[] cells = [At(reps[0]), At(done) - At(reps[0]), total - At(done)];
        for (var i = 0; i < 3; i++)
        {
            if (reps[i] == 0 || cells[i] > 0) continue;
            var largest = Array.IndexOf(cells, cells.Max());
            cells[largest]--;
            cells[i]++;
        }
        return new BarCells(cells[0], cells[1], cells[2]);
    }

    /// <summary>One character per day: the share of prescribed reps done, ▁ (none) to █ (all); a space where nothing was prescribed.</summary>
    public static string Sparkline(IEnumerable<AdherenceDay> days) =>
        string.Concat(days.Select(d => d.RepsPrescribed == 0 ? ' '
            : Spark[(int)Math.Round(Math.Min(1.0, (double)d.RepsDone / d.RepsPrescribed) * (Spark.Length - 1))]));

    /// <summary>
    /// A mark per prescribed session: ■ done, ◩ started but not finished, □ not done (· while the day is ahead); extra
    /// sessions as +N. The node counts a started session in sessions_done and, when unfinished, also in sessions_partly_done.
    /// </summary>
    public static string SessionMarks(AdherenceDay d, bool ahead)
    {
        var started = (int)Math.Min(d.SessionsDone, d.SessionsPrescribed);
        var partly = (int)Math.Min(d.SessionsPartlyDone, (uint)started);
        var done = started - partly;
        var open = (int)d.SessionsPrescribed - started;
        var marks = new List<string>();
        if (done > 0) marks.Add($"[green]{new string('■', done)}[/]");
        if (partly > 0) marks.Add($"[yellow]{new string('◩', partly)}[/]");
        if (open > 0) marks.Add(ahead ? $"[grey]{new string('·', open)}[/]" : $"[red]{new string('□', open)}[/]");
        if (d.SessionsDone > d.SessionsPrescribed) marks.Add($"[green]+{d.SessionsDone - d.SessionsPrescribed}[/]");
        if (d.SelfReportedSessions > 0) marks.Add($"[blue] ✎{d.SelfReportedSessions}[/]");
        return marks.Count == 0 ? "[grey]rest[/]" : string.Concat(marks);
    }

    public static string RepBar(AdherenceDay d, uint scale)
    {
        var c = Cells(d.RepsDone, d.PartialReps, d.RepsPrescribed, scale, BarWidth);
        return Bar(c);
    }

    public static IRenderable Render(Adherence a, string from, string to, DateOnly today)
    {
        var days = a.Days.ToList();
        var scale = days.Count == 0 ? 1 : days.Max(d => Math.Max(d.RepsPrescribed, d.RepsDone));
        var parts = new List<IRenderable>
        {
            new Rule($"[bold]Patient {a.PatientId.EscapeMarkup()}[/]: adherence {from} … {to}").LeftJustified(),
            new Markup(Summary(a, days)),
        };
        if (days.Count == 0)
        {
            parts.Add(new Markup("[grey]No days in this range.[/]"));
            return new Rows(parts);
        }
        parts.Add(new Markup($"Reps done per day  [green]{Sparkline(days).EscapeMarkup()}[/]"));
        parts.Add(Text.Empty);
        parts.Add(DayGrid(days, scale, today));
        parts.Add(Text.Empty);
        parts.Add(new Columns(WeekTable(Weeks(days)), ExerciseTable(Exercises(days))) { Expand = false });
        parts.Add(new Markup("[grey]■ session done  ◩ partly done  □ missed  · ahead  ✎ self-reported   [/][green]█[/][grey] full-range reps  [/][yellow]█[/][grey] partial reps  ░ not done[/]"));
        return new Rows(parts);
    }

    private static string Summary(Adherence a, IReadOnlyList<AdherenceDay> days)
    {
        var sessions = $"{Sum(days, d => d.SessionsDone)}/{Sum(days, d => d.SessionsPrescribed)}";
        var reps = $"{Sum(days, d => d.RepsDone)}/{Sum(days, d => d.RepsPrescribed)}";
        var self = Sum(days, d => d.SelfReportedSessions);
        return $"Sessions [bold]{sessions}[/] ({Percent(a.SessionShare)})   Reps [bold]{reps}[/] ({Percent(a.RepShare)})   " +
               $"Full range {Percent(a.FullRangeShare)}   Streak [bold]{Days(a.CurrentStreakDays)}[/] now, longest {Days(a.LongestStreakDays)}" +
               (self > 0 ? $"   [blue]{self} self-reported[/]" : "");
    }

    private static Grid DayGrid(IReadOnlyList<AdherenceDay> days, uint scale, DateOnly today)
    {
        var grid = new Grid().AddColumns(5).AddRow("[bold]Day[/]", "[bold]Sessions[/]", "", "[bold]Reps done / prescribed[/]", "");
        DateOnly? week = null;
        foreach (var d in days)
        {
            var date = Dates.Day(d.Date);
            if (week is { } w && Dates.WeekStart(date) != w) grid.AddEmptyRow();
            week = Dates.WeekStart(date);
            var ahead = date > today;
            grid.AddRow(
                $"{Dates.Weekday(date)} {date:MM-dd}",
                SessionMarks(d, ahead),
                d.SessionsPrescribed == 0 && d.SessionsDone == 0 ? "" : $"{d.SessionsDone}/{d.SessionsPrescribed}",
                RepBar(d, scale),
                d.RepsPrescribed == 0 && d.RepsDone == 0 ? "" : $"{d.RepsDone}/{d.RepsPrescribed}" + (d.PartialReps > 0 ? $" [yellow]({d.PartialReps} partial)[/]" : ""));
        }
        return grid;
    }

    private static Table WeekTable(IReadOnlyList<Week> weeks)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]Weeks[/] (Monday to Sunday)");
        foreach (var header in new[] { "Week", "Sessions done", "Reps done", "Partial" })
            table.AddColumn(new TableColumn(header).NoWrap());
        foreach (var w in weeks)
        {
            table.AddRow(
                $"{w.First:MM-dd}–{w.Last:MM-dd}",
                $"{w.SessionsDone}/{w.SessionsPrescribed} {ShareBar(w.SessionsDone, w.SessionsPrescribed)}",
                $"{w.RepsDone}/{w.RepsPrescribed} {ShareBar(w.RepsDone, w.RepsPrescribed)}",
                w.PartialReps.ToString());
        }
        return table;
    }

    private static Table ExerciseTable(IReadOnlyList<ExerciseTotal> exercises)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]Exercises[/]");
        foreach (var header in new[] { "Exercise", "Sets done", "Reps done", "Partial" })
            table.AddColumn(new TableColumn(header).NoWrap());
        foreach (var e in exercises)
            table.AddRow(e.Exercise.EscapeMarkup(), $"{e.SetsDone}/{e.SetsPrescribed}", $"{e.RepsDone}/{e.RepsPrescribed} {ShareBar(e.RepsDone, e.RepsPrescribed)}", e.PartialReps.ToString());
        if (exercises.Count == 0) table.AddRow("[grey]none prescribed[/]", "", "", "");
        return table;
    }

    /// <summary>An 8-cell bar of done/prescribed with its percentage, coloured by the 50% flag threshold.</summary>
    public static string ShareBar(uint done, uint prescribed)
    {
        if (prescribed == 0) return "[grey]nothing prescribed[/]";
        var share = Math.Min(1.0, (double)done / prescribed);
        var cells = (int)Math.Round(share * 8);
        var colour = share >= 0.8 ? "green" : share >= 0.5 ? "yellow" : "red";
        return $"[{colour}]{new string('█', cells)}[/][grey]{new string('░', 8 - cells)}[/] {Percent((double)done / prescribed)}";
    }

    private static string Bar(BarCells c) =>
        (c.Full > 0 ? $"[green]{new string('█', c.Full)}[/]" : "") +
        (c.Partial > 0 ? $"[yellow]{new string('█', c.Partial)}[/]" : "") +
        (c.Missing > 0 ? $"[grey]{new string('░', c.Missing)}[/]" : "");

    private static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static string Days(uint n) => n == 1 ? "1 day" : $"{n} days";

    private static uint Sum<T>(IEnumerable<T> items, Func<T, uint> value) => items.Aggregate(0u, (s, x) => s + value(x));
}

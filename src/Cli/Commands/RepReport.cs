using HepSense.Contracts.Api;
using Spectre.Console;

namespace HepSense.Cli.Commands;

/// <summary>
/// The human view of a patient's reps: one row per set with the range of motion of each rep drawn as a
/// small bar trace (partial reps in yellow), then reps per day as a chart. <c>--each</c> lists every rep.
/// </summary>
public static class RepReport
{
    private const string Bars = "▁▂▃▄▅▆▇█";

    public static void Render(ListRepsResponse r, bool each)
    {
        AnsiConsole.Write(new Rule($"[bold]Patient {r.PatientId.EscapeMarkup()}[/]: {r.Total} reps").LeftJustified());
        if (r.Total == 0)
        {
            AnsiConsole.MarkupLine("[grey]No reps recorded.[/]");
            return;
        }
        AnsiConsole.Write(each ? RepTable(r.Reps) : SetTable(r.Reps));

        var chart = new BarChart().Label("[bold]Reps per day[/] (partial in brackets)").Width(Math.Min(100, AnsiConsole.Profile.Width));
        foreach (var d in r.Days)
            chart.AddItem($"{d.Date} {d.Exercise} ({d.PartialReps})".EscapeMarkup(), d.Reps, d.PartialReps * 3 > d.Reps ? Color.Yellow : Color.Green);
        AnsiConsole.Write(chart);
    }

    private static Table SetTable(IEnumerable<Rep> reps)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns("Started (UTC)", "Exercise", "Reps", "Partial", "Avg s", "ROM per rep (°)");
        foreach (var list in Sets(reps))
        {
            var max = list.Max(x => x.RomDeg);
            var trace = string.Concat(list.Select(x =>
            {
                var bar = Bars[(int)Math.Clamp(Math.Round(x.RomDeg / Math.Max(max, 1) * (Bars.Length - 1)), 0, Bars.Length - 1)];
                return x.Partial ? $"[yellow]{bar}[/]" : $"[green]{bar}[/]";
            }));
            table.AddRow(
                list[0].Start.ToDateTime().ToString("MM-dd HH:mm"),
                list[0].Exercise.EscapeMarkup(),
                list.Count.ToString(),
                list.Count(x => x.Partial).ToString(),
                list.Average(x => x.DurationS).ToString("0.0"),
                $"{trace} {list.Min(x => x.RomDeg):0}–{max:0}");
        }
        return table;
    }

    /// <summary>Consecutive reps of one band and exercise; a rep numbered 1 starts the next set.</summary>
    private static IEnumerable<List<Rep>> Sets(IEnumerable<Rep> reps)
    {
        var set = new List<Rep>();
        foreach (var rep in reps)
        {
            if (set.Count > 0 && (rep.RepInSet == 1 || rep.DeviceId != set[0].DeviceId || rep.Exercise != set[0].Exercise))
            {
                yield return set;
                set = [];
            }
            set.Add(rep);
        }
        if (set.Count > 0) yield return set;
    }

    private static Table RepTable(IEnumerable<Rep> reps)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns("Start (UTC)", "Exercise", "Set", "Rep", "s", "ROM °", "°/s", "Range", "Conf.");
        foreach (var x in reps)
        {
            table.AddRow(
                x.Start.ToDateTime().ToString("MM-dd HH:mm:ss"),
                x.Exercise.EscapeMarkup(),
                x.SetNumber.ToString(),
                x.RepInSet.ToString(),
                x.DurationS.ToString("0.0"),
                x.RomDeg.ToString("0"),
                x.PeakAngularSpeedDps.ToString("0"),
                x.Partial ? "[yellow]partial[/]" : "[green]full[/]",
                x.Confidence.ToString("0.00"));
        }
        return table;
    }
}

using HepSense.Contracts.Api;
using Spectre.Console;

namespace HepSense.Cli.Commands;

/// <summary>The human view of a patient's reps: a table per set and a chart of reps per day.</summary>
public static class RepReport
{
    public static void Render(ListRepsResponse r)
    {
        AnsiConsole.Write(new Rule($"[bold]Patient {r.PatientId.EscapeMarkup()}[/]: {r.Total} reps").LeftJustified());
        if (r.Total == 0)
        {
            AnsiConsole.MarkupLine("[grey]No reps recorded.[/]");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns("Start (UTC)", "Exercise", "Set", "Rep", "Duration s", "ROM °", "Peak °/s", "Full?", "Confidence");
        foreach (var x in r.Reps)
        {
            table.AddRow(
                x.Start.ToDateTime().ToString("yyyy-MM-dd HH:mm:ss"),
                x.Exercise.EscapeMarkup(),
                x.SetNumber.ToString(),
                x.RepInSet.ToString(),
                x.DurationS.ToString("0.0"),
                x.RomDeg.ToString("0"),
                x.PeakAngularSpeedDps.ToString("0"),
                x.Partial ? "[yellow]partial[/]" : "[green]full[/]",
                x.Confidence.ToString("0.00"));
        }
        AnsiConsole.Write(table);

        var chart = new BarChart().Label("[bold]Reps per day and exercise[/] (partial in brackets)").Width(72);
        foreach (var d in r.Days)
            chart.AddItem($"{d.Date} {d.Exercise} ({d.PartialReps})".EscapeMarkup(), d.Reps, d.PartialReps > d.Reps / 3 ? Color.Yellow : Color.Green);
        AnsiConsole.Write(chart);
    }
}

using HepSense.Contracts.Api;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace HepSense.Cli.Commands;

/// <summary>Pain reports over time: a row per report with its score drawn on the 0–10 scale, before and after apart.</summary>
public static class PainChart
{
    /// <summary>Green up to 3 (progression allowed), yellow to 6, red from 7 (the high-pain flag).</summary>
    public static string Colour(uint score) => score <= 3 ? "green" : score <= 6 ? "yellow" : "red";

    /// <summary>Ten cells, one per point of the scale.</summary>
    public static string Bar(uint score)
    {
        var n = (int)Math.Min(score, 10);
        return $"[{Colour(score)}]{new string('█', n)}[/][grey]{new string('·', 10 - n)}[/] {score}";
    }

    public static IRenderable Render(string patient, IReadOnlyList<PainReport> reports)
    {
        var parts = new List<IRenderable> { new Rule($"[bold]Patient {patient.EscapeMarkup()}[/]: pain (0–10)").LeftJustified() };
        if (reports.Count == 0)
        {
            parts.Add(new Markup("[grey]No pain reports.[/]"));
            return new Rows(parts);
        }
        var grid = new Grid().AddColumns(3).AddRow("[bold]When[/]", "[bold]Before[/]", "[bold]After[/]");
        foreach (var r in reports.OrderBy(r => r.When, StringComparer.Ordinal))
            grid.AddRow(ProgramView.Moment(r.When).EscapeMarkup(), r.Moment == "before" ? Bar(r.Score) : "", r.Moment == "before" ? "" : Bar(r.Score));
        parts.Add(grid);
        var before = reports.Where(r => r.Moment == "before").Select(r => r.Score).ToList();
        var after = reports.Where(r => r.Moment != "before").Select(r => r.Score).ToList();
        parts.Add(new Markup($"[grey]Average before {Average(before)}, after {Average(after)}; highest {reports.Max(r => r.Score)}.[/]"));
        return new Rows(parts);
    }

    private static string Average(IReadOnlyList<uint> scores) => scores.Count == 0 ? "–" : scores.Average(s => (double)s).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
}

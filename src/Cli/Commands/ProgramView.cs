using System.Globalization;
using HepSense.Contracts.Api;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace HepSense.Cli.Commands;

/// <summary>How a program version looks: its exercises as a table, its warnings, and (for show) the versions before it.</summary>
public static class ProgramView
{
    public static IRenderable Render(ProgramVersion v, IEnumerable<ProgramVersion>? history = null)
    {
        var p = v.Program ?? new Program();
        var period = p.EndDate.Length == 0 ? $"from {p.StartDate}" : $"{p.StartDate} … {p.EndDate}";
        var parts = new List<IRenderable>
        {
            new Rule($"[bold]Patient {v.PatientId.EscapeMarkup()}[/]: program version {v.Version}, {period.EscapeMarkup()}").LeftJustified(),
            Exercises(p),
            new Markup($"[grey]{SessionsPerWeek(p)} sessions a week · set by {(v.CreatedBy.Length == 0 ? "?" : v.CreatedBy).EscapeMarkup()} at {Moment(v.CreatedAt).EscapeMarkup()}[/]"),
        };
        parts.AddRange(Warnings(v.Warnings));
        var earlier = history?.Where(h => h.Version != v.Version).OrderByDescending(h => h.Version).ToList() ?? [];
        if (earlier.Count > 0)
        {
            var table = new Table().Border(TableBorder.Simple).Title("[bold]Other versions[/] (program show --version N)").AddColumns("Version", "From", "Exercises", "Set by", "At");
            foreach (var h in earlier)
                table.AddRow(h.Version.ToString(), (h.Program?.StartDate ?? "").EscapeMarkup(), (h.Program?.Exercises.Count ?? 0).ToString(),
                    h.CreatedBy.EscapeMarkup(), Moment(h.CreatedAt).EscapeMarkup());
            parts.Add(table);
        }
        return new Rows(parts);
    }

    public static IEnumerable<IRenderable> Warnings(IEnumerable<string> warnings) =>
        warnings.Select(w => new Markup($"[yellow]warning:[/] {w.EscapeMarkup()}"));

    public static Table Exercises(Program p)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var header in new[] { "Exercise", "Side", "Sets×reps", "Hold/rest s", "Frequency", "Range" })
            table.AddColumn(new TableColumn(header).NoWrap());
        foreach (var e in p.Exercises)
            table.AddRow(e.Exercise.EscapeMarkup(), e.Side.EscapeMarkup(), $"{e.Sets}×{e.Reps}",
                $"{Number(e.HoldSeconds)}/{Number(e.RestSeconds)}", $"{e.TimesPerDay}/day {e.DaysPerWeek}/wk",
                e.HasTargetRomDeg ? $"{Number(e.TargetRomDeg)}°" : "[grey]-[/]");
        if (p.Exercises.Count == 0) table.AddRow("[grey]no exercises[/]", "", "", "", "", "");
        return table;
    }

    /// <summary>Sessions a week the program asks for: the busiest exercise's times a day × days a week.</summary>
    public static uint SessionsPerWeek(Program p) => p.Exercises.Count == 0 ? 0 : p.Exercises.Max(e => e.TimesPerDay * e.DaysPerWeek);

    public static object Json(ProgramVersion v, IEnumerable<ProgramVersion>? history = null) => new
    {
        patient = v.PatientId,
        version = v.Version,
        created_by = v.CreatedBy,
        created_at = v.CreatedAt,
        warnings = v.Warnings,
        program = ProgramJson(v.Program ?? new Program()),
        versions = history?.Select(h => new { version = h.Version, start_date = h.Program?.StartDate ?? "", created_by = h.CreatedBy, created_at = h.CreatedAt }),
    };

    /// <summary>The same shape <see cref="ProgramFile"/> reads, so a shown program can be edited and set again.</summary>
    public static object ProgramJson(Program p) => new
    {
        start_date = p.StartDate,
        end_date = p.EndDate,
        exercises = ExercisesJson(p.Exercises),
    };

    public static IEnumerable<object> ExercisesJson(IEnumerable<PrescribedExercise> exercises) => exercises.Select(e => new
    {
        exercise = e.Exercise,
        sets = e.Sets,
        reps = e.Reps,
        hold_seconds = e.HoldSeconds,
        rest_seconds = e.RestSeconds,
        side = e.Side,
        times_per_day = e.TimesPerDay,
        days_per_week = e.DaysPerWeek,
        target_rom_deg = e.HasTargetRomDeg ? e.TargetRomDeg : (double?)null,   // null: none prescribed
    });

    /// <summary>An ISO-8601 instant as "yyyy-MM-dd HH:mm" UTC; anything else as sent.</summary>
    public static string Moment(string iso) =>
        DateTimeOffset.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC" : iso;

    private static string Number(double x) => x.ToString("0.#", CultureInfo.InvariantCulture);
}

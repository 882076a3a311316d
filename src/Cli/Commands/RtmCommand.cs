using System.ComponentModel;
using Grpc.Net.Client;
using HepSense.Contracts.Api;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectre.Console.Rendering;

namespace HepSense.Cli.Commands;

/// <summary>A clinic's remote therapeutic monitoring report for a month: each patient's CPT codes and the evidence.</summary>
public sealed class RtmCommand : NodeCommand<RtmCommand.Settings>
{
    public sealed class Settings : NodeSettings
    {
        [CommandOption("--clinic <ID>")]
        [Description("The clinic.")]
        public string Clinic { get; init; } = "";

        [CommandOption("--month <YYYY-MM>")]
        [Description("The calendar month.")]
        public string Month { get; init; } = "";

        public override ValidationResult Validate() => Require.All(Require.Value(Clinic, "--clinic"), Require.Month(Month, "--month"));
    }

    protected override async Task<int> RunAsync(GrpcChannel channel, Settings settings, CancellationToken cancellation)
    {
        var r = await new ReportService.ReportServiceClient(channel).GetRtmReportAsync(
            new GetRtmReportRequest { ClinicId = settings.Clinic, Month = settings.Month }, cancellationToken: cancellation);
        if (settings.Json) JsonOutput.Write(Json(r));
        else AnsiConsole.Write(Render(r, settings.Clinic, settings.Month));
        return 0;
    }

    /// <summary>The operator contract: <c>{"patients": [{"patient", "data_days", "codes": ["98977", ...]}]}</c>.</summary>
    public static object Json(RtmReport r) => new
    {
        patients = r.Patients.Select(p => new { patient = p.PatientId, data_days = p.DataDays, codes = p.Codes }),
    };

    public static IRenderable Render(RtmReport r, string clinic, string month)
    {
        Dates.TryMonth(month, out var first);
        var parts = new List<IRenderable> { new Rule($"[bold]Clinic {clinic.EscapeMarkup()}[/]: remote therapeutic monitoring, {month.EscapeMarkup()}").LeftJustified() };
        if (r.Patients.Count == 0)
        {
            parts.Add(new Markup("[grey]No patient in a monitoring episode this month.[/]"));
            return new Rows(parts);
        }
        var summary = new Table().Border(TableBorder.Rounded).AddColumns("Patient", "Data days", "Codes", "Therapist min", "Interactive");
        foreach (var p in r.Patients)
            summary.AddRow(p.PatientId.EscapeMarkup(), p.DataDays.ToString(), Codes(p.Codes), p.TherapistMinutes.ToString(),
                p.InteractiveCommunication ? "[green]yes[/]" : "[grey]no[/]");
        parts.Add(summary);

        foreach (var p in r.Patients)
        {
            var days = p.DataDayDates.Select(d => Dates.TryDay(d, out var day) ? day : (DateOnly?)null).OfType<DateOnly>().ToHashSet();
            var calendar = new Rows(MonthCalendar.Lines(first, days).Select(l => new Markup(l)));
            var evidence = p.Evidence.Count == 0
                ? (IRenderable)new Markup("[grey]No code this month.[/]")
                : new Rows(p.Evidence.Select(e => new Markup($"[bold]{e.Code.EscapeMarkup()}[/] [grey]{e.Period.EscapeMarkup()}[/]\n  {e.Reason.EscapeMarkup()}")));
            var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn().AddRow(calendar, evidence);
            parts.Add(new Panel(grid).Header($" {p.PatientId.EscapeMarkup()}: {p.DataDays} data day{(p.DataDays == 1 ? "" : "s")} · {Codes(p.Codes)} ").Border(BoxBorder.Rounded));
        }
        parts.Add(new Markup("[grey]● a data day: sensor-verified exercise data that day, in the patient's time zone.[/]"));
        return new Rows(parts);
    }

    private static string Codes(IEnumerable<string> codes)
    {
        var list = codes.ToList();
        return list.Count == 0 ? "[grey]none[/]" : $"[bold]{string.Join(" ", list).EscapeMarkup()}[/]";
    }
}

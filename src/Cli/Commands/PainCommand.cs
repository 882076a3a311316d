using System.ComponentModel;
using System.Globalization;
using Grpc.Net.Client;
using HepSense.Contracts.Api;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HepSense.Cli.Commands;

/// <summary>A patient's pain reports (0–10, before or after a session), or a new report with --report.</summary>
public sealed class PainCommand : NodeCommand<PainCommand.Settings>
{
    public sealed class Settings : PatientSettings
    {
        [CommandOption("--report <SCORE>")]
        [Description("Report pain on the 0–10 numeric rating scale (needs --moment). Without it, list the reports.")]
        public uint? Report { get; init; }

        [CommandOption("--moment <WHEN>")]
        [Description("before or after the session.")]
        public string? Moment { get; init; }

        [CommandOption("--when <ISO-8601>")]
        [Description("When the pain was felt. Default: now.")]
        public DateTimeOffset? When { get; init; }

        [CommandOption("--from <YYYY-MM-DD>")]
        [Description("List reports from this day.")]
        public string? From { get; init; }

        [CommandOption("--to <YYYY-MM-DD>")]
        [Description("List reports up to this day (inclusive).")]
        public string? To { get; init; }

        public override ValidationResult Validate() => Require.All(
            base.Validate(),
            Require.InRange(Report, 0, 10, "--report"),
            Require.That(Report is null || Moment is not null, "--report needs --moment before|after"),
            Require.That(Report is not null || (Moment is null && When is null), "--moment and --when go with --report SCORE"),
            Require.OneOf(Moment, "--moment", "before", "after"),
            Require.That(Report is null || (From is null && To is null), "--from and --to filter the list; leave them out when reporting"),
            Require.Day(From, "--from", required: false),
            Require.Day(To, "--to", required: false));
    }

    protected override async Task<int> RunAsync(GrpcChannel channel, Settings settings, CancellationToken cancellation)
    {
        var client = new PatientService.PatientServiceClient(channel);
        if (settings.Report is { } score)
        {
            var r = await client.ReportPainAsync(new ReportPainRequest
            {
                PatientId = settings.Patient,
                Score = score,
                Moment = settings.Moment!,
                When = settings.When?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "",
            }, cancellationToken: cancellation);
            if (settings.Json) JsonOutput.Write(Json(r));
            else AnsiConsole.MarkupLine($"Pain [bold]{r.Score}[/] {r.Moment.EscapeMarkup()} the session recorded for [bold]{r.PatientId.EscapeMarkup()}[/] at {r.When.EscapeMarkup()}.");
            return 0;
        }

        var list = await client.ListPainAsync(new ListPainRequest { PatientId = settings.Patient, From = settings.From ?? "", To = settings.To ?? "" }, cancellationToken: cancellation);
        if (settings.Json) JsonOutput.Write(new { patient = settings.Patient, reports = list.Reports.Select(r => new { score = r.Score, moment = r.Moment, when = r.When }) });
        else AnsiConsole.Write(PainChart.Render(settings.Patient, list.Reports));
        return 0;
    }

    public static object Json(PainReport r) => new { patient = r.PatientId, score = r.Score, moment = r.Moment, when = r.When };
}

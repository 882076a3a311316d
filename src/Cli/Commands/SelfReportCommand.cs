using System.ComponentModel;
using Grpc.Net.Client;
using HepSense.Contracts.Api;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HepSense.Cli.Commands;

/// <summary>A session the patient says they did without the band: counted apart from sensor-verified data.</summary>
public sealed class SelfReportCommand : NodeCommand<SelfReportCommand.Settings>
{
    public sealed class Settings : PatientSettings
    {
        [CommandOption("--exercise <NAME>")]
        [Description("The exercise done.")]
        public string Exercise { get; init; } = "";

        [CommandOption("--sets <N>")]
        [Description("Sets done.")]
        public uint Sets { get; init; }

        [CommandOption("--reps <N>")]
        [Description("Reps per set.")]
        public uint Reps { get; init; }

        [CommandOption("--date <YYYY-MM-DD>")]
        [Description("The day, in the patient's time zone. Default: today.")]
        public string? Date { get; init; }

        public override ValidationResult Validate() => Require.All(
            base.Validate(), Require.Value(Exercise, "--exercise"),
            Require.That(Sets is >= 1 and <= 50, "--sets must be between 1 and 50"),
            Require.That(Reps is >= 1 and <= 100, "--reps must be between 1 and 100"),
            Require.Day(Date, "--date", required: false));
    }

    protected override async Task<int> RunAsync(GrpcChannel channel, Settings settings, CancellationToken cancellation)
    {
        var date = settings.Date ?? Dates.Today();
        await new PatientService.PatientServiceClient(channel).ReportSelfSessionAsync(new ReportSelfSessionRequest
        {
            PatientId = settings.Patient, Date = date, Exercise = settings.Exercise, Sets = settings.Sets, Reps = settings.Reps,
        }, cancellationToken: cancellation);
        if (settings.Json) JsonOutput.Write(new { patient = settings.Patient, date, exercise = settings.Exercise, sets = settings.Sets, reps = settings.Reps });
        else AnsiConsole.MarkupLine($"Self-reported session recorded for [bold]{settings.Patient.EscapeMarkup()}[/] on {date}: {settings.Exercise.EscapeMarkup()} {settings.Sets}×{settings.Reps} [grey](kept apart from sensor-verified data)[/].");
        return 0;
    }
}

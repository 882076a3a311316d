using System.ComponentModel;
using Grpc.Core;
using Grpc.Net.Client;
using HepSense.Contracts.Api;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HepSense.Cli.Commands;

/// <summary>Logs therapist time spent on a patient's remote monitoring (counts toward 98979/98980/98981).</summary>
public sealed class TimeCommand : NodeCommand<TimeCommand.Settings>
{
    public sealed class Settings : PatientSettings
    {
        [CommandOption("--minutes <N>")]
        [Description("Minutes spent (1..600).")]
        public uint Minutes { get; init; }

        [CommandOption("--interactive")]
        [Description("It included an interactive communication with the patient (needed for any time code that month).")]
        public bool Interactive { get; init; }

        [CommandOption("--date <YYYY-MM-DD>")]
        [Description("The day. Default: today.")]
        public string? Date { get; init; }

        [CommandOption("--note <TEXT>")]
        [Description("What was done.")]
        public string? Note { get; init; }

        public override ValidationResult Validate() => Require.All(
            base.Validate(),
            Require.That(Minutes is >= 1 and <= 600, "--minutes must be between 1 and 600"),
            Require.Day(Date, "--date", required: false));
    }

    protected override async Task<int> RunAsync(GrpcChannel channel, Settings settings, CancellationToken cancellation)
    {
        var date = settings.Date ?? Dates.Today();
        LogTherapistTimeResponse r;
        try
        {
            r = await new PatientService.PatientServiceClient(channel).LogTherapistTimeAsync(new LogTherapistTimeRequest
            {
                PatientId = settings.Patient,
                Minutes = settings.Minutes,
                Interactive = settings.Interactive,
                Date = date,
                Note = settings.Note ?? "",
            }, cancellationToken: cancellation);
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.PermissionDenied && settings.Token is null)
        {
            throw new CliError($"PermissionDenied: {e.Status.Detail}. Time is logged by the therapist who spent it: pass --token from 'hepsense token --role therapist --clinic CLINIC --subject THERAPIST'");
        }
        if (settings.Json)
            JsonOutput.Write(new { patient = settings.Patient, date, minutes = settings.Minutes, interactive = settings.Interactive, month_minutes = r.MonthMinutes });
        else
            AnsiConsole.MarkupLine($"Logged {settings.Minutes} min{(settings.Interactive ? " with interactive communication" : "")} for [bold]{settings.Patient.EscapeMarkup()}[/] on {date}: {r.MonthMinutes} min this month.");
        return 0;
    }
}

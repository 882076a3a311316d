using System.ComponentModel;
using Grpc.Net.Client;
using HepSense.Contracts.Api;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HepSense.Cli.Commands;

/// <summary>Registers a patient with a clinic, in the time zone that decides what their days are.</summary>
public sealed class PatientsAddCommand : NodeCommand<PatientsAddCommand.Settings>
{
    public sealed class Settings : NodeSettings
    {
        [CommandOption("--clinic <ID>")]
        [Description("The patient's clinic.")]
        public string Clinic { get; init; } = "";

        [CommandOption("--patient <ID>")]
        [Description("The patient's id.")]
        public string Patient { get; init; } = "";

        [CommandOption("--name <NAME>")]
        [Description("The patient's name.")]
        public string Name { get; init; } = "";

        [CommandOption("--tz <IANA>")]
        [Description("The patient's IANA time zone, e.g. America/Chicago: their days, adherence and RTM data days follow it.")]
        public string TimeZone { get; init; } = "";

        public override ValidationResult Validate() => Require.All(
            Require.Value(Clinic, "--clinic"), Require.Value(Patient, "--patient"), Require.Value(Name, "--name"), Require.Value(TimeZone, "--tz"));
    }

    protected override async Task<int> RunAsync(GrpcChannel channel, Settings settings, CancellationToken cancellation)
    {
        var r = await new ClinicService.ClinicServiceClient(channel).AddPatientAsync(
            new AddPatientRequest { ClinicId = settings.Clinic, PatientId = settings.Patient, Name = settings.Name, TimeZone = settings.TimeZone },
            cancellationToken: cancellation);
        if (settings.Json) JsonOutput.Write(new { patient = r.PatientId, clinic = r.ClinicId, name = r.Name, time_zone = r.TimeZone });
        else AnsiConsole.MarkupLine($"Patient [bold]{r.PatientId.EscapeMarkup()}[/] ({r.Name.EscapeMarkup()}, {r.TimeZone.EscapeMarkup()}) added to clinic [bold]{r.ClinicId.EscapeMarkup()}[/].");
        return 0;
    }
}

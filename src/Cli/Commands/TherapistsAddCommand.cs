using System.ComponentModel;
using Grpc.Net.Client;
using HepSense.Contracts.Api;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HepSense.Cli.Commands;

/// <summary>Adds a therapist to a clinic (admins only).</summary>
public sealed class TherapistsAddCommand : NodeCommand<TherapistsAddCommand.Settings>
{
    public sealed class Settings : NodeSettings
    {
        [CommandOption("--clinic <ID>")]
        [Description("The therapist's clinic.")]
        public string Clinic { get; init; } = "";

        [CommandOption("--therapist <ID>")]
        [Description("The therapist's id (the subject of their token).")]
        public string Therapist { get; init; } = "";

        [CommandOption("--name <NAME>")]
        [Description("The therapist's name.")]
        public string Name { get; init; } = "";

        public override ValidationResult Validate() =>
            Require.All(Require.Value(Clinic, "--clinic"), Require.Value(Therapist, "--therapist"), Require.Value(Name, "--name"));
    }

    protected override async Task<int> RunAsync(GrpcChannel channel, Settings settings, CancellationToken cancellation)
    {
        var r = await new ClinicService.ClinicServiceClient(channel).AddTherapistAsync(
            new AddTherapistRequest { ClinicId = settings.Clinic, TherapistId = settings.Therapist, Name = settings.Name }, cancellationToken: cancellation);
        if (settings.Json) JsonOutput.Write(new { therapist = r.TherapistId, clinic = r.ClinicId, name = r.Name });
        else
        {
            AnsiConsole.MarkupLine($"Therapist [bold]{r.TherapistId.EscapeMarkup()}[/] ({r.Name.EscapeMarkup()}) added to clinic [bold]{r.ClinicId.EscapeMarkup()}[/].");
            AnsiConsole.MarkupLine($"[grey]Their token: hepsense token --role therapist --subject {r.TherapistId.EscapeMarkup()} --clinic {r.ClinicId.EscapeMarkup()}[/]");
        }
        return 0;
    }
}

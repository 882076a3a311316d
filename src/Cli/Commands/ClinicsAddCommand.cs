using System.ComponentModel;
using Grpc.Net.Client;
using HepSense.Contracts.Api;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HepSense.Cli.Commands;

/// <summary>Creates a clinic (admins only).</summary>
public sealed class ClinicsAddCommand : NodeCommand<ClinicsAddCommand.Settings>
{
    public sealed class Settings : NodeSettings
    {
        [CommandOption("--clinic <ID>")]
        [Description("The clinic's id.")]
        public string Clinic { get; init; } = "";

        [CommandOption("--name <NAME>")]
        [Description("The clinic's name.")]
        public string Name { get; init; } = "";

        public override ValidationResult Validate() => Require.All(Require.Value(Clinic, "--clinic"), Require.Value(Name, "--name"));
    }

    protected override async Task<int> RunAsync(GrpcChannel channel, Settings settings, CancellationToken cancellation)
    {
        var r = await new ClinicService.ClinicServiceClient(channel).CreateClinicAsync(
            new CreateClinicRequest { ClinicId = settings.Clinic, Name = settings.Name }, cancellationToken: cancellation);
        if (settings.Json) JsonOutput.Write(new { clinic = r.ClinicId, name = r.Name });
        else AnsiConsole.MarkupLine($"Clinic [bold]{r.ClinicId.EscapeMarkup()}[/] ({r.Name.EscapeMarkup()}) created.");
        return 0;
    }
}

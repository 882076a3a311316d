using System.ComponentModel;
using Grpc.Net.Client;
using HepSense.Contracts.Api;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HepSense.Cli.Commands;

/// <summary>Starts a patient on one of the clinic's standard programs (a new version of their program).</summary>
public sealed class ProgramFromTemplateCommand : NodeCommand<ProgramFromTemplateCommand.Settings>
{
    public sealed class Settings : PatientSettings
    {
        [CommandOption("--clinic <ID>")]
        [Description("The clinic whose template it is.")]
        public string Clinic { get; init; } = "";

        [CommandOption("--template <ID>")]
        [Description("The template (see 'templates --clinic ID').")]
        public string Template { get; init; } = "";

        [CommandOption("--start <YYYY-MM-DD>")]
        [Description("When it takes over. Default: today.")]
        public string? Start { get; init; }

        [CommandOption("--end <YYYY-MM-DD>")]
        [Description("Last day (inclusive). Default: open-ended.")]
        public string? End { get; init; }

        public override ValidationResult Validate() => Require.All(
            base.Validate(), Require.Value(Clinic, "--clinic"), Require.Value(Template, "--template"),
            Require.Day(Start, "--start", required: false), Require.Day(End, "--end", required: false));
    }

    protected override async Task<int> RunAsync(GrpcChannel channel, Settings settings, CancellationToken cancellation)
    {
        var v = await new ProgramService.ProgramServiceClient(channel).ApplyTemplateAsync(new ApplyTemplateRequest
        {
            PatientId = settings.Patient,
            ClinicId = settings.Clinic,
            TemplateId = settings.Template,
            StartDate = settings.Start ?? Dates.Today(),
            EndDate = settings.End ?? "",
        }, cancellationToken: cancellation);
        ProgramSetCommand.Print(v, settings.Json);
        return 0;
    }
}

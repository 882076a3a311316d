using System.ComponentModel;
using Grpc.Net.Client;
using HepSense.Contracts.Api;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HepSense.Cli.Commands;

/// <summary>Saves a standard program for the clinic, from the same JSON as 'program set --file' (its exercises).</summary>
public sealed class TemplatesSaveCommand : NodeCommand<TemplatesSaveCommand.Settings>
{
    public sealed class Settings : NodeSettings
    {
        [CommandOption("--clinic <ID>")]
        [Description("The clinic.")]
        public string Clinic { get; init; } = "";

        [CommandOption("--template <ID>")]
        [Description("The template's id; saving an existing id replaces it.")]
        public string Template { get; init; } = "";

        [CommandOption("--name <NAME>")]
        [Description("What therapists see, e.g. \"ACL week 2-6\".")]
        public string Name { get; init; } = "";

        [CommandOption("--file <PATH>")]
        [Description("A program JSON (as for 'program set --file'); its exercises are taken.")]
        public string File { get; init; } = "";

        public override ValidationResult Validate() => Require.All(
            Require.Value(Clinic, "--clinic"), Require.Value(Template, "--template"), Require.Value(Name, "--name"), Require.Value(File, "--file"));
    }

    protected override async Task<int> RunAsync(GrpcChannel channel, Settings settings, CancellationToken cancellation)
    {
        var program = ProgramFile.Read(settings.File);
        var template = new ProgramTemplate { ClinicId = settings.Clinic, TemplateId = settings.Template, Name = settings.Name };
        template.Exercises.AddRange(program.Exercises);
        var t = await new ClinicService.ClinicServiceClient(channel).SaveTemplateAsync(new SaveTemplateRequest { Template = template }, cancellationToken: cancellation);
        if (settings.Json) JsonOutput.Write(TemplatesCommand.Json(t));
        else AnsiConsole.MarkupLine($"Template [bold]{t.TemplateId.EscapeMarkup()}[/] ({t.Name.EscapeMarkup()}, {t.Exercises.Count} exercises) saved for clinic [bold]{t.ClinicId.EscapeMarkup()}[/].");
        return 0;
    }
}

using Grpc.Net.Client;
using HepSense.Contracts.Api;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HepSense.Cli.Commands;

/// <summary>The clinic's standard programs, which any of its therapists can start a patient on.</summary>
public sealed class TemplatesCommand : NodeCommand<ClinicSettings>
{
    protected override async Task<int> RunAsync(GrpcChannel channel, ClinicSettings settings, CancellationToken cancellation)
    {
        var r = await new ClinicService.ClinicServiceClient(channel).ListTemplatesAsync(new ListTemplatesRequest { ClinicId = settings.Clinic }, cancellationToken: cancellation);
        if (settings.Json)
        {
            JsonOutput.Write(new { clinic = settings.Clinic, templates = r.Templates.Select(Json) });
            return 0;
        }
        AnsiConsole.Write(new Rule($"[bold]Clinic {settings.Clinic.EscapeMarkup()}[/]: {r.Templates.Count} template{(r.Templates.Count == 1 ? "" : "s")}").LeftJustified());
        foreach (var t in r.Templates)
        {
            AnsiConsole.MarkupLine($"[bold]{t.TemplateId.EscapeMarkup()}[/]  {t.Name.EscapeMarkup()}");
            var program = new Program();
            program.Exercises.AddRange(t.Exercises);
            AnsiConsole.Write(ProgramView.Exercises(program));
        }
        if (r.Templates.Count == 0) AnsiConsole.MarkupLine("[grey]None yet: save one with 'templates save'.[/]");
        return 0;
    }

    public static object Json(ProgramTemplate t) =>
        new { template = t.TemplateId, name = t.Name, clinic = t.ClinicId, exercises = ProgramView.ExercisesJson(t.Exercises) };
}

using Grpc.Net.Client;
using HepSense.Contracts.Api;
using Spectre.Console;

namespace HepSense.Cli.Commands;

/// <summary>Progression proposals for a patient (more reps or one more set) and what was decided: the roadmap.</summary>
public sealed class ProgramProposalsCommand : NodeCommand<PatientSettings>
{
    protected override async Task<int> RunAsync(GrpcChannel channel, PatientSettings settings, CancellationToken cancellation)
    {
        var r = await new ProgramService.ProgramServiceClient(channel).ListProposalsAsync(new ListProposalsRequest { PatientId = settings.Patient }, cancellationToken: cancellation);
        if (settings.Json)
        {
            JsonOutput.Write(new { patient = settings.Patient, proposals = r.Proposals.Select(Json) });
            return 0;
        }
        AnsiConsole.Write(new Rule($"[bold]Patient {settings.Patient.EscapeMarkup()}[/]: progression").LeftJustified());
        if (r.Proposals.Count == 0)
        {
            AnsiConsole.MarkupLine("[grey]No proposals yet: they come when the last sessions of an exercise were complete with pain ≤ 3.[/]");
            return 0;
        }
        var table = new Table().Border(TableBorder.Rounded).AddColumns("Proposal", "Exercise", "Change", "Why", "Status");
        foreach (var p in r.Proposals)
            table.AddRow(p.ProposalId.EscapeMarkup(), p.Exercise.EscapeMarkup(), p.Change.EscapeMarkup(), p.Reason.EscapeMarkup(), Status(p.Status));
        AnsiConsole.Write(table);
        if (r.Proposals.Any(p => p.Status == "proposed"))
            AnsiConsole.MarkupLine($"[grey]Decide: hepsense program decide --patient {settings.Patient.EscapeMarkup()} --proposal ID --accept|--decline[/]");
        return 0;
    }

    public static object Json(Proposal p) => new { proposal = p.ProposalId, exercise = p.Exercise, change = p.Change, reason = p.Reason, status = p.Status };

    public static string Status(string status) => status switch
    {
        "proposed" => "[bold yellow]proposed[/]",
        "accepted" => "[green]accepted[/]",
        "declined" => "[grey]declined[/]",
        _ => status.EscapeMarkup(),
    };
}

using Grpc.Net.Client;
using HepSense.Contracts.Api;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HepSense.Cli.Commands;

/// <summary>A clinic's current risk flags, most urgent first: who needs a call today, and why.</summary>
public sealed class FlagsCommand : NodeCommand<ClinicSettings>
{
    protected override async Task<int> RunAsync(GrpcChannel channel, ClinicSettings settings, CancellationToken cancellation)
    {
        var r = await new ClinicService.ClinicServiceClient(channel).ListFlagsAsync(new ListFlagsRequest { ClinicId = settings.Clinic }, cancellationToken: cancellation);
        var flags = FlagView.MostUrgentFirst(r.Flags);
        if (settings.Json)
        {
            JsonOutput.Write(Json(flags));
            return 0;
        }
        AnsiConsole.Write(new Rule($"[bold]Clinic {settings.Clinic.EscapeMarkup()}[/]: {flags.Count} risk flag{(flags.Count == 1 ? "" : "s")}").LeftJustified());
        if (flags.Count == 0)
        {
            AnsiConsole.MarkupLine("[green]No flags: every patient is on track.[/]");
            return 0;
        }
        var table = new Table().Border(TableBorder.Rounded).AddColumns("Urgency", "Patient", "Flag", "Why", "Since");
        foreach (var f in flags)
            table.AddRow(f.Urgency.ToString(), f.PatientId.EscapeMarkup(), FlagView.Kind(f.Kind), f.Reason.EscapeMarkup(), f.Since.EscapeMarkup());
        AnsiConsole.Write(table);
        return 0;
    }

    /// <summary>The operator contract: <c>{"flags": [{"patient", "kind", "reason", "urgency"}]}</c>, most urgent first.</summary>
    public static object Json(IEnumerable<RiskFlag> flags) =>
        new { flags = flags.Select(f => new { patient = f.PatientId, kind = f.Kind, reason = f.Reason, urgency = f.Urgency }) };
}

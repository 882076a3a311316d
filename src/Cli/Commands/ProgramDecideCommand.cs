using System.ComponentModel;
using Grpc.Net.Client;
using HepSense.Contracts.Api;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HepSense.Cli.Commands;

/// <summary>Accepts a progression proposal (the program gets a new version) or declines it.</summary>
public sealed class ProgramDecideCommand : NodeCommand<ProgramDecideCommand.Settings>
{
    public sealed class Settings : PatientSettings
    {
        [CommandOption("--proposal <ID>")]
        [Description("The proposal (see 'program proposals').")]
        public string Proposal { get; init; } = "";

        [CommandOption("--accept")]
        [Description("Accept: the program gets a new version with the change.")]
        public bool Accept { get; init; }

        [CommandOption("--decline")]
        [Description("Decline: the program stays as it is.")]
        public bool Decline { get; init; }

        public override ValidationResult Validate() => Require.All(
            base.Validate(), Require.Value(Proposal, "--proposal"),
            Require.That(Accept != Decline, "give exactly one of --accept or --decline"));
    }

    protected override async Task<int> RunAsync(GrpcChannel channel, Settings settings, CancellationToken cancellation)
    {
        var p = await new ProgramService.ProgramServiceClient(channel).DecideProposalAsync(
            new DecideProposalRequest { PatientId = settings.Patient, ProposalId = settings.Proposal, Accept = settings.Accept }, cancellationToken: cancellation);
        if (settings.Json) JsonOutput.Write(new { patient = settings.Patient, proposal = p.ProposalId, exercise = p.Exercise, change = p.Change, status = p.Status });
        else AnsiConsole.MarkupLine($"Proposal [bold]{p.ProposalId.EscapeMarkup()}[/] ({p.Exercise.EscapeMarkup()}: {p.Change.EscapeMarkup()}) {ProgramProposalsCommand.Status(p.Status)}.");
        return 0;
    }
}

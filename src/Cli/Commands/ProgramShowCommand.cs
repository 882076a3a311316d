using System.ComponentModel;
using Grpc.Net.Client;
using HepSense.Contracts.Api;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HepSense.Cli.Commands;

/// <summary>A patient's current program (or a given version), with its warnings and the other versions.</summary>
public sealed class ProgramShowCommand : NodeCommand<ProgramShowCommand.Settings>
{
    public sealed class Settings : PatientSettings
    {
        [CommandOption("--version <N>")]
        [Description("A version (1, 2, ...). Default: the current one.")]
        public uint Version { get; init; }
    }

    protected override async Task<int> RunAsync(GrpcChannel channel, Settings settings, CancellationToken cancellation)
    {
        var r = await new ProgramService.ProgramServiceClient(channel).GetProgramAsync(
            new GetProgramRequest { PatientId = settings.Patient, Version = settings.Version }, cancellationToken: cancellation);
        if (r.Current is null) throw new CliError($"patient {settings.Patient} has no program yet: set one with 'program set' or 'program from-template'");
        if (settings.Json) JsonOutput.Write(ProgramView.Json(r.Current, r.History));
        else AnsiConsole.Write(ProgramView.Render(r.Current, r.History));
        return 0;
    }
}

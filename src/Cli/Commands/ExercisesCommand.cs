using System.ComponentModel;
using System.Globalization;
using Grpc.Net.Client;
using HepSense.Contracts.Api;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HepSense.Cli.Commands;

/// <summary>The exercise library a program can name: built-in exercises and the clinic's own.</summary>
public sealed class ExercisesCommand : NodeCommand<ExercisesCommand.Settings>
{
    public sealed class Settings : NodeSettings
    {
        [CommandOption("--clinic <ID>")]
        [Description("The clinic (its own exercises are listed too). Default: built-in exercises only.")]
        public string Clinic { get; init; } = "";
    }

    protected override async Task<int> RunAsync(GrpcChannel channel, Settings settings, CancellationToken cancellation)
    {
        var r = await new ClinicService.ClinicServiceClient(channel).ListExercisesAsync(new ListExercisesRequest { ClinicId = settings.Clinic }, cancellationToken: cancellation);
        if (settings.Json)
        {
            JsonOutput.Write(new
            {
                exercises = r.Exercises.Select(e => new
                {
                    exercise = e.Name, title = e.Title, body_region = e.BodyRegion, side = e.Side,
                    typical_rep_seconds = e.TypicalRepSeconds, typical_rom_deg = e.TypicalRomDeg, video_url = e.VideoUrl, instructions = e.Instructions,
                }),
            });
            return 0;
        }
        // Names do not wrap: programs and bands use them verbatim. Videos and instructions are in --json.
        var table = new Table().Border(TableBorder.Rounded).AddColumn(new TableColumn("Exercise").NoWrap()).AddColumns("Title", "Region", "Side", "Rep s", "ROM °");
        foreach (var e in r.Exercises)
            table.AddRow(e.Name.EscapeMarkup(), e.Title.EscapeMarkup(), e.BodyRegion.EscapeMarkup(), e.Side.EscapeMarkup(),
                e.TypicalRepSeconds.ToString("0.#", CultureInfo.InvariantCulture), e.TypicalRomDeg.ToString("0", CultureInfo.InvariantCulture));
        AnsiConsole.Write(table);
        return 0;
    }
}

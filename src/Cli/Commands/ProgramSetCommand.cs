using System.ComponentModel;
using Grpc.Core;
using Grpc.Net.Client;
using HepSense.Contracts.Api;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HepSense.Cli.Commands;

/// <summary>
/// Saves a new version of a patient's program: the whole program from a JSON file, or one exercise changed, added
/// or removed on the command line (the rest of the current program is kept). The node keeps every version.
/// </summary>
public sealed class ProgramSetCommand : NodeCommand<ProgramSetCommand.Settings>
{
    public sealed class Settings : PatientSettings
    {
        [CommandOption("--file <PATH>")]
        [Description("The whole program as JSON: {\"start_date\", \"end_date\", \"exercises\": [[{\"exercise\", \"sets\", \"reps\", \"hold_seconds\", \"rest_seconds\", \"side\", \"times_per_day\", \"days_per_week\", \"target_rom_deg\"}]]}. 'program show --json' output works too.")]
        public string? File { get; init; }

        [CommandOption("--exercise <NAME>")]
        [Description("Change (or add) this library exercise in the current program; the options below say how.")]
        public string? Exercise { get; init; }

        [CommandOption("--sets <N>")]
        [Description("Sets (1..50).")]
        public uint? Sets { get; init; }

        [CommandOption("--reps <N>")]
        [Description("Reps per set (1..100).")]
        public uint? Reps { get; init; }

        [CommandOption("--hold <SECONDS>")]
        [Description("Hold at the end of each rep.")]
        public double? Hold { get; init; }

        [CommandOption("--rest <SECONDS>")]
        [Description("Rest between sets.")]
        public double? Rest { get; init; }

        [CommandOption("--side <SIDE>")]
        [Description("left, right, both or none.")]
        public string? Side { get; init; }

        [CommandOption("--times-per-day <N>")]
        [Description("Sessions a day (1..6). Default for a new exercise: 1.")]
        public uint? TimesPerDay { get; init; }

        [CommandOption("--days-per-week <N>")]
        [Description("Days a week (1..7). Default for a new exercise: 7.")]
        public uint? DaysPerWeek { get; init; }

        [CommandOption("--target-rom <DEGREES>")]
        [Description("Range of motion prescribed (1..180): the band flags reps well short of it partial from the first rep. 0: none prescribed (reps judged against their set).")]
        public double? TargetRom { get; init; }

        [CommandOption("--remove <NAME>")]
        [Description("Remove this exercise from the current program.")]
        public string? Remove { get; init; }

        [CommandOption("--start <YYYY-MM-DD>")]
        [Description("When the new version takes over. Default: the file's start_date, else today (earlier days keep their version).")]
        public string? Start { get; init; }

        [CommandOption("--end <YYYY-MM-DD>")]
        [Description("Last day of the program (inclusive). Default: the file's, else the current program's.")]
        public string? End { get; init; }

        private bool Inline => Exercise is not null || Remove is not null;

        public override ValidationResult Validate() => Require.All(
            base.Validate(),
            Require.That(File is not null || Inline || Start is not null || End is not null, "say what to set: --file PATH, or --exercise NAME with --sets/--reps/..., or --remove NAME"),
            Require.That(File is null || !Inline, "--file sets the whole program; --exercise and --remove change the current one: use one or the other"),
            Require.That(Exercise is null || Remove is null, "--exercise and --remove: one change at a time"),
            Require.That(Exercise is not null || (Sets, Reps, Hold, Rest, Side, TimesPerDay, DaysPerWeek, TargetRom) == default, "--sets, --reps, --hold, --rest, --side, --times-per-day, --days-per-week and --target-rom need --exercise NAME"),
            Require.InRange(Sets, 1, 50, "--sets"),
            Require.InRange(Reps, 1, 100, "--reps"),
            Require.InRange(Hold, 0, 600, "--hold"),
            Require.InRange(Rest, 0, 3600, "--rest"),
            Require.OneOf(Side, "--side", "left", "right", "both", "none"),
            Require.InRange(TimesPerDay, 1, 6, "--times-per-day"),
            Require.InRange(DaysPerWeek, 1, 7, "--days-per-week"),
            Require.That(TargetRom is null or 0 or (>= 1 and <= 180), "--target-rom must be 1 to 180 degrees, or 0 for none"),
            Require.Day(Start, "--start", required: false),
            Require.Day(End, "--end", required: false));
    }

    protected override async Task<int> RunAsync(GrpcChannel channel, Settings settings, CancellationToken cancellation)
    {
        var client = new ProgramService.ProgramServiceClient(channel);
        Program program;
        if (settings.File is { } file)
        {
            program = ProgramFile.Read(file);
            if (program.StartDate.Length == 0) program.StartDate = Dates.Today();
        }
        else
        {
            var current = await Current(client, settings.Patient, cancellation);
            program = settings.Exercise is { } exercise
                ? new ProgramEdit(exercise, settings.Sets, settings.Reps, settings.Hold, settings.Rest, settings.Side, settings.TimesPerDay, settings.DaysPerWeek, settings.TargetRom).ApplyTo(current)
                : settings.Remove is { } remove ? ProgramEdit.Remove(current, remove)
                : current.Clone();
            program.StartDate = Dates.Today(); // a change governs from now on; past days keep the version they had
        }
        if (settings.Start is { } start) program.StartDate = start;
        if (settings.End is { } end) program.EndDate = end;

        var v = await client.SetProgramAsync(new SetProgramRequest { PatientId = settings.Patient, Program = program }, cancellationToken: cancellation);
        Print(v, settings.Json);
        return 0;
    }

    /// <summary>The current program, or an empty one for a patient who has none yet.</summary>
    private static async Task<Program> Current(ProgramService.ProgramServiceClient client, string patient, CancellationToken cancellation)
    {
        try
        {
            var r = await client.GetProgramAsync(new GetProgramRequest { PatientId = patient }, cancellationToken: cancellation);
            return r.Current?.Program ?? new Program();
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
        {
            return new Program();
        }
    }

    /// <summary>What set, from-template and decide print for the version they created.</summary>
    public static void Print(ProgramVersion v, bool json)
    {
        if (json)
        {
            JsonOutput.Write(ProgramView.Json(v));
            return;
        }
        AnsiConsole.Write(ProgramView.Render(v));
        AnsiConsole.MarkupLine($"[green]Saved as version {v.Version}.[/]");
    }
}

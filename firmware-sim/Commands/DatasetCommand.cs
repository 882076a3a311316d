using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HepSense.FirmwareSim.Commands;

/// <summary>
/// Writes a folder of simulated sets in the layout of data/imu (one CSV per set and a manifest.csv
/// with the true rep counts) plus truth.json, so the accuracy harness scores simulated and real sets alike.
/// </summary>
public sealed class DatasetCommand : Command<DatasetCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--out <DIR>")]
        [Description("Folder to write (created): sim/*.csv, manifest.csv, truth.json.")]
        public string Out { get; set; } = "";

        [CommandOption("--seed <S>")]
        [Description("Random seed.")]
        [DefaultValue(1)]
        public int Seed { get; set; } = 1;

        [CommandOption("--sets <N>")]
        [Description("Sets per exercise and persona (walk: recordings per gait and placement, and walks to each exercise).")]
        [DefaultValue(2)]
        public int Sets { get; set; } = 2;

        [CommandOption("--rate <HZ>")]
        [Description("Sample rate.")]
        [DefaultValue(25.0)]
        public double Rate { get; set; } = 25;

        [CommandOption("--program <NAME>")]
        [Description("physio: the 13 home-program exercises by persona (the default); gym: wrist-worn gym sets (curls, presses, rows, squats, deadlifts...) with picking the weight up and putting it down, by tempo; walk: walking alone at every placement (no reps) and walking to a set and away (its reps).")]
        [DefaultValue("physio")]
        public string Program { get; set; } = "physio";

        [CommandOption("--no-gyro")]
        [Description("Accelerometer only (empty gyro columns), like the muvr recordings.")]
        public bool NoGyro { get; set; }

        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Out) ? ValidationResult.Error("--out DIR is required.")
            : Sets < 1 ? ValidationResult.Error("--sets must be at least 1.")
            : Rate is < 5 or > 1000 ? ValidationResult.Error("--rate must be 5..1000 Hz.")
            : Program is not ("physio" or "gym" or "walk") ? ValidationResult.Error($"--program must be physio, gym or walk, not '{Program}'.")
            : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings s, CancellationToken ct)
    {
        var (count, what) = s.Program switch
        {
            "gym" => (GymDataset.Write(s.Out, s.Seed, s.Sets, s.Rate, s.NoGyro), "gym sets"),
            "walk" => (WalkDataset.Write(s.Out, s.Seed, s.Sets, s.Rate, s.NoGyro), "walking recordings"),
            _ => (PhysioDataset.Write(s.Out, s.Seed, s.Sets, s.Rate, s.NoGyro), "sets"),
        };
        AnsiConsole.MarkupLineInterpolated($"{count} simulated {what} in {s.Out} (manifest.csv, truth.json)");
        return 0;
    }
}

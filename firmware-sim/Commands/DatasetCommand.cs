using System.ComponentModel;
using System.Globalization;
using System.Text;
using HepSense.FirmwareSim.People;
using HepSense.FirmwareSim.Physics;
using HepSense.FirmwareSim.Recording;
using HepSense.FirmwareSim.Truth;
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
        [Description("Sets per exercise and persona.")]
        [DefaultValue(2)]
        public int Sets { get; set; } = 2;

        [CommandOption("--rate <HZ>")]
        [Description("Sample rate.")]
        [DefaultValue(25.0)]
        public double Rate { get; set; } = 25;

        [CommandOption("--program <NAME>")]
        [Description("physio: the 13 home-program exercises by persona (the default); gym: wrist-worn gym sets (curls, presses, rows, squats, deadlifts...) with picking the weight up and putting it down, by tempo.")]
        [DefaultValue("physio")]
        public string Program { get; set; } = "physio";

        [CommandOption("--no-gyro")]
        [Description("Accelerometer only (empty gyro columns), like the muvr recordings.")]
        public bool NoGyro { get; set; }

        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Out) ? ValidationResult.Error("--out DIR is required.")
            : Sets < 1 ? ValidationResult.Error("--sets must be at least 1.")
            : Rate is < 5 or > 1000 ? ValidationResult.Error("--rate must be 5..1000 Hz.")
            : Program is not ("physio" or "gym") ? ValidationResult.Error($"--program must be physio or gym, not '{Program}'.")
            : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings s, CancellationToken ct)
    {
        if (s.Program == "gym")
        {
            var count = GymDataset.Write(s.Out, s.Seed, s.Sets, s.Rate, s.NoGyro);
            AnsiConsole.MarkupLineInterpolated($"{count} simulated gym sets in {s.Out} (manifest.csv, truth.json)");
            return 0;
        }
        var inv = CultureInfo.InvariantCulture;
        var rng = new Random(s.Seed);
        Directory.CreateDirectory(Path.Combine(s.Out, "sim"));
        var manifest = new StringBuilder("file,source,subject,exercise,placement,rate_hz,reps,partial_reps,notes\n");
        var patients = new List<PatientTruth>();
        var start = new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);
        // Personas that change the movement itself; the others differ only in when and whether they exercise.
        foreach (var persona in PersonaCatalog.All.Where(p => p.Name is "adherent" or "in-pain" or "fast-sloppy" or "fidgety"))
        {
            var sessions = new List<SessionTruth>();
            foreach (var ex in ExerciseCatalog.All)
                for (var k = 0; k < s.Sets; k++)
                {
                    var reps = ex.HoldS >= 5 ? 5 + rng.Next(4) : 8 + rng.Next(8);
                    var plan = SetPlanner.Plan(ex, persona, reps, null, rng, allowEarlyStop: false);
                    var mounting = Mounting.Random(rng);
                    var rec = SetRecorder.Record(plan, mounting, SensorModel.Typical(rng), s.Rate, persona.SwayDeg, rng, persona.TremorDeg);
                    if (s.NoGyro) rec = rec with { HasGyro = false };
                    var file = $"sim/{persona.Name}-{ex.Name}-{k + 1}.csv";
                    ImuCsv.Write(Path.Combine(s.Out, file), rec);
                    manifest.Append(string.Create(inv,
                        $"{file},sim,{persona.Name},{ex.Name},{ex.Segment.ToString().ToLowerInvariant()},{s.Rate},{plan.Reps.Count},{plan.Partial.Count(p => p)},firmware-sim seed {s.Seed}\n"));
                    var set = TruthBuilder.ForSet(plan, start, mounting, 0, 0);
                    sessions.Add(new SessionTruth(start, set.End ?? start, [set], 0, 0) { Id = file });
                    start = start.AddMinutes(10);
                }
            patients.Add(new PatientTruth($"sim-{persona.Name}", "sim-band", persona.Name, sessions));
        }
        File.WriteAllText(Path.Combine(s.Out, "manifest.csv"), manifest.ToString());
        new GroundTruth(patients, []).Save(Path.Combine(s.Out, "truth.json"));
        AnsiConsole.MarkupLineInterpolated($"{patients.Sum(p => p.Sessions.Count)} simulated sets in {s.Out} (manifest.csv, truth.json)");
        return 0;
    }
}

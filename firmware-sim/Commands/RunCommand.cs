using System.ComponentModel;
using HepSense.FirmwareSim.People;
using HepSense.FirmwareSim.Physics;
using HepSense.FirmwareSim.Recording;
using HepSense.FirmwareSim.Truth;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HepSense.FirmwareSim.Commands;

/// <summary>Synthesises one band doing sets of an exercise, from the physics of the moving segment.</summary>
public sealed class RunCommand : AsyncCommand<RunCommand.Settings>
{
    public sealed class Settings : SingleBandSettings
    {
        [CommandOption("--exercise <NAME>")]
        [Description("Exercise to perform; one of the catalogue (see the 'exercises' command).")]
        public string Exercise { get; set; } = "";

        [CommandOption("--reps <N>")]
        [Description("Reps per set.")]
        public int Reps { get; set; }

        [CommandOption("--sets <N>")]
        [Description("Sets, each announced by its own ExerciseChosen event.")]
        [DefaultValue(1)]
        public int Sets { get; set; } = 1;

        [CommandOption("--persona <P>")]
        [Description("How the patient deviates from the prescription (see the 'personas' command).")]
        [DefaultValue("adherent")]
        public string Persona { get; set; } = "adherent";

        [CommandOption("--seed <S>")]
        [Description("Random seed: the same seed gives the same samples and truth. Default: random, printed.")]
        public int? Seed { get; set; }

        [CommandOption("--rate <HZ>")]
        [Description("Sample rate of the band.")]
        [DefaultValue(50.0)]
        public double Rate { get; set; } = 50;

        [CommandOption("--hold <SECONDS>")]
        [Description("Prescribed hold at the top of each rep; default: the exercise's typical hold.")]
        public double? Hold { get; set; }

        [CommandOption("--range-share <X>")]
        [Description("Every rep at this share of the exercise's typical range (0.5: a patient reaching half of it); the truth still calls a rep partial under 0.6 of the typical range. Default 1.")]
        [DefaultValue(1.0)]
        public double RangeShare { get; set; } = 1;

        [CommandOption("--ideal")]
        [Description("A perfect sensor (no noise, bias or quantisation) aligned with the segment, and no sway: for checks.")]
        public bool Ideal { get; set; }

        [CommandOption("--csv <FILE>")]
        [Description("Also write the samples in the replay CSV format (data/imu/README.md); sets follow each other in one file.")]
        public string? Csv { get; set; }

        [CommandOption("--truth <FILE>")]
        [Description("Write the ground truth JSON: every rep's start, end, range of motion and partial flag.")]
        public string? Truth { get; set; }

        [CommandOption("--start <ISO-8601>")]
        [Description("Device clock at the first sample; default: now.")]
        public DateTimeOffset? Start { get; set; }

        /// <summary>Only a named band streams to a node; without --device the run just writes its files.</summary>
        protected override bool Sends => !string.IsNullOrEmpty(Device);

        public override ValidationResult Validate()
        {
            if (ExerciseCatalog.Find(Exercise) is null)
                return ValidationResult.Error($"--exercise must be one of: {ExerciseCatalog.Names}; got '{Exercise}'.");
            if (Reps is < 1 or > 1000) return ValidationResult.Error("--reps must be 1..1000.");
            if (Sets is < 1 or > 20) return ValidationResult.Error("--sets must be 1..20.");
            if (PersonaCatalog.Find(Persona) is null)
                return ValidationResult.Error($"--persona must be one of: {PersonaCatalog.Names}; got '{Persona}'.");
            if (Rate is < 1 or > 1000) return ValidationResult.Error("--rate must be 1..1000 Hz.");
            if (Hold is < 0) return ValidationResult.Error("--hold must not be negative.");
            if (RangeShare is <= 0 or > 2) return ValidationResult.Error("--range-share must be over 0 and at most 2.");
            return base.Validate();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings s, CancellationToken ct)
    {
        var seed = s.Seed ?? Random.Shared.Next();
        var rng = new Random(seed);
        var exercise = ExerciseCatalog.Find(s.Exercise)!;
        var persona = PersonaCatalog.Find(s.Persona)!;
        var start = s.Start ?? DateTimeOffset.UtcNow;
        var device = string.IsNullOrEmpty(s.Device) ? "sim-band" : s.Device;

        var streams = new List<SessionSender.SetStream>();
        var sets = new List<SetTruth>();
        var samples = new List<ImuSample>();
        var setStart = start;
        var seq = 0ul;
        for (var k = 0; k < s.Sets; k++)
        {
            var plan = SetPlanner.Plan(exercise, persona, s.Reps, s.Hold, rng, allowEarlyStop: false, rangeShare: s.RangeShare);
            var mounting = s.Ideal ? Mounting.Aligned : Mounting.Random(rng);
            var sensor = s.Ideal ? SensorModel.Ideal : SensorModel.Typical(rng);
            var recording = SetRecorder.Record(plan, mounting, sensor, s.Rate, s.Ideal ? 0 : persona.SwayDeg, rng, s.Ideal ? 0 : persona.TremorDeg);
            var batches = (ulong)Math.Ceiling(recording.Samples.Count / (double)Band.BatchBuilder.DefaultBatchSize(s.Rate));
            sets.Add(TruthBuilder.ForSet(plan, setStart, mounting, seq, seq + batches - 1));
            streams.Add(new SessionSender.SetStream(exercise.Name, recording, setStart));
            samples.AddRange(recording.Samples);
            seq += batches;
            setStart += recording.Duration + TimeSpan.FromSeconds(rng.Around(60, 0.2));
        }

        var session = new SessionTruth(start, streams[^1].Start + streams[^1].Recording.Duration, sets,
            PainBefore: Pain(persona.PainBefore, rng), PainAfter: Pain(persona.PainBefore + persona.PainAfterDelta, rng)) { Id = $"{device}-1", Day = 0 };
        var truth = new GroundTruth([new PatientTruth(string.IsNullOrEmpty(s.Patient) ? "sim-patient" : s.Patient, device, persona.Name, [session])], [])
        {
            Run = new RunInfo("run", seed, s.Rate, start, session.End),
        };

        if (s.Csv is { } csv) ImuCsv.Write(csv, new ImuRecording(s.Rate, true, samples));
        if (s.Truth is { } path) truth.Save(path);
        PrintSummary(s, seed, sets);
        return string.IsNullOrEmpty(s.Device) ? 0 : await SessionSender.SendAsync(s, streams, ct);
    }

    static int Pain(double typical, Random rng) => (int)Math.Clamp(Math.Round(rng.NextGaussian(typical, 0.8)), 0, 10);

    static void PrintSummary(Settings s, int seed, List<SetTruth> sets)
    {
        var reps = sets.SelectMany(x => x.Reps).ToList();
        AnsiConsole.MarkupLineInterpolated(
            $"{s.Exercise} x {s.Sets} set(s), persona {s.Persona}, seed {seed}: {reps.Count} reps ({reps.Count(r => r.Partial)} partial), range {(reps.Count > 0 ? reps.Min(r => r.RomDeg) : 0):0}-{(reps.Count > 0 ? reps.Max(r => r.RomDeg) : 0):0} deg{(s.Csv is null ? "" : $", samples in {s.Csv}")}{(s.Truth is null ? "" : $", truth in {s.Truth}")}");
    }
}

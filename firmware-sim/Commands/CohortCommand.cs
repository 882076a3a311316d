using System.ComponentModel;
using System.Diagnostics;
using HepSense.FirmwareSim.Band;
using HepSense.FirmwareSim.Cohort;
using HepSense.FirmwareSim.People;
using HepSense.FirmwareSim.Truth;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HepSense.FirmwareSim.Commands;

/// <summary>
/// N patients over D days on an accelerated clock: every worn session streamed through each patient's
/// band with faults injected, and the ground truth of all of it written to a JSON file.
/// </summary>
public sealed class CohortCommand : AsyncCommand<CohortCommand.Settings>
{
    public sealed class Settings : NodeSettings
    {
        [CommandOption("--patients <N>")]
        [Description("Number of patients, one band each.")]
        public int Patients { get; set; }

        [CommandOption("--days <D>")]
        [Description("Days of the study. Day 0 is D days before today (UTC), so device timestamps are in the past.")]
        public int Days { get; set; }

        [CommandOption("--seed <S>")]
        [Description("Random seed: the same seed gives the same cohort, sessions, samples and faults.")]
        [DefaultValue(1)]
        public int Seed { get; set; } = 1;

        [CommandOption("--truth <FILE>")]
        [Description("Ground truth JSON to write: every session, set, rep (start, end, rom_deg, partial), pain report and injected fault.")]
        public string Truth { get; set; } = "";

        [CommandOption("--prefix <P>")]
        [Description("Prefix of patient and band ids (P-p001, P-b001). Default c{seed}. Change it to run again against a node that remembers the bands' sequence numbers.")]
        public string? Prefix { get; set; }

        [CommandOption("--clinic <ID>")]
        [Description("Clinic created by --provision for the patients. Default {prefix}-clinic.")]
        public string? Clinic { get; set; }

        [CommandOption("--persona <P>")]
        [Description("Give every patient this persona instead of a realistic mix.")]
        public string? Persona { get; set; }

        [CommandOption("--rate <HZ>")]
        [Description("Sample rate of the bands.")]
        [DefaultValue(25.0)]
        public double Rate { get; set; } = 25;

        [CommandOption("--start <YYYY-MM-DD>")]
        [Description("First day of the study; default: D days before today (UTC).")]
        public DateOnly? Start { get; set; }

        [CommandOption("--faults <FACTOR>")]
        [Description("Multiplies every fault rate (disconnects, duplicates, reordering, lost batches, clock skew and drift); 0 = none.")]
        [DefaultValue(1.0)]
        public double Faults { get; set; } = 1;

        [CommandOption("--malformed <N>")]
        [Description("Malformed imu payloads to send, spread over the bands (the node must refuse them).")]
        [DefaultValue(0)]
        public int Malformed { get; set; }

        [CommandOption("--speed <X>")]
        [Description("Simulated time per real time: 0 (default) = as fast as the node acknowledges; 3600 = an hour per second.")]
        [DefaultValue(0.0)]
        public double Speed { get; set; }

        [CommandOption("--parallel <N>")]
        [Description("Bands streaming at once.")]
        [DefaultValue(32)]
        public int Parallel { get; set; } = 32;

        [CommandOption("--no-send")]
        [Description("Only simulate and write the truth; do not contact a node.")]
        public bool NoSend { get; set; }

        [CommandOption("--no-phone")]
        [Description("With --provision, do not send the phone's pain reports and self-reported sessions through the API.")]
        public bool NoPhone { get; set; }

        public string IdPrefix => Prefix ?? $"c{Seed}";

        public string ClinicId => Clinic ?? $"{IdPrefix}-clinic";

        public override ValidationResult Validate()
        {
            if (Patients is < 1 or > 100_000) return ValidationResult.Error("--patients must be 1..100000.");
            if (Days is < 1 or > 3650) return ValidationResult.Error("--days must be 1..3650.");
            if (string.IsNullOrWhiteSpace(Truth)) return ValidationResult.Error("--truth FILE is required.");
            if (!SingleBandSettings.IdPattern().IsMatch(IdPrefix + "-p00000")) return ValidationResult.Error("--prefix must be a few characters of [[A-Za-z0-9_-]].");
            if (Persona is not null && PersonaCatalog.Find(Persona) is null) return ValidationResult.Error($"--persona must be one of: {PersonaCatalog.Names}.");
            if (Rate is < 1 or > 1000) return ValidationResult.Error("--rate must be 1..1000 Hz.");
            if (Faults < 0 || Malformed < 0 || Speed < 0) return ValidationResult.Error("--faults, --malformed and --speed must not be negative.");
            if (Parallel < 1) return ValidationResult.Error("--parallel must be at least 1.");
            if (!NoSend && !Provision && string.IsNullOrEmpty(GivenSecret))
                return ValidationResult.Error($"the bands need secrets: pass --provision (or --secret / {SecretVariable} for a broker that takes one secret), or --no-send.");
            return base.Validate();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings s, CancellationToken ct)
    {
        var console = AnsiConsole.Console;
        var firstDay = s.Start ?? DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-s.Days);
        var epoch = new DateTimeOffset(firstDay.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(-1); // earliest time zone's midnight
        var patients = CohortPlanner.Plan(s.Patients, s.Seed, s.IdPrefix, s.Persona);
        var stats = new SendStats();
        var api = new ApiAvailability();
        var wall = Stopwatch.StartNew();
        using var node = s.Provision ? new NodeProvisioner(s.Grpc, s.Token) : null;

        try
        {
            var secrets = new System.Collections.Concurrent.ConcurrentDictionary<string, string>();
            PhoneApp? phone = null;
            if (node is not null)
            {
                var setup = new ClinicSetup(node, api);
                await setup.CreateClinicAsync(s.ClinicId, ct);
                await ProgressDisplay.ForEachAsync(console, "provisioning", patients.Count, 16, async (i, token) =>
                    secrets[patients[i].Device] = await setup.ProvisionAsync(s.ClinicId, patients[i], firstDay, s.Days, token), ct);
                if (!s.NoPhone) phone = new PhoneApp(node.Channel, api);
                console.MarkupLineInterpolated($"[grey]provisioned {patients.Count} bands{(api.Missing.Count > 0 ? $"; not on this node yet: {string.Join(", ", api.Missing.Keys)}" : "")}[/]");
            }

            var clock = new SimClock(epoch.AddDays(1), s.Speed);
            Func<PatientProfile, BandClient>? connect = s.NoSend ? null
                : p => new BandClient(s.Broker, p.Device, secrets.GetValueOrDefault(p.Device) ?? s.GivenSecret!, s.ClientOptions);
            var ctx = new CohortContext(firstDay, s.Days, s.Rate, new FaultRates(s.Faults), epoch, connect, stats, clock, s.Window, phone);
            var malformed = Enumerable.Range(0, patients.Count).Select(i => s.Malformed / patients.Count + (i < s.Malformed % patients.Count ? 1 : 0)).ToArray();

            var runs = new PatientRun[patients.Count];
            await ProgressDisplay.ForEachAsync(console, $"{patients.Count} patients x {s.Days} days", patients.Count, s.Parallel,
                async (i, token) => runs[i] = await new BandRunner(patients[i], ctx, malformed[i]).RunAsync(token), ct,
                describe: () => $"{patients.Count} patients x {s.Days} days, {stats.Acked:N0} batches acked");

            var truth = new GroundTruth(runs.Select(r => r.Truth).ToList(),
                runs.SelectMany(r => r.Faults).OrderBy(f => f.At).ThenBy(f => f.Device).ToList())
            {
                Run = new RunInfo("cohort", s.Seed, s.Rate, epoch.AddDays(1), epoch.AddDays(1 + s.Days)),
                Patients = runs.Select((r, i) => r.Truth with { Program = ProgramTruth.Of(patients[i]), TimeZone = patients[i].TimeZone, Clinic = s.Provision ? s.ClinicId : null }).ToList(),
            };
            truth.Save(s.Truth, indented: false);
            Summarise(console, s, truth, stats, api, wall.Elapsed);
            return stats.Refused > 0 || stats.MalformedAccepted > 0 ? 2 : 0;
        }
        catch (BandConnectionException e)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return 3;
        }
    }

    static void Summarise(IAnsiConsole console, Settings s, GroundTruth truth, SendStats stats, ApiAvailability api, TimeSpan elapsed)
    {
        var sessions = truth.Patients.Sum(p => p.Sessions.Count);
        var reps = truth.Patients.Sum(p => p.Sessions.Sum(x => x.Sets.Sum(y => y.Reps.Count)));
        var table = new Table().AddColumns("", "");
        table.AddRow("patients x days", $"{s.Patients} x {s.Days}");
        table.AddRow("sessions with the band (without)", $"{sessions} ({truth.Patients.Sum(p => p.UnwornSessions?.Count ?? 0)})");
        table.AddRow("reps (partial)", $"{reps} ({truth.Patients.Sum(p => p.Sessions.Sum(x => x.Sets.Sum(y => y.Reps.Count(r => r.Partial))))})");
        table.AddRow("faults", string.Join(", ", truth.Faults.GroupBy(f => f.Kind).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}")));
        if (!s.NoSend)
        {
            table.AddRow("imu batches acked / refused", $"{stats.Acked:N0} / {stats.Refused:N0}");
            table.AddRow("samples acked", $"{stats.Samples:N0}");
            table.AddRow("malformed refused / accepted", $"{stats.MalformedRefused} / {stats.MalformedAccepted}");
            table.AddRow("status/event refused", $"{stats.OtherRefused}");
            table.AddRow("batches/s", $"{stats.Acked / elapsed.TotalSeconds:N0}");
        }
        table.AddRow("wall time", $"{elapsed.TotalSeconds:0.0} s");
        table.AddRow("truth", s.Truth);
        console.Write(table);
        foreach (var r in stats.Refusals.Take(5)) console.MarkupLineInterpolated($"[red]refused: {r}[/]");
        foreach (var (k, v) in api.Errors.Take(5)) console.MarkupLineInterpolated($"[yellow]API: {k} (x{v})[/]");
        foreach (var (k, v) in api.Missing) console.MarkupLineInterpolated($"[yellow]not implemented by the node: {k} ({v})[/]");
    }
}

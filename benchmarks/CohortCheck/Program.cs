using System.Globalization;
using System.Text.Json;
using HepSense.CohortCheck;
using HepSense.Contracts.Access;
using HepSense.Contracts.Api;

// Scores a node's adherence, flags and RTM report against what a firmware-sim truth file implies.
string? truthPath = null, token = null, clinicOverride = null, dumpPath = null;
var url = "http://127.0.0.1:5080";
var worst = 5;
for (var i = 0; i < args.Length; i++)
{
    string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
    switch (args[i])
    {
        case "--truth": truthPath = Next(); break;
        case "--grpc": url = Next(); break;
        case "--token": token = Next(); break;
        case "--clinic": clinicOverride = Next(); break;
        case "--dump": dumpPath = Next(); break;
        case "--worst": worst = int.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "-h" or "--help":
            Console.WriteLine("CohortCheck --truth FILE [--grpc URL] [--token T] [--clinic ID] [--worst N] [--dump CSV]");
            Console.WriteLine("  --dump CSV  also write patient,date,metric,truth,node for every day (to compare runs)");
            return 0;
        default: Console.Error.WriteLine($"unknown option {args[i]} (see --help)"); return 1;
    }
}
if (truthPath is null) { Console.Error.WriteLine("--truth FILE is required"); return 1; }

var truth = Truth.Load(truthPath);
var expected = new Expected(truth);
var now = DateTimeOffset.UtcNow;
using var channel = NodeChannel.Open(url, token);
var patients = new PatientService.PatientServiceClient(channel);
var clinics = new ClinicService.ClinicServiceClient(channel);
var reports = new ReportService.ReportServiceClient(channel);

string ClinicOf(TruthPatient p) => clinicOverride ?? p.Clinic ?? p.Id[..p.Id.LastIndexOf('-')] + "-clinic";
string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

string[] dayNames = ["sessions_prescribed", "sessions_done", "reps_prescribed", "reps_done", "partial_reps", "self_reported_sessions", "sessions_partly_done"];
var dayMetrics = dayNames.Select(n => new Metric("day " + n)).ToArray();
var weekMetrics = dayNames.Select(n => new Metric("week " + n)).ToArray();
var lostReps = 0;
var dump = new List<string> { "patient,date,metric,truth,node" };
foreach (var p in expected.Patients)
{
    var node = await patients.GetAdherenceAsync(new GetAdherenceRequest { PatientId = p.Id, From = D(expected.FirstDay), To = D(expected.LastDay) });
    var byDate = node.Days.ToDictionary(d => d.Date);
    var exp = new List<(DateOnly, int[])>();
    var got = new List<(DateOnly, int[])>();
    foreach (var e in expected.DaysOf(p.Id))
    {
        lostReps += e.RepsInLostBatches;
        var n = byDate.GetValueOrDefault(D(e.Date)) ?? new AdherenceDay();
        int[] ev = [e.SessionsPrescribed, e.SessionsDone, e.RepsPrescribed, e.RepsDone, e.PartialReps, e.SelfReportedSessions, e.SessionsPartlyDone];
        int[] nv = [(int)n.SessionsPrescribed, (int)n.SessionsDone, (int)n.RepsPrescribed, (int)n.RepsDone, (int)n.PartialReps, (int)n.SelfReportedSessions, (int)n.SessionsPartlyDone];
        for (var k = 0; k < ev.Length; k++) dump.Add($"{p.Id[(p.Id.LastIndexOf('-') + 1)..]},{D(e.Date)},{dayNames[k]},{ev[k]},{nv[k]}");
        for (var k = 0; k < ev.Length; k++) dayMetrics[k].Add($"{p.Id} {D(e.Date)} ({p.Persona}{(e.RepsInLostBatches > 0 ? $", {e.RepsInLostBatches} reps in lost batches" : "")})", ev[k], nv[k]);
        exp.Add((e.Date, ev));
        got.Add((e.Date, nv));
    }
    foreach (var ((week, ev), (_, nv)) in Expected.Weeks(exp).Zip(Expected.Weeks(got)))
        for (var k = 0; k < ev.Length; k++) weekMetrics[k].Add($"{p.Id} week of {D(week)} ({p.Persona})", ev[k], nv[k]);
}

// Pain reports per patient: what the phone sent (two per session, band or not), each kept once.
var painMetric = new Metric("pain reports");
foreach (var p in expected.Patients)
{
    var node = await patients.ListPainAsync(new ListPainRequest { PatientId = p.Id, From = D(expected.FirstDay.AddDays(-1)), To = D(expected.LastDay.AddDays(1)) });
    painMetric.Add($"{p.Id} ({p.Persona})", 2 * (p.Sessions.Count + p.UnwornSessions.Count), node.Reports.Count);
}

// Flags: every patient x clinical kind, present or not; band flags are listed, not scored (the truth has no battery level
// nor arrival times).
var expectedFlags = expected.Flags(now);
var nodeFlags = new HashSet<(string, string)>();
var bandFlags = new List<string>();
foreach (var clinic in expected.Patients.Select(ClinicOf).Distinct())
    foreach (var f in (await clinics.ListFlagsAsync(new ListFlagsRequest { ClinicId = clinic })).Flags)
        if (Expected.ClinicalKinds.Contains(f.Kind)) nodeFlags.Add((f.PatientId, f.Kind));
        else bandFlags.Add($"{f.PatientId} {f.Kind}: {f.Reason}");
var flagMetrics = Expected.ClinicalKinds.Select(k => new Metric("flag " + k)).ToArray();
foreach (var p in expected.Patients)
    for (var k = 0; k < flagMetrics.Length; k++)
    {
        var kind = Expected.ClinicalKinds[k];
        flagMetrics[k].Add($"{p.Id} ({p.Persona})", expectedFlags.Contains((p.Id, kind)) ? 1 : 0, nodeFlags.Contains((p.Id, kind)) ? 1 : 0);
    }

// RTM per month.
var rtmDays = new Metric("rtm data_days");
var rtmCodes = new Metric("rtm codes");
var codeDiffs = new List<string>();
var rows = expected.Rtm().ToArray();
foreach (var month in rows.Select(r => r.Month).Distinct())
{
    var node = new Dictionary<string, RtmPatient>();
    foreach (var clinic in expected.Patients.Select(ClinicOf).Distinct())
        foreach (var rp in (await reports.GetRtmReportAsync(new GetRtmReportRequest { ClinicId = clinic, Month = month })).Patients)
            node[rp.PatientId] = rp;
    foreach (var r in rows.Where(r => r.Month == month))
    {
        var n = node.GetValueOrDefault(r.Patient);
        var nodeDates = (n?.DataDayDates ?? []).ToHashSet();
        var truthDates = r.DataDays.Select(D).ToHashSet();
        var diff = string.Join(" ", truthDates.Except(nodeDates).Order().Select(d => "-" + d).Concat(nodeDates.Except(truthDates).Order().Select(d => "+" + d)));
        rtmDays.Add($"{r.Patient} {month}{(diff.Length > 0 ? $" (node {diff})" : "")}", r.DataDays.Count, n?.DataDays ?? 0);
        string e = string.Join(" ", r.Codes.Order()), g = string.Join(" ", (n?.Codes ?? []).Order());
        // Σ counts the codes; a different list of the same length counts half a code more, so it never passes as exact.
        var nodeCount = n?.Codes.Count ?? 0;
        rtmCodes.Add($"{r.Patient} {month}", r.Codes.Count, e == g ? nodeCount : nodeCount == r.Codes.Count ? nodeCount + 0.5 : nodeCount);
        if (e != g) codeDiffs.Add($"{r.Patient} {month} truth [{e}] node [{g}]");
    }
}

if (dumpPath is not null) File.WriteAllLines(dumpPath, dump);
var all = dayMetrics.Concat(weekMetrics).Concat(flagMetrics).Append(rtmDays).Append(rtmCodes).Append(painMetric).ToArray();
Console.WriteLine($"truth {truthPath}: {truth.Patients.Count} patients, {expected.FirstDay:yyyy-MM-dd}..{expected.LastDay:yyyy-MM-dd}, node {url}, now {now:yyyy-MM-dd HH:mm} UTC");
Console.WriteLine($"{"metric",-34} {"exact",12} {"share",7} {"Σ truth",10} {"Σ node",10}");
foreach (var m in all)
    Console.WriteLine($"{m.Name,-34} {$"{m.Exact}/{m.Count}",12} {m.Share,7:P1} {m.SumExpected,10} {m.SumNode,10}");
foreach (var m in all.Where(m => m.Exact < m.Count && m.Name != "rtm codes"))
{
    Console.WriteLine($"-- {m.Name}: worst");
    foreach (var w in m.Worst(worst)) Console.WriteLine("   " + w);
}
foreach (var c in codeDiffs.Take(worst)) Console.WriteLine("-- rtm codes: " + c);
if (bandFlags.Count > 0) Console.WriteLine($"-- band flags (not scored): {bandFlags.Count}, e.g. {bandFlags[0]}");
if (expected.DayIndexMismatches.Count > 0)
    Console.WriteLine($"-- truth: {expected.DayIndexMismatches.Count} sessions whose 'day' is not their local start date, e.g. {expected.DayIndexMismatches[0]}");
Console.WriteLine($"-- reps inside lost batches (invisible to any platform): {lostReps}");

var summary = new Dictionary<string, object>
{
    ["truth"] = truthPath, ["patients"] = truth.Patients.Count, ["now"] = now.ToString("O"),
    ["exact"] = all.ToDictionary(m => m.Name.Replace(' ', '.'), m => Math.Round(m.Share, 4)),
    ["all_exact"] = all.All(m => m.Exact == m.Count), ["reps_in_lost_batches"] = lostReps,
};
Console.WriteLine(JsonSerializer.Serialize(summary));
return 0;

using System.Globalization;
using HepSense.RepAccuracy;
using HepSense.Signal;

// Tuning experiments: Name=Value (a DetectorTuning property), --no-gyro (drop the gyroscope).
var tuning = TuningArguments.Parse(args.Skip(1));
if (args is [var dir, "--trace", var file, ..])
{
    var entry = ManifestEntry.Read(Path.Combine(dir, "manifest.csv")).Single(e => e.File == file);
    Console.WriteLine($"{entry.File}: {entry.Exercise}, true {entry.Reps} (partial {entry.PartialReps})");
    var window = args.SkipWhile(a => a != "--window").Skip(1).Take(2).Select(a => double.Parse(a, CultureInfo.InvariantCulture)).ToArray();
    var (traced, traceRate) = Vary(entry, Recording.Read(Path.Combine(dir, file)));
    Console.Write(SignalTrace.Render(traced, traceRate, tuning, window: window is [var from, var to] ? (from, to) : null));
    return 0;
}

if (args is [var periodsDir, "--periods", ..])
{
    // Labels against the signal: the period the detector estimates, next to the labelled reps' spacing.
    Console.Write(PeriodReport.Render(periodsDir, tuning));
    return 0;
}

if (args.Length < 1 || !File.Exists(Path.Combine(args[0], "manifest.csv")))
{
    Console.Error.WriteLine("usage: RepAccuracy DIR [--trace FILE [--window FROM TO]] [--periods] [--baseline] [--no-gyro] [--rate HZ] [--rotate] [--tempo FACTOR] [--mems GYRO_BIAS] [--only PREFIX] [--reps CSV] [Tuning=Value ...]   (DIR holds manifest.csv and the recordings it names)");
    return 2;
}

var dropGyro = args.Contains("--no-gyro");
var only = Option("--only");
var results = AccuracyHarness.Run(args[0], e => only is null || e.File.StartsWith(only, StringComparison.Ordinal),
    (rate, gyro) => new RepDetector(rate, gyro && !dropGyro, tuning),
    Vary);
if (Number("--tempo") is { } tempo)
    results = results.Select(r => r with { Truth = r.Truth?.Select(t => t with { StartS = t.StartS * tempo, EndS = t.EndS * tempo }).ToArray() }).ToArray();
var inv = CultureInfo.InvariantCulture;
Console.WriteLine($"{"file",-48} {"true",5} {"counted",8} {"error",6} {"partial c/t",12}");
foreach (var r in results)
{
    var partialTrue = r.Entry.PartialReps?.ToString(inv) ?? "-";
    Console.WriteLine(string.Create(inv, $"{r.Entry.File,-48} {r.Entry.Reps,5} {r.Counted,8} {r.Error,6:+0;-0;0} {r.PartialCounted + "/" + partialTrue,12}"));
}
if (Option("--reps") is { } repsFile) File.WriteAllText(repsFile, RepListing.Render(results));
Console.WriteLine();
// Per source and per subject: tuned on all of them together, so a subject far below the rest would show overfitting.
foreach (var group in results.GroupBy(r => r.Entry.Source))
    Console.WriteLine($"{group.Key,-8} {Summary.Of(group.ToArray())}");
foreach (var group in results.GroupBy(r => $"{r.Entry.Source}/{r.Entry.Subject}").Where(g => results.Any(r => $"{r.Entry.Source}/{r.Entry.Subject}" != g.Key && r.Entry.Source == g.First().Entry.Source)))
    Console.WriteLine($"{group.Key,-8} {Summary.Of(group.ToArray())}");
Console.WriteLine("missed/extra per file are max(0, true - counted) and max(0, counted - true): only counts are labelled.");
if (args.Contains("--baseline"))
{
    // The regression test's baseline: overall and per source, uci-pt without its gyroscope, 1.5x slower, and both.
    var groups = new Dictionary<string, Summary> { ["all"] = Summary.Of(results) };
    foreach (var group in results.GroupBy(r => r.Entry.Source)) groups[group.Key] = Summary.Of(group.ToArray());
    groups["uci-pt" + AccuracyHarness.NoGyroscopeSuffix] = Summary.Of(AccuracyHarness.RunWithoutGyroscope(args[0], e => e.Source == "uci-pt").ToArray());
    groups["uci-pt" + AccuracyHarness.SlowerSuffix] = Summary.Of(AccuracyHarness.RunSlower(args[0], e => e.Source == "uci-pt").ToArray());
    groups["uci-pt" + AccuracyHarness.NoGyroscopeSuffix + AccuracyHarness.SlowerSuffix] =
        Summary.Of(AccuracyHarness.RunSlower(args[0], e => e.Source == "uci-pt", useGyroscope: false).ToArray());
    Console.Error.WriteLine(System.Text.Json.JsonSerializer.Serialize(groups, new System.Text.Json.JsonSerializerOptions
    {
        WriteIndented = true, DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    }));
}
var summary = Summary.Of(results);
Console.WriteLine($"{"all",-8} {summary}");
Console.WriteLine(summary.ToJson());
return 0;

// Generalisation checks: --rate HZ resamples every recording, --tempo F plays it F times slower, --rotate turns every band's frame,
// --mems B makes it a consumer sensor's (gyroscope bias up to B rad/s per axis, noise, 16 bits).
(Recording, double) Vary(ManifestEntry entry, Recording recording)
{
    var rate = Number("--rate") ?? entry.RateHz;
    var changed = rate == entry.RateHz ? recording : recording.Resample(entry.RateHz, rate);
    if (Number("--tempo") is { } slower) changed = changed.Stretch(rate, slower);
    if (args.Contains("--rotate")) changed = changed.Rotate(entry.Seed);
    if (Number("--mems") is { } gyroBias) changed = changed.Cheapen(entry.Seed, gyroBias);
    return (changed, rate);
}

// The value after an option (--only PREFIX, --rate HZ, --tempo F, --mems B, --reps CSV), if given.
string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
double? Number(string name) => Option(name) is { } value ? double.Parse(value, CultureInfo.InvariantCulture) : null;

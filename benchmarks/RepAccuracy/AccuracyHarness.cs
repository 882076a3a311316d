using HepSense.Signal;

namespace HepSense.RepAccuracy;

/// <summary>
/// Runs the streaming detector over every recording of a manifest exactly as a band's grain would:
/// one-second batches, then Flush. Latency is how long after a rep's end (as the detector places it)
/// the rep came out, counting that it can only come out at the end of the batch that held it.
/// </summary>
public static class AccuracyHarness
{
    /// <summary>The accelerometer-only check: the gyroscope of every recording is ignored.</summary>
    public const string NoGyroscopeSuffix = " (no gyroscope)";

    public static IReadOnlyList<FileResult> RunWithoutGyroscope(string directory, Func<ManifestEntry, bool>? filter = null) =>
        Run(directory, filter, (rate, _) => new RepDetector(rate, false));

    /// <summary>The other-tempo check: every recording played this many times slower (a patient in pain).</summary>
    public const double SlowerTempo = 1.5;
    public const string SlowerSuffix = " (1.5x slower)";

    public static IReadOnlyList<FileResult> RunSlower(string directory, Func<ManifestEntry, bool>? filter = null, bool useGyroscope = true) =>
        Run(directory, filter, (rate, gyro) => new RepDetector(rate, gyro && useGyroscope), (entry, recording) => (recording.Stretch(entry.RateHz, SlowerTempo), entry.RateHz));

    public static IReadOnlyList<FileResult> Run(string directory, Func<ManifestEntry, bool>? filter = null) =>
        Run(directory, filter, (rate, gyro) => new RepDetector(rate, gyro));

    public static IReadOnlyList<FileResult> Run(string directory, Func<ManifestEntry, bool>? filter, Func<double, bool, RepDetector> create,
        Func<ManifestEntry, Recording, (Recording, double)>? variant = null)
    {
        var entries = ManifestEntry.Read(Path.Combine(directory, "manifest.csv")).Where(filter ?? (_ => true)).ToArray();
        var truth = TrueRep.Read(directory);
        var results = new FileResult[entries.Length];
        Parallel.For(0, entries.Length, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            try
            {
                var recording = Recording.Read(Path.Combine(directory, entries[i].File));
                var (samples, rate) = variant?.Invoke(entries[i], recording) ?? (recording, entries[i].RateHz);
                results[i] = Evaluate(entries[i], samples, rate, create(rate, recording.HasGyroscope)) with { Truth = truth.GetValueOrDefault(entries[i].File) };
            }
            catch (Exception e) when (e is FormatException or IOException)
            {
                // One unreadable recording must not hide the others' results: it is scored as counting nothing.
                Console.Error.WriteLine($"{entries[i].File}: not scored ({e.Message}); counted as 0 reps.");
                results[i] = new FileResult(entries[i], 0, 0, []);
            }
        });
        return results;
    }

    public static FileResult Evaluate(ManifestEntry entry, Recording recording, double rateHz, RepDetector detector)
    {
        var reps = Detect(recording, detector, rateHz, out var latencies);
        return new FileResult(entry, reps.Count, reps.Count(r => r.Partial), latencies, reps, rateHz);
    }

    public static List<DetectedRep> Detect(Recording recording, RepDetector detector, double rateHz, out List<double> latenciesS)
    {
        var batch = Math.Max(1, (int)Math.Round(rateHz));
        var reps = new List<DetectedRep>();
        latenciesS = [];
        for (var at = 0; at < recording.Samples.Length; at += batch)
        {
            var length = Math.Min(batch, recording.Samples.Length - at);
            var before = reps.Count;
            detector.Process(recording.Samples.AsSpan(at, length), reps);
            for (var k = before; k < reps.Count; k++) latenciesS.Add((at + length - 1 - reps[k].EndSample) / rateHz);
        }
        var pending = reps.Count;
        detector.Flush(reps);
        for (var k = pending; k < reps.Count; k++) latenciesS.Add(Math.Max(0, (recording.Samples.Length - 1 - reps[k].EndSample) / rateHz));
        return reps;
    }
}

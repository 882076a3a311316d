using System.Globalization;
using HepSense.RepAccuracy;

namespace HepSense.Signal.Benchmarks;

/// <summary>
/// The fixed stream every benchmark runs on: a recording of data/imu, optionally resampled, repeated to <see cref="Samples"/>
/// samples so every file costs the same; and the detector fed it in one-second batches, as a band's grain does.
/// </summary>
internal static class BenchmarkStream
{
    public const int Samples = 200_000;

    /// <summary><paramref name="file"/> (in data/imu) at <paramref name="rateHz"/> (0: its own rate).</summary>
    public static (ImuSample[] Samples, double RateHz, bool HasGyroscope) Read(string file, double rateHz = 0)
    {
        var dir = Path.Combine(RepoRoot(), "data", "imu");
        var entry = ManifestEntry.Read(Path.Combine(dir, "manifest.csv")).Single(e => e.File == file);
        var recording = Recording.Read(Path.Combine(dir, file));
        var rate = entry.RateHz;
        if (rateHz > 0 && rateHz != rate) (recording, rate) = (recording.Resample(rate, rateHz), rateHz);
        var samples = Enumerable.Range(0, Samples).Select(i => recording.Samples[i % recording.Samples.Length]).ToArray();
        return (samples, rate, recording.HasGyroscope);
    }

    /// <summary>"FILE" or "FILE@RATE" (resampled to RATE Hz).</summary>
    public static (ImuSample[] Samples, double RateHz, bool HasGyroscope) Read(string fileAtRate) =>
        fileAtRate.Split('@') is [var file, var rate] ? Read(file, double.Parse(rate, CultureInfo.InvariantCulture)) : Read(fileAtRate, 0);

    /// <summary>The detector over <paramref name="samples"/> in one-second batches: how many reps it found.</summary>
    public static int Detect(ImuSample[] samples, double rateHz, bool hasGyroscope, DetectorTuning tuning)
    {
        var detector = new RepDetector(rateHz, hasGyroscope, tuning);
        var reps = new List<DetectedRep>();
        var batch = (int)Math.Round(rateHz);
        for (var at = 0; at < samples.Length; at += batch)
            detector.Process(samples.AsSpan(at, Math.Min(batch, samples.Length - at)), reps);
        detector.Flush(reps);
        return reps.Count;
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "HepSense.sln"))) return dir.FullName;
        throw new InvalidOperationException("HepSense.sln not found.");
    }
}

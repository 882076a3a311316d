using BenchmarkDotNet.Attributes;
using HepSense.RepAccuracy;

namespace HepSense.Signal.Benchmarks;

/// <summary>
/// The detector on real recordings, fed in one-second batches as a band's grain does. BenchmarkDotNet
/// reports time per sample (OperationsPerInvoke); samples per second per core is its reciprocal.
/// </summary>
[MemoryDiagnoser]
public class RepDetectorBenchmark
{
    private const int Samples = 200_000;
    private ImuSample[] _samples = [];
    private double _rate;
    private bool _gyro;

    /// <summary>A recording of data/imu, optionally "@RATE": resampled to RATE Hz (uci-pt is 25 Hz; a gyroscope at 50 Hz).</summary>
    [Params("uci-pt/s1-e1-test.csv", "uci-pt/s1-e1-test.csv@50", "muvr/arms-labelled_arms_jan-2_1.csv")]
    public string File { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var dir = Path.Combine(RepoRoot(), "data", "imu");
        var (file, at) = File.Split('@') is [var f, var r] ? (f, double.Parse(r, System.Globalization.CultureInfo.InvariantCulture)) : (File, 0.0);
        var entry = ManifestEntry.Read(Path.Combine(dir, "manifest.csv")).Single(e => e.File == file);
        var recording = Recording.Read(Path.Combine(dir, file));
        _rate = entry.RateHz;
        if (at > 0 && at != _rate) (recording, _rate) = (recording.Resample(_rate, at), at);
        _gyro = recording.HasGyroscope;
        // Repeat the recording to a fixed length so both files cost the same number of samples.
        _samples = Enumerable.Range(0, Samples).Select(i => recording.Samples[i % recording.Samples.Length]).ToArray();
    }

    [Benchmark(OperationsPerInvoke = Samples)]
    public int Detect()
    {
        var detector = new RepDetector(_rate, _gyro);
        var reps = new List<DetectedRep>();
        var batch = (int)Math.Round(_rate);
        for (var at = 0; at < _samples.Length; at += batch)
            detector.Process(_samples.AsSpan(at, Math.Min(batch, _samples.Length - at)), reps);
        detector.Flush(reps);
        return reps.Count;
    }

    internal static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "HepSense.sln"))) return dir.FullName;
        throw new InvalidOperationException("HepSense.sln not found.");
    }
}

using System.Globalization;
using System.Runtime.InteropServices;
using HepSense.RepAccuracy;

namespace HepSense.Signal.Benchmarks;

/// <summary>
/// The detector's time per input sample as this thread's CPU time, best of several runs of a fixed stream (a recording of
/// data/imu, resampled to RATE and repeated to 200 000 samples, in one-second batches): unlike wall time, robust to a machine
/// shared with other builds. Usage: <c>--cpu FILE RATE RUNS [Name=Value ...]</c> (a tuning, as the accuracy harness takes).
/// </summary>
internal static class CpuTime
{
    private const int Samples = 200_000;

    public static void Run(string[] args)
    {
        var (file, rate, runs) = (args[1], double.Parse(args[2], CultureInfo.InvariantCulture), int.Parse(args[3], CultureInfo.InvariantCulture));
        var tuning = TuningArguments.Parse(args[4..]);
        var dir = Path.Combine(RepDetectorBenchmark.RepoRoot(), "data", "imu");
        var entry = ManifestEntry.Read(Path.Combine(dir, "manifest.csv")).Single(e => e.File == file);
        var recording = Recording.Read(Path.Combine(dir, file));
        if (rate != entry.RateHz) recording = recording.Resample(entry.RateHz, rate);
        var samples = Enumerable.Range(0, Samples).Select(i => recording.Samples[i % recording.Samples.Length]).ToArray();
        var best = double.MaxValue;
        var reps = 0;
        for (var run = 0; run <= runs; run++)   // run 0 warms the JIT up
        {
            var from = ThreadNs();
            reps = Detect(samples, rate, recording.HasGyroscope, tuning);
            var ns = (double)(ThreadNs() - from) / Samples;
            if (run > 0) best = Math.Min(best, ns);
        }
        Console.WriteLine(FormattableString.Invariant($"{file} @ {rate} Hz gyro {recording.HasGyroscope}: best of {runs} {best:F1} ns/sample ({reps} reps)"));
    }

    private static int Detect(ImuSample[] samples, double rate, bool gyro, DetectorTuning tuning)
    {
        var detector = new RepDetector(rate, gyro, tuning);
        var reps = new List<DetectedRep>();
        var batch = (int)Math.Round(rate);
        for (var at = 0; at < samples.Length; at += batch)
            detector.Process(samples.AsSpan(at, Math.Min(batch, samples.Length - at)), reps);
        detector.Flush(reps);
        return reps.Count;
    }

    private static long ThreadNs()
    {
        if (ClockGetTime(ThreadCpuTimeId, out var t) != 0) throw new InvalidOperationException("clock_gettime failed.");
        return t.Seconds * 1_000_000_000 + t.Nanoseconds;
    }

    private const int ThreadCpuTimeId = 3;   // CLOCK_THREAD_CPUTIME_ID (Linux)

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}

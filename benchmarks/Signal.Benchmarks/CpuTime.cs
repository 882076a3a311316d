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
    public static void Run(string[] args)
    {
        var (file, rate, runs) = (args[1], double.Parse(args[2], CultureInfo.InvariantCulture), int.Parse(args[3], CultureInfo.InvariantCulture));
        var tuning = TuningArguments.Parse(args[4..]);
        var (samples, _, gyro) = BenchmarkStream.Read(file, rate);
        var best = double.MaxValue;
        var reps = 0;
        for (var run = 0; run <= runs; run++)   // run 0 warms the JIT up
        {
            var from = ThreadNs();
            reps = BenchmarkStream.Detect(samples, rate, gyro, tuning);
            var ns = (double)(ThreadNs() - from) / samples.Length;
            if (run > 0) best = Math.Min(best, ns);
        }
        Console.WriteLine(FormattableString.Invariant($"{file} @ {rate} Hz gyro {gyro}: best of {runs} {best:F1} ns/sample ({reps} reps)"));
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

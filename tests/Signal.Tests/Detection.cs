namespace HepSense.Signal.Tests;

internal static class Detection
{
    /// <summary>Runs <paramref name="detector"/> over a whole stream in batches of <paramref name="batch"/> samples (0: one second), then flushes.</summary>
    public static List<DetectedRep> Run(RepDetector detector, ImuSample[] samples, int batch = 0)
    {
        var reps = new List<DetectedRep>();
        var size = batch > 0 ? batch : (int)Math.Round(detector.SampleRateHz);
        for (var at = 0; at < samples.Length; at += size)
            detector.Process(samples.AsSpan(at, Math.Min(size, samples.Length - at)), reps);
        detector.Flush(reps);
        return reps;
    }

    /// <summary>How many reps a detector at <paramref name="rateHz"/> counts in the whole stream (default tuning when none is given).</summary>
    public static int Count(ImuSample[] samples, double rateHz, bool gyro, DetectorTuning? tuning = null) =>
        Run(new RepDetector(rateHz, gyro, tuning ?? new DetectorTuning()), samples).Count;
}

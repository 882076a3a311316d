using HepSense.Signal;

namespace HepSense.Grains.Tests;

/// <summary>What the band's grain should find: the detector run offline over the same batches in seq order.</summary>
public static class OfflineReps
{
    /// <summary>Reps found before and after the end-of-stream flush.</summary>
    public static (int Streaming, int Flushed) Find(IEnumerable<ImuBatchData> batches, float rateHz)
    {
        var detector = new RepDetector(rateHz, hasGyroscope: true);
        var reps = new List<DetectedRep>();
        foreach (var batch in batches.OrderBy(b => b.Seq)) detector.Process(SampleDecoder.Decode(batch), reps);
        var streaming = reps.Count;
        detector.Flush(reps);
        return (streaming, reps.Count);
    }

    /// <summary>Reps found, the end-of-stream flush included.</summary>
    public static int Count(IEnumerable<ImuBatchData> batches, float rateHz) => Find(batches, rateHz).Flushed;
}

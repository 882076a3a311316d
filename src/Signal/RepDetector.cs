namespace HepSense.Signal;

/// <summary>
/// Streaming, causal repetition detector for one band. Feed it samples in order; it appends each rep
/// to <c>output</c> shortly (about a second) after the rep ends. State is small and bounded.
/// PLACEHOLDER: the public surface is the contract; the implementation is being written.
/// </summary>
public sealed class RepDetector(double sampleRateHz, bool hasGyroscope)
{
    public double SampleRateHz { get; } = sampleRateHz;
    public bool HasGyroscope { get; } = hasGyroscope;
    public long SamplesSeen { get; private set; }

    public void Process(ReadOnlySpan<ImuSample> samples, ICollection<DetectedRep> output) => SamplesSeen += samples.Length;

    /// <summary>End of stream (session over, band silent): report a rep still pending.</summary>
    public void Flush(ICollection<DetectedRep> output) { }
}

namespace HepSense.Grains;

/// <summary>A decoded and validated ImuBatch as it travels to the band's grain: samples stay packed (int16 LE).</summary>
[GenerateSerializer, Immutable]
public sealed record ImuBatchData(
    [property: Id(0)] ulong Seq,
    [property: Id(1)] long DeviceTimeMs,
    [property: Id(2)] float SampleRateHz,
    [property: Id(3)] float AccelScale,
    [property: Id(4)] float GyroScale,
    [property: Id(5)] int Channels,
    [property: Id(6)] byte[] Samples);

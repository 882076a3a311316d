using BenchmarkDotNet.Attributes;

namespace HepSense.Signal.Benchmarks;

/// <summary>
/// The detector on real recordings, fed in one-second batches as a band's grain does. BenchmarkDotNet
/// reports time per sample (OperationsPerInvoke); samples per second per core is its reciprocal.
/// </summary>
[MemoryDiagnoser]
public class RepDetectorBenchmark
{
    private const int Samples = BenchmarkStream.Samples;
    private ImuSample[] _samples = [];
    private double _rate;
    private bool _gyro;

    /// <summary>A recording of data/imu, optionally "@RATE": resampled to RATE Hz (uci-pt is 25 Hz; a gyroscope at 50 Hz).</summary>
    [Params("uci-pt/s1-e1-test.csv", "uci-pt/s1-e1-test.csv@50", "muvr/arms-labelled_arms_jan-2_1.csv")]
    public string File { get; set; } = "";

    [GlobalSetup]
    public void Setup() => (_samples, _rate, _gyro) = BenchmarkStream.Read(File);

    [Benchmark(OperationsPerInvoke = Samples)]
    public int Detect() => BenchmarkStream.Detect(_samples, _rate, _gyro, new DetectorTuning());
}

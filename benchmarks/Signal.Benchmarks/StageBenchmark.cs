using BenchmarkDotNet.Attributes;

namespace HepSense.Signal.Benchmarks;

/// <summary>
/// Single stages of the gyroscope path on the uci-pt recording (25 Hz), time per sample: where the detector's time goes.
/// The translation path's acceleration cycle counter was about 40 % of the whole with a gyroscope (session 10).
/// </summary>
public class StageBenchmark
{
    private const int Samples = BenchmarkStream.Samples;
    private ImuSample[] _samples = [];
    private double _rate;

    [GlobalSetup]
    public void Setup() => (_samples, _rate, _) = BenchmarkStream.Read("uci-pt/s1-e1-test.csv");

    /// <summary>The translation path's cycle counter (acceleration only, no meter), as <see cref="TranslationReps"/> runs it.</summary>
    [Benchmark(OperationsPerInvoke = Samples)]
    public long TranslationCycles()
    {
        var cycles = new CycleCounter(_rate, new DetectorTuning());
        cycles.Settle(in _samples[0]);
        long sum = 0;
        for (var n = 0; n < _samples.Length; n++)
            if (cycles.Add(n, in _samples[n], out var start, out _)) sum += start;
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Samples)]
    public int Period()
    {
        var t = new DetectorTuning();
        var period = new PeriodEstimator(_rate, t.PeriodMinS, t.PeriodMaxS, t.PeriodMemoryS, t.SubPeriodShare, t.GapPeriodShare);
        var renewed = 0;
        foreach (ref readonly var s in _samples.AsSpan())
            if (period.Add(s.Ax, s.Ay, s.Az)) renewed++;
        return renewed;
    }

    /// <summary>The gyroscope's rotation since rest (bias learning, two slow 3-axis low-passes).</summary>
    [Benchmark(OperationsPerInvoke = Samples)]
    public double Rotation()
    {
        var rotation = new RotationSinceRest(_rate, new DetectorTuning());
        rotation.Settle(in _samples[0]);
        foreach (ref readonly var s in _samples.AsSpan()) rotation.Add(in s);
        return rotation.X;
    }
}

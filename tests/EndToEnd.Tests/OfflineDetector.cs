using HepSense.Contracts.Band;
using HepSense.FirmwareSim.Band;
using HepSense.FirmwareSim.Recording;
using HepSense.Signal;
using ImuSample = HepSense.Signal.ImuSample;

namespace HepSense.EndToEnd.Tests;

/// <summary>What the detector finds in a recording offline, on the same int16 values a band sends, in ~1 s batches.</summary>
public static class OfflineDetector
{
    public static (int Samples, List<DetectedRep> Reps) Run(string csv, double rateHz)
    {
        var samples = Read(csv);
        var hasGyro = samples.Any(s => s.Gx != 0 || s.Gy != 0 || s.Gz != 0);
        var detector = new RepDetector(rateHz, hasGyro);
        var reps = new List<DetectedRep>();
        var batch = Math.Max(1, (int)Math.Round(rateHz));
        for (var i = 0; i < samples.Length; i += batch)
            detector.Process(samples.AsSpan(i, Math.Min(batch, samples.Length - i)), reps);
        detector.Flush(reps);
        return (samples.Length, reps);
    }

    /// <summary>The recording as the band would quantise it, with the band's own scales.</summary>
    private static ImuSample[] Read(string csv)
    {
        var (accel, gyro) = (SensorSpec.Default.AccelScale, SensorSpec.Default.GyroScale);
        return [.. ImuCsv.Read(csv).Samples.Select(s => new ImuSample(
            Q(s.Ax, accel), Q(s.Ay, accel), Q(s.Az, accel), Q(s.Gx, gyro), Q(s.Gy, gyro), Q(s.Gz, gyro)))];
    }

    private static float Q(double value, double scale) => (float)(PackedSamples.Quantise(value, scale) * scale);
}

using System.Globalization;
using HepSense.Contracts.Band;
using HepSense.Signal;

namespace HepSense.EndToEnd.Tests;

/// <summary>What the detector finds in a recording offline, on the same int16 values a band sends, in ~1 s batches.</summary>
public static class OfflineDetector
{
    public const double AccelScale = 16 * 9.80665 / 32768;
    public const double GyroScale = 2000 * Math.PI / 180 / 32768;

    public static (int Samples, List<DetectedRep> Reps) Run(string csv, double rateHz)
    {
        var samples = Read(csv);
        var hasGyro = samples.Any(s => s.Gx != 0 || s.Gy != 0 || s.Gz != 0);
        var detector = new RepDetector(rateHz, hasGyro);
        var reps = new List<DetectedRep>();
        var batch = Math.Max(1, (int)Math.Round(rateHz));
        for (var i = 0; i < samples.Count; i += batch)
            detector.Process(samples.GetRange(i, Math.Min(batch, samples.Count - i)).ToArray(), reps);
        detector.Flush(reps);
        return (samples.Count, reps);
    }

    private static List<ImuSample> Read(string csv) =>
        File.ReadLines(csv).Skip(1).Where(l => l.Length > 0).Select(line =>
        {
            var f = line.Split(',');
            float A(int i) => Q(f[i], AccelScale);
            float G(int i) => f[i].Length == 0 ? 0 : Q(f[i], GyroScale);
            return new ImuSample(A(1), A(2), A(3), G(4), G(5), G(6));
        }).ToList();

    private static float Q(string value, double scale) =>
        (float)(PackedSamples.Quantise(double.Parse(value, CultureInfo.InvariantCulture), scale) * scale);
}

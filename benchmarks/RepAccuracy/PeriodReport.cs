using System.Globalization;
using System.Text;
using HepSense.Signal;

namespace HepSense.RepAccuracy;

/// <summary>
/// Per recording, the period the accelerometer-only counter estimates (median over the file, and its
/// autocorrelation) next to the labelled reps' spacing: a label far from the signal's own count shows here.
/// </summary>
internal static class PeriodReport
{
    public static string Render(string dir, DetectorTuning tuning)
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.AppendLine($"{"file",-48} {"exercise",-30} {"true",4} {"s/rep",6} {"period",6} {"corr",5} {"cycles",6}");
        foreach (var entry in ManifestEntry.Read(Path.Combine(dir, "manifest.csv")))
        {
            var samples = Recording.Read(Path.Combine(dir, entry.File)).Samples;
            var counter = new CycleCounter(entry.RateHz, tuning);
            var periods = new List<double>();
            var strengths = new List<double>();
            var second = Math.Max(1, (int)Math.Round(entry.RateHz));
            for (var n = 0; n < samples.Length; n++)
            {
                if (n == 0) counter.Settle(in samples[0]);
                counter.Add(n, in samples[n], out _, out _);
                if (n % second == 0 && counter.PeriodS > 0) { periods.Add(counter.PeriodS); strengths.Add(counter.PeriodStrength); }
            }
            var seconds = samples.Length / entry.RateHz;
            var period = Median(periods);
            text.AppendLine(string.Create(inv, $"{entry.File,-48} {entry.Exercise,-30} {entry.Reps,4} {seconds / entry.Reps,6:F2} {period,6:F2} {Median(strengths),5:F2} {(period > 0 ? seconds / period : 0),6:F1}"));
        }
        return text.ToString();
    }

    private static double Median(List<double> values)
    {
        if (values.Count == 0) return 0;
        values.Sort();
        return values[values.Count / 2];
    }
}

using System.Text;
using HepSense.Signal;

namespace HepSense.RepAccuracy;

/// <summary>
/// A text picture of what the detector saw in one recording, for tuning: one character per fifth of
/// a second (the position signal scaled 0–9 over the recording), and
/// under it where each rep ended ('R', or 'p' when flagged partial) with its set number.
/// </summary>
public static class SignalTrace
{
    /// <param name="window">When given (seconds from, to), the position and threshold there in numbers, every 0.2 s.</param>
    internal static string Render(Recording recording, double rateHz, DetectorTuning? tuning = null, int perRow = 100, (double From, double To)? window = null)
    {
        var detector = new RepDetector(rateHz, recording.HasGyroscope && !Environment.GetCommandLineArgs().Contains("--no-gyro"), tuning ?? new DetectorTuning());
        var step = Math.Max(1, (int)Math.Round(rateHz / 5));
        var count = (recording.Samples.Length + step - 1) / step;
        var values = new double[count];
        var thresholds = new double[count];
        detector.Probe = (n, x, h) => { values[n / step] = x; thresholds[n / step] = h; };
        var reps = AccuracyHarness.Detect(recording, detector, rateHz, out _);
        double lo = values.Min(), hi = values.Max(), span = Math.Max(1e-9, hi - lo);
        var cells = values.Select(x => (char)('0' + (int)Math.Min(9, 10 * (x - lo) / span))).ToArray();
        var marks = new char[cells.Length];
        Array.Fill(marks, ' ');
        foreach (var rep in reps) marks[Math.Min(cells.Length - 1, rep.EndSample / step)] = rep.Partial ? 'p' : 'R';
        var text = new StringBuilder();
        for (var at = 0; at < cells.Length; at += perRow)
        {
            var len = Math.Min(perRow, cells.Length - at);
            text.AppendLine($"{at / 5.0,6:F0}s {new string(cells, at, len)}");
            text.AppendLine($"{"",7} {new string(marks, at, len)}");
        }
        if (window is var (from, to))
            for (var k = (int)(from * 5); k < Math.Min(count, (int)(to * 5)); k++)
                text.AppendLine(System.FormattableString.Invariant($"{k / 5.0,7:F1}s  position {values[k],7:F3}  threshold {thresholds[k]:F3}"));
        text.AppendLine(System.FormattableString.Invariant($"signal range {lo:F2}..{hi:F2}, threshold {thresholds.Min():F2}..{thresholds.Max():F2}"));
        foreach (var rep in reps)
            text.AppendLine(System.FormattableString.Invariant(
                $"set {rep.SetNumber} rep {rep.RepInSet}: {rep.StartSample / rateHz:F1}-{rep.EndSample / rateHz:F1} s  {rep.DurationS:F1} s  rom {rep.RomDeg:F0}°  peak {rep.PeakAngularSpeedDps:F0}°/s  partial {rep.Partial}  conf {rep.Confidence:F2}"));
        return text.ToString();
    }
}

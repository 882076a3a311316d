using System.Text;
using HepSense.Signal;

namespace HepSense.RepAccuracy;

/// <summary>
/// A text picture of what the detector saw in one recording, for tuning: one character per fifth of
/// a second ('=' / '-' above / below the threshold, '+' / '~' above / below 30% of it, '.' quiet), and
/// under it where each rep ended ('R', or 'p' when flagged partial) with its set number.
/// </summary>
public static class SignalTrace
{
    public static string Render(Recording recording, double rateHz, int perRow = 100)
    {
        var detector = new RepDetector(rateHz, recording.HasGyroscope);
        var step = Math.Max(1, (int)Math.Round(rateHz / 5));
        var cells = new char[(recording.Samples.Length + step - 1) / step];
        Array.Fill(cells, '.');
        var best = new double[cells.Length];
        detector.Probe = (n, x, h) =>
        {
            var c = (int)(n / step);
            var r = x / h;
            if (Math.Abs(r) < Math.Abs(best[c])) return;
            best[c] = r;
            cells[c] = r > 1 ? '=' : r < -1 ? '-' : r > 0.3 ? '+' : r < -0.3 ? '~' : '.';
        };
        var reps = AccuracyHarness.Detect(recording, detector, rateHz, out _);
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
        foreach (var rep in reps)
            text.AppendLine(System.FormattableString.Invariant(
                $"set {rep.SetNumber} rep {rep.RepInSet}: {rep.StartSample / rateHz:F1}-{rep.EndSample / rateHz:F1} s  {rep.DurationS:F1} s  rom {rep.RomDeg:F0}°  peak {rep.PeakAngularSpeedDps:F0}°/s  partial {rep.Partial}  conf {rep.Confidence:F2}"));
        return text.ToString();
    }
}

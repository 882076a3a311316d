using System.Globalization;

namespace HepSense.RepAccuracy;

/// <summary>One line of manifest.csv: <c>file,source,subject,exercise,placement,rate_hz,reps,partial_reps,notes</c>.</summary>
public sealed record ManifestEntry(string File, string Source, string Subject, string Exercise, double RateHz, int Reps, int? PartialReps)
{
    public static IReadOnlyList<ManifestEntry> Read(string path)
    {
        var lines = System.IO.File.ReadAllLines(path);
        if (lines.Length == 0) throw new FormatException($"{path} is empty.");
        var header = lines[0].Split(',');
        int Col(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i : throw new FormatException($"{path} has no '{name}' column.");
        int file = Col("file"), source = Col("source"), subject = Col("subject"), exercise = Col("exercise"),
            rate = Col("rate_hz"), reps = Col("reps"), partial = Col("partial_reps");
        var entries = new List<ManifestEntry>();
        for (var n = 1; n < lines.Length; n++)
        {
            if (string.IsNullOrWhiteSpace(lines[n])) continue;
            var f = lines[n].Split(',');
            if (f.Length < header.Length - 1) throw new FormatException($"{path} line {n + 1}: expected {header.Length} fields.");
            entries.Add(new ManifestEntry(f[file], f[source], f[subject], f[exercise],
                double.Parse(f[rate], CultureInfo.InvariantCulture), int.Parse(f[reps], CultureInfo.InvariantCulture),
                f[partial].Length == 0 ? null : int.Parse(f[partial], CultureInfo.InvariantCulture)));
        }
        return entries;
    }
}

using System.Globalization;
using System.Text;

namespace HepSense.RepAccuracy;

/// <summary>
/// One line of manifest.csv: <c>file,source,subject,exercise,placement,rate_hz,reps,partial_reps,notes</c>.
/// Only <c>file</c> and <c>reps</c> are required: a missing rate is taken from the recording's t column, a
/// missing source from the file's folder. Fields may be quoted (RFC 4180), so notes may hold commas.
/// </summary>
public sealed record ManifestEntry(string File, string Source, string Subject, string Exercise, double RateHz, int Reps, int? PartialReps)
{
    /// <summary>The file's own seed for the generalisation checks, the same in every run (string.GetHashCode differs per process).</summary>
    public int Seed => File.Aggregate(17, (h, c) => unchecked(h * 31 + c));

    public static IReadOnlyList<ManifestEntry> Read(string path)
    {
        var lines = System.IO.File.ReadAllLines(path);
        if (lines.Length == 0) throw new FormatException($"{path} is empty.");
        var header = Fields(lines[0]).Select(h => h.Trim().ToLowerInvariant()).ToArray();
        int Column(string name) => Array.IndexOf(header, name);
        int Required(string name) => Column(name) is var i and >= 0 ? i : throw new FormatException($"{path} has no '{name}' column.");
        int file = Required("file"), reps = Required("reps");
        int source = Column("source"), subject = Column("subject"), exercise = Column("exercise"), rate = Column("rate_hz"), partial = Column("partial_reps");
        var entries = new List<ManifestEntry>();
        for (var n = 1; n < lines.Length; n++)
        {
            if (string.IsNullOrWhiteSpace(lines[n])) continue;
            var f = Fields(lines[n]);
            string Field(int i) => i >= 0 && i < f.Count ? f[i].Trim() : "";
            double? Number(int i, string name) => Field(i) is { Length: > 0 } s
                ? double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v
                  : throw new FormatException($"{path} line {n + 1}: {name} '{s}' is not a number.")
                : null;
            var name = Field(file);
            if (name.Length == 0) throw new FormatException($"{path} line {n + 1}: no file.");
            var count = Number(reps, "reps") ?? throw new FormatException($"{path} line {n + 1}: no reps.");
            entries.Add(new ManifestEntry(name,
                Field(source) is { Length: > 0 } s ? s : name.Contains('/') ? name[..name.IndexOf('/')] : "all",
                Field(subject), Field(exercise), Number(rate, "rate_hz") ?? RateOf(Path.Combine(Path.GetDirectoryName(path) ?? ".", name)), (int)count, Number(partial, "partial_reps") is { } p ? (int)p : null));
        }
        return entries;
    }

    /// <summary>
    /// The rate of a recording the manifest gives none for, from its t column. An unreadable recording gets NaN
    /// instead of stopping the whole manifest: the harness names it when it reads it, and scores the others.
    /// </summary>
    private static double RateOf(string recording)
    {
        try { return HepSense.FirmwareSim.Recording.ImuCsv.Read(recording).RateHz; }
        catch (Exception e) when (e is FormatException or IOException) { return double.NaN; }
    }

    /// <summary>The fields of one CSV line; a quoted field may hold commas and doubled quotes.</summary>
    private static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        fields.Add(field.ToString());
        return fields;
    }
}

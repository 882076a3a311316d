using HepSense.Signal;
using System.Text.Json;
using HepSense.FirmwareSim.Truth;

namespace HepSense.RepAccuracy;

/// <summary>
/// One labelled repetition, in seconds from the recording's first sample. Only simulated sets have them
/// (firmware-sim dataset writes truth.json next to its manifest); the recorded ones are labelled by count.
/// </summary>
public sealed record TrueRep(double StartS, double EndS, double RomDeg, bool Partial)
{
    /// <summary>
    /// Per recording file, its labelled reps; empty when DIR has no truth.json. Two layouts: firmware-sim dataset's
    /// ground truth (one session per file, its id the file), or a plain object of file → [{start_s, end_s, rom_deg, partial}].
    /// </summary>
    public static IReadOnlyDictionary<string, TrueRep[]> Read(string directory)
    {
        var path = Path.Combine(directory, "truth.json");
        if (!File.Exists(path)) return new Dictionary<string, TrueRep[]>();
        try
        {
            return Parse(path);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
        {
            // Some other truth.json: the counts are still scored, the reps are not.
            Console.Error.WriteLine($"{path}: not a truth file this harness reads ({e.Message}); reps are scored by count only.");
            return new Dictionary<string, TrueRep[]>();
        }
    }

    private static Dictionary<string, TrueRep[]> Parse(string path)
    {
        var reps = new Dictionary<string, TrueRep[]>();
        using (var json = JsonDocument.Parse(File.ReadAllText(path)))
            if (!json.RootElement.TryGetProperty("patients", out _))
            {
                foreach (var file in json.RootElement.EnumerateObject())
                    reps[file.Name] = file.Value.EnumerateArray().Select(r => new TrueRep(r.GetProperty("start_s").GetDouble(),
                        r.GetProperty("end_s").GetDouble(), r.GetProperty("rom_deg").GetDouble(), r.GetProperty("partial").GetBoolean())).ToArray();
                return reps;
            }
        foreach (var session in GroundTruth.Load(path).Patients.SelectMany(p => p.Sessions))
            if (session is { Id: { } file, Sets: [{ Start: { } start } set] })
                reps[file] = set.Reps.Select(r => new TrueRep((r.Start - start).TotalSeconds, (r.End - start).TotalSeconds, r.RomDeg, r.Partial)).ToArray();
        return reps;
    }

    /// <summary>
    /// Pairs each detected rep with the labelled rep it overlaps most in time (each labelled rep at most once,
    /// in order); a detected rep that overlaps none is paired with null.
    /// </summary>
    public static IEnumerable<(DetectedRep Detected, TrueRep? Truth)> Match(IReadOnlyList<DetectedRep> detected, IReadOnlyList<TrueRep> truth, double rateHz)
    {
        var next = 0;
        foreach (var rep in detected)
        {
            double start = rep.StartSample / rateHz, end = rep.EndSample / rateHz;
            var (best, overlap) = (-1, 0.0);
            for (var k = next; k < truth.Count && truth[k].StartS < end; k++)
            {
                var o = Math.Min(end, truth[k].EndS) - Math.Max(start, truth[k].StartS);
                if (o > overlap) (best, overlap) = (k, o);
            }
            if (best >= 0) next = best + 1;
            yield return (rep, best >= 0 ? truth[best] : null);
        }
    }
}

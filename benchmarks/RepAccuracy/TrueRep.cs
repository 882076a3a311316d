using HepSense.Signal;
using HepSense.FirmwareSim.Truth;

namespace HepSense.RepAccuracy;

/// <summary>
/// One labelled repetition, in seconds from the recording's first sample. Only simulated sets have them
/// (firmware-sim dataset writes truth.json next to its manifest); the recorded ones are labelled by count.
/// </summary>
public sealed record TrueRep(double StartS, double EndS, double RomDeg, bool Partial)
{
    /// <summary>Per recording file, its labelled reps; empty when DIR has no truth.json.</summary>
    public static IReadOnlyDictionary<string, TrueRep[]> Read(string directory)
    {
        var path = Path.Combine(directory, "truth.json");
        if (!File.Exists(path)) return new Dictionary<string, TrueRep[]>();
        var reps = new Dictionary<string, TrueRep[]>();
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

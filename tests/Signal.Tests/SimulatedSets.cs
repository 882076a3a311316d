using HepSense.RepAccuracy;

namespace HepSense.Signal.Tests;

/// <summary>Recordings firmware-sim wrote once into data/FOLDER, with a manifest in the accuracy harness's format.</summary>
internal static class SimulatedSets
{
    /// <summary>How many reps the detector counts in <paramref name="file"/>, as the accuracy harness runs it.</summary>
    public static int Counted(string folder, string file, bool hasGyroscope, DetectorTuning tuning)
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "data", folder);
        var entry = ManifestEntry.Read(Path.Combine(directory, "manifest.csv")).Single(e => e.File == file);
        return AccuracyHarness.Evaluate(entry, Recording.Read(Path.Combine(directory, file)), entry.RateHz,
            new RepDetector(entry.RateHz, hasGyroscope, tuning)).Counted;
    }
}

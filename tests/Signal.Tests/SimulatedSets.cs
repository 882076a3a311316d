using HepSense.RepAccuracy;

namespace HepSense.Signal.Tests;

/// <summary>Recordings with a manifest in the accuracy harness's format: firmware-sim's, written once into data/FOLDER, or data/imu.</summary>
internal static class SimulatedSets
{
    /// <summary>The folder of the recorded test set <paramref name="name"/> (tests/Signal.Tests/data/NAME, copied next to the tests).</summary>
    public static string Folder(string name) => Path.Combine(AppContext.BaseDirectory, "data", name);

    /// <summary>How many reps the detector counts in <paramref name="file"/>, as the accuracy harness runs it.</summary>
    public static int Counted(string folder, string file, bool hasGyroscope, DetectorTuning tuning) =>
        Count(Folder(folder), file, hasGyroscope, tuning).Counted;

    /// <summary>
    /// How many reps the detector counts in a recording of <paramref name="directory"/>'s manifest played
    /// <paramref name="tempo"/> times slower (<see cref="RecordingVariants.Stretch"/>), and how many it holds.
    /// </summary>
    public static (int Counted, int True) Count(string directory, string file, bool hasGyroscope, DetectorTuning tuning, double tempo = 1)
    {
        var entry = ManifestEntry.Read(Path.Combine(directory, "manifest.csv")).Single(e => e.File == file);
        var recording = Recording.Read(Path.Combine(directory, file));
        if (tempo != 1) recording = recording.Stretch(entry.RateHz, tempo);
        return (AccuracyHarness.Evaluate(entry, recording, entry.RateHz, new RepDetector(entry.RateHz, hasGyroscope, tuning)).Counted, entry.Reps);
    }
}

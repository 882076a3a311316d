using HepSense.RepAccuracy;

namespace HepSense.Signal.Tests;

/// <summary>
/// Gyroscope: the dips a goblet squat's new posture hands out as its first reps were read on a position still holding the
/// 140° lift, 1.1–1.4 times their range; in the norm they flagged the full squats after them (PartialPostureDipsOutOfNorm).
/// </summary>
public class PostureDipsOutOfNormTests
{
    private static int Flagged(string file, DetectorTuning tuning)
    {
        var directory = SimulatedSets.Folder("gym-setup");
        var entry = ManifestEntry.Read(Path.Combine(directory, "manifest.csv")).Single(e => e.File == file);
        var recording = Recording.Read(Path.Combine(directory, file));
        return AccuracyHarness.Evaluate(entry, recording, entry.RateHz, new RepDetector(entry.RateHz, true, tuning)).PartialCounted;
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(0, 2)]
    public void FullSquatsAfterTheDipsThatRevealedThePostureAreNotPartial(double outOfNorm, int flagged)
    {
        // Seed 7's goblet-squat-medium-2: 10 full squats (13–16°); the dips read 16° and 22°, the 3rd and 4th squats 12° and 13°.
        Assert.Equal(flagged, Flagged("goblet-squat-medium-2.csv", new DetectorTuning { PartialPostureDipsOutOfNorm = outOfNorm }));
    }
}

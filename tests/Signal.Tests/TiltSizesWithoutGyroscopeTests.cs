using HepSense.RepAccuracy;

namespace HepSense.Signal.Tests;

/// <summary>
/// Accelerometer only, opt-in (<see cref="DetectorTuning.CycleTiltMinDeg"/>): a rep sooner than the period allows is told from a
/// rep's second sub-movement by how far it tilted the band, not by its acceleration, which grows as 1 / T² when reps speed up.
/// </summary>
public class TiltSizesWithoutGyroscopeTests
{
    private static int Count(string file, double tempo, DetectorTuning tuning)
    {
        var entry = ManifestEntry.Read(Path.Combine(RepoPaths.Imu, "manifest.csv")).Single(e => e.File == file);
        var recording = Recording.Read(Path.Combine(RepoPaths.Imu, file)).Stretch(entry.RateHz, tempo);
        return AccuracyHarness.Evaluate(entry, recording, entry.RateHz, new RepDetector(entry.RateHz, false, tuning)).Counted;
    }

    [Theory]
    [InlineData("uci-pt/s2-e3-template.csv")]
    [InlineData("uci-pt/s2-e6-template.csv")]
    [InlineData("uci-pt/s2-e7-template.csv")]
    public void TheFirstFastRepAfterSlowOnesCountsWhenSizesAreTilts(string file)
    {
        // 3 slow, 3 fast, 3 low-amplitude reps, played 0.7 times as long: the first fast rep comes sooner than the slow
        // reps' period allows, and its acceleration was under 0.8 of the last slow rep's (8 of 9 counted).
        Assert.Equal(9, Count(file, 0.7, new DetectorTuning { CycleTiltMinDeg = 5, CycleTiltShare = 0.3 }));
    }
}

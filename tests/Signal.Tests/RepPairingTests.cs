using HepSense.RepAccuracy;

namespace HepSense.Signal.Tests;

/// <summary>
/// Where every rep is labelled (truth.json), the harness pairs detected reps with labelled ones and reports the reps lost
/// and invented, which a file's count error lets cancel.
/// </summary>
public class RepPairingTests
{
    [Fact]
    public void LostAndInventedRepsAccountForTheCountError()
    {
        var results = AccuracyHarness.Run(SimulatedSets.Folder("sim-in-pain"));
        var score = MeasureScore.Of(results);

        Assert.Equal(results.Sum(r => r.Truth!.Count), score.RepsTrue);
        // Every detected rep is paired with one labelled rep or none, each labelled rep with one at most.
        Assert.Equal(score.RepsTrue - results.Sum(r => r.Counted), score.RepsLost - score.RepsInvented);
        Assert.InRange(score.RepsLost!.Value, 0, results.Sum(r => Math.Max(0, r.Truth!.Count - r.Counted)) + score.RepsInvented!.Value);
    }

    [Fact]
    public void RecordingsWithoutLabelledRepsReportNone()
    {
        var results = AccuracyHarness.Run(RepoPaths.Imu, e => e.File.StartsWith("uci-pt/s1-e1", StringComparison.Ordinal));

        Assert.NotEmpty(results);
        Assert.Null(MeasureScore.Of(results).RepsLost);
        Assert.Null(Summary.Of(results).RepsInvented);
    }
}

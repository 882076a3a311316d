namespace HepSense.Signal.Tests;

/// <summary>
/// The partial flag's norm when a set's first counted rep is an outlier (PartialOutlierShare). The count guards cannot see
/// this rule (it changes no count), so it is pinned here.
/// </summary>
public class PartialNormTests
{
    [Theory]
    [InlineData(0.3, false)]
    [InlineData(0, true)]
    public void AnOutlierFirstRepDoesNotFlagTheSetForGood(double outlierShare, bool flaggedForGood)
    {
        // A goblet squat's set-up lift counted with the first squat (150°), then 14° squats: the first two set the norm (82°),
        // under which every squat is partial; one under 0.3 of it still enters the norm, so the squats soon become it.
        var sets = new SetTracker(25, new DetectorTuning { PartialOutlierShare = outlierShare });
        double[] roms = [150, 14, 14, 14, 14, 14, 14];
        var reps = roms.Select((rom, i) => sets.Add(100 * i, 100 * i + 20, 100 * i + 30, 100 * i + 50, rom, 60, 1)).ToArray();

        Assert.True(reps[2].Partial);   // flagged against the outlier's norm either way
        Assert.Equal(flaggedForGood, reps[^1].Partial);
    }
}

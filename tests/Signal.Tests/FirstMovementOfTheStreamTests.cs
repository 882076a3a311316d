namespace HepSense.Signal.Tests;

/// <summary>
/// The stream's first movement, before any rep is known: a small shift of the limb just before slow reps is not a rep,
/// although the next rep's size is known only seconds after it began (uci-pt s1-e7-template at 1.5× tempo: 10° over 4 s,
/// then 17 s reps of 60°). A small first rep of a set of small reps still counts.
/// </summary>
public class FirstMovementOfTheStreamTests
{
    /// <summary>
    /// A movement of <paramref name="firstDeg"/> over 4 s from 1 s in, then <paramref name="gapS"/> later 5 slow reps of
    /// <paramref name="repDeg"/> (3 s up, 8 s held, 3 s down, 3 s rest).
    /// </summary>
    private static int Counted(double rateHz, double firstDeg, double repDeg, DetectorTuning tuning, double gapS = 1.2)
    {
        var first = SyntheticMotion.Reps(1, firstDeg, raiseS: 1.5, holdS: 1, lowerS: 1.5, pauseS: 0, leadInS: 1);
        var reps = SyntheticMotion.Reps(5, repDeg, raiseS: 3, holdS: 8, lowerS: 3, pauseS: 3, leadInS: 5 + gapS);
        var samples = SyntheticMotion.Render(t => first(t) + reps(t), 5 + gapS + 5 * 17 + 5, rateHz, gyro: true);
        return Detection.Count(samples, rateHz, true, tuning);
    }

    [Theory]
    [InlineData(25)]
    [InlineData(50)]
    [InlineData(100)]
    public void ASmallShiftBeforeSlowRepsIsNotARep(double rateHz)
    {
        Assert.Equal(5, Counted(rateHz, 10, 60, new DetectorTuning()));
        Assert.Equal(6, Counted(rateHz, 10, 60, new DetectorTuning { FirstTinyFloors = 0 }));
    }

    [Theory]
    [InlineData(25)]
    [InlineData(50)]
    [InlineData(100)]
    public void ASmallShiftWellBeforeSlowRepsIsNotARep(double rateHz)
    {
        // The first rep begins 2.6 s after the shift (a slow patient getting ready; before a pause is found): the shift waits for it.
        Assert.Equal(5, Counted(rateHz, 10, 60, new DetectorTuning(), gapS: 2.6));
        Assert.Equal(6, Counted(rateHz, 10, 60, new DetectorTuning { FirstTinyFloors = 0 }, gapS: 2.6));
    }

    [Theory]
    [InlineData(25)]
    [InlineData(100)]
    public void ASmallFirstRepOfSmallRepsCounts(double rateHz) =>
        Assert.Equal(6, Counted(rateHz, 10, 12, new DetectorTuning()));
}

namespace HepSense.Signal.Tests;

/// <summary>
/// The partial flag's norm: a set's first counted rep that is an outlier (PartialOutlierShare, PartialRunReps), and the second
/// rep judged against the first (PartialFirstRepShare), a brisk rep's excursion as a second witness (PartialBriskRatio), and a
/// change of posture counted as the first rep (PartialPostureChangeShare). The count guards cannot see these rules (they change no count), so
/// they are pinned here.
/// </summary>
public class PartialNormTests
{
    [Theory]
    [InlineData(0.3, 3, false)]
    [InlineData(0.3, 0, false)]
    [InlineData(0, 3, false)]
    [InlineData(0, 0, true)]
    public void AnOutlierFirstRepDoesNotFlagTheSetForGood(double outlierShare, double runReps, bool flaggedForGood)
    {
        // A goblet squat's set-up lift counted with the first squat (150°), then 14° squats: the first sets the norm, under
        // which every squat is partial; one under 0.3 of it still enters the norm, so the squats soon become it, and so does
        // a run of alike flagged squats longer than the norm.
        var reps = Reps(new DetectorTuning { PartialOutlierShare = outlierShare, PartialRunReps = runReps }, [150, 14, 14, 14, 14, 14, 14]);

        Assert.True(reps[2].Partial);   // flagged against the outlier's norm either way
        Assert.Equal(flaggedForGood, reps[^1].Partial);
    }

    [Theory]
    [InlineData(3, false)]
    [InlineData(0, true)]
    public void ARunOfAlikeFlaggedRepsOutvotesASmallerNorm(double runReps, bool flaggedForGood)
    {
        // A set-up twice the reps' size counted as the first rep (60°, then 24–26° presses): above PartialOutlierShare of it,
        // so the presses never entered the norm and every one was flagged.
        var reps = Reps(new DetectorTuning { PartialRunReps = runReps }, [60, 25, 25, 24, 26, 25, 25, 24]);

        Assert.True(reps[1].Partial);
        Assert.Equal(flaggedForGood, reps[^1].Partial);
    }

    [Fact]
    public void ABlockOfPartialRepsAfterFullOnesStaysFlagged()
    {
        // uci-pt's protocol: full reps, then a block of low-amplitude ones (0.75 of them). The block is outnumbered by the
        // norm, so it never becomes it.
        double[] roms = [.. Enumerable.Repeat(80.0, 20), .. Enumerable.Repeat(60.0, 10)];
        var reps = Reps(new DetectorTuning(), roms);

        Assert.All(reps[..20], r => Assert.False(r.Partial));
        Assert.All(reps[20..], r => Assert.True(r.Partial));
    }

    [Theory]
    [InlineData(0.7, 5, true)]
    [InlineData(0, 2, false)]
    public void TheSecondRepIsJudgedAgainstTheFirst(double firstRepShare, double rampReps, bool flagged)
    {
        // A full 60° rep, then a partial one of 25°: with one rep known, a rep under 0.7 of it is partial; one a little smaller
        // (50°, normal variation) is not, nor is the stream's first rep.
        var tuning = new DetectorTuning { PartialFirstRepShare = firstRepShare, PartialNormRampReps = rampReps };

        Assert.Equal(flagged, Reps(tuning, [60, 25])[1].Partial);
        Assert.False(Reps(tuning, [60, 50])[1].Partial);
        Assert.False(Reps(tuning, [60])[0].Partial);
    }

    [Theory]
    [InlineData(5, false)]
    [InlineData(2, true)]
    public void AYoungNormAsksForAClearlySmallerRep(double rampReps, bool flagged)
    {
        // Two reps known (100° and 102°), then a 76° one: a norm of two is not sure enough to call 0.75 of it partial (the share
        // grows from 0.7 to 0.8 over the norm's first five reps); once settled it would be.
        var tuning = new DetectorTuning { PartialNormRampReps = rampReps };

        Assert.Equal(flagged, Reps(tuning, [100, 102, 76])[2].Partial);
        Assert.True(Reps(tuning, [100, 102, 98, 101, 100, 99, 76])[^1].Partial);
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(0, true)]
    public void ABriskRepsScatteredTiltIsOutvotedByItsExcursion(double briskRatio, bool flagged)
    {
        // Fast curls without a gyroscope: ~90° reps whose acceleration along the axis swings 40 m/s² peak to peak (the arm's own
        // acceleration, nearly three times gravity's change across 90°), then one whose tilt reads 50° (the low-passed acceleration carried
        // the arm's acceleration) but whose excursion is as large as the others': a full rep. A true partial rep (35°, 15 m/s²)
        // is flagged either way.
        var tuning = new DetectorTuning { PartialBriskRatio = briskRatio };
        (double Rom, double Excursion)[] full = [(90, 40), (95, 41), (88, 39), (92, 40), (90, 42), (91, 40)];

        Assert.Equal(flagged, Reps(tuning, [.. full, (50, 40)])[^1].Partial);
        Assert.True(Reps(tuning, [.. full, (35, 15)])[^1].Partial);
    }

    [Fact]
    public void ASlowRepsTiltAloneJudges()
    {
        // Slow raises: the excursion is about gravity's change across the tilt (12 m/s² for 90°, ratio 0.87), so the tilt is
        // trusted; a 50° rep with the same excursion (ratio 1.45, under PartialBriskRatio 2) is flagged on its tilt.
        (double Rom, double Excursion)[] full = [(90, 12), (92, 12.5), (89, 12), (91, 12), (90, 12.2), (90, 12)];

        Assert.True(Reps(new DetectorTuning(), [.. full, (50, 12)])[^1].Partial);
    }

    [Theory]
    [InlineData(0.5, false)]
    [InlineData(0, true)]
    public void AChangeOfPostureCountedFirstLeavesTheNorm(double share, bool flagged)
    {
        // Lying down to bench press counted as the first rep (the band tilted 61° and stayed there), then 12° presses going out
        // from and back to the new posture: with the rule the first leaves the norm when the second sets out from where it ended,
        // and no press is flagged; without it the presses are flagged against the lying down until PartialRunReps outvotes it.
        var tuning = new DetectorTuning { PartialPostureChangeShare = share };
        var (standing, lying) = (Tilt(0), Tilt(61));
        (double Rom, Tilts Tilts)[] reps = [(61, new(standing, lying)), .. Enumerable.Repeat((12.0, new Tilts(lying, Tilt(60))), 3)];

        var detected = Moved(tuning, reps);
        Assert.Equal(flagged, detected[1].Partial);
        Assert.Equal(flagged, detected[2].Partial);
    }

    [Fact]
    public void AFirstRepThatCameBackStaysInTheNorm()
    {
        // A held leg raise cut at its top (ended 40° from where it began) whose leg came down before the next: the next sets out
        // where the first began, so the first was a rep; a 15° rep after it is partial.
        var (down, up) = (Tilt(0), Tilt(40));
        Assert.True(Moved(new DetectorTuning(), [(40, new(down, up)), (15, new(Tilt(1), Tilt(2)))])[1].Partial);
    }

    /// <summary>Gravity in the band's frame, tilted <paramref name="deg"/> about its y axis.</summary>
    private static (double X, double Y, double Z) Tilt(double deg) => (Math.Sin(deg * Math.PI / 180), 0, Math.Cos(deg * Math.PI / 180));

    private static DetectedRep[] Moved(DetectorTuning tuning, (double Rom, Tilts Tilts)[] reps)
    {
        var sets = new SetTracker(25, tuning);
        return reps.Select((r, i) => sets.Add(100 * i, 100 * i + 20, 100 * i + 30, 100 * i + 50, r.Rom, 60, 1, double.NaN, r.Tilts)).ToArray();
    }

    private static DetectedRep[] Reps(DetectorTuning tuning, double[] roms) => Reps(tuning, [.. roms.Select(rom => (rom, double.NaN))]);

    private static DetectedRep[] Reps(DetectorTuning tuning, (double Rom, double Excursion)[] reps)
    {
        var sets = new SetTracker(25, tuning);
        return reps.Select((r, i) => sets.Add(100 * i, 100 * i + 20, 100 * i + 30, 100 * i + 50, r.Rom, 60, 1, r.Excursion)).ToArray();
    }
}

namespace HepSense.Signal.Tests;

/// <summary>
/// Gym sets with a wrist band and a gyroscope, simulated once by firmware-sim (data/gym-setup, from
/// `firmware-sim dataset --program gym --sets 3 --seed 7 --rate 25`; truth.json lists the set-up moves apart from the reps).
/// Before each set the weight is picked up, and some pick-ups leave the band in a new posture (the dumbbells at the
/// shoulders, lying on the bench). Before these rules the four files counted 12, 12, 3 and 2 (true 11, 11, 9, 14).
/// </summary>
public class GymSetUpTests
{
    private static int Counted(string file, DetectorTuning tuning) => SimulatedSets.Counted("gym-setup", file, hasGyroscope: true, tuning);

    [Theory]
    [InlineData("dumbbell-biceps-curl-fast-2.csv", 11)]
    [InlineData("hammer-curl-fast-3.csv", 11)]
    public void PickingTheWeightUpIsNotARep(string file, int reps)
    {
        // The reach to the floor and back is a slow turn of ~34°, a quarter of the curls that follow within a second or two.
        Assert.Equal(reps, Counted(file, new DetectorTuning()));
        Assert.Equal(reps + 1, Counted(file, new DetectorTuning { SetUpLengthShare = 0 }));
    }

    [Fact]
    public void RepsInTheNewPostureAPickUpLedToAreCounted()
    {
        // Cleaned to the shoulders (the band turns ~173° and stays): the presses are shallow dips on a way out that never
        // comes back, unless two alike in a row start the set there.
        Assert.InRange(Counted("shoulder-press-fast-1.csv", new DetectorTuning()), 7, 9);
        Assert.True(Counted("shoulder-press-fast-1.csv", new DetectorTuning { PostureDips = 0 }) <= 3);
    }

    [Fact]
    public void SmallRepsAfterALargeSetUpAreSeen()
    {
        // Lying back on the bench turns the band ~73°; counted as a rep it set a threshold above the 12° presses, until the
        // presses' own rhythm under the threshold restarts the size memory.
        Assert.InRange(Counted("bench-press-fast-3.csv", new DetectorTuning()), 12, 14);
        Assert.True(Counted("bench-press-fast-3.csv", new DetectorTuning { RhythmSwings = 0 }) <= 6);
    }
}

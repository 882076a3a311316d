namespace HepSense.Signal.Tests;

/// <summary>
/// Gym sets with an accelerometer only, simulated once by firmware-sim (data/gym-setup-accel, from `firmware-sim dataset
/// --program gym --sets 3 --seed 7 --rate 25`, gyroscope columns dropped). Picking the weight up and putting it down are
/// movements like reps to the acceleration; each file counted one or two of them before these rules.
/// </summary>
public class GymSetUpWithoutGyroscopeTests
{
    private static int Counted(string file, DetectorTuning tuning) => SimulatedSets.Counted("gym-setup-accel", file, hasGyroscope: false, tuning);

    [Theory]
    [InlineData("hammer-curl-slow-2.csv", 14)]
    [InlineData("lunge-fast-2.csv", 8)]
    public void PickingTheWeightUpIsNotARep(string file, int reps)
    {
        // The reach to the floor moves the hand a lot and turns the wrist little: a held first cycle tilting under a quarter
        // of the set's rep is dropped (lunge-fast-2's reach is also dropped by its path, PickUpPath: off here).
        Assert.Equal(reps, Counted(file, new DetectorTuning()));
        Assert.Equal(reps + 1, Counted(file, new DetectorTuning { CycleSetUpTiltShare = 0, CyclePickUpPathShare = 0 }));
    }

    [Fact]
    public void PickingTheWeightUpInTwoMovesIsNotTwoReps()
    {
        // Before eleven triceps extensions (~130° each) the dumbbell is reached for and lifted overhead: two cycles of 13-14°, alike
        // in size, so the set-start hold took them for the set's first two reps. Each tilts under a quarter of the median of the next four.
        // The lift back up also only brings the band back from where the reach held it: a held rep's way back (CycleCounter.WayBack).
        Assert.Equal(11, Counted("triceps-overhead-extension-slow-2.csv", new DetectorTuning()));
        Assert.Equal(13, Counted("triceps-overhead-extension-slow-2.csv", new DetectorTuning { CyclePickUpTiltShare = 0, CycleWayBackShare = 0 }));
    }

    [Fact]
    public void LyingBackOnTheBenchIsNotARepThoughItTiltsMoreThanThePresses()
    {
        // Before eleven presses (each tilting the band ~30°) the lifter lies back: one cycle of 73°, more than any press, so no
        // tilt test drops it. It begins ~70° from where every press begins (the set's reps start where the set is; the pick-up
        // where the weight was), over 1.5 times the presses' tilt.
        Assert.Equal(11, Counted("bench-press-medium-1.csv", new DetectorTuning()));
        Assert.Equal(12, Counted("bench-press-medium-1.csv", new DetectorTuning { CyclePickUpPostureShare = 0 }));
    }

    [Fact]
    public void ACleanMergedWithTheFirstPressIsThatPress()
    {
        // The clean to the shoulders (from hanging, ~160° from where the presses begin) and the first press made one cycle of 5.7 s.
        // It began elsewhere, but once the band was where the presses begin it still tilted 100° (the press, the set's tilt ~70°):
        // it holds a rep and is counted; dropped as a pick-up, the set loses that press (a lost rep, 8 -> 7 of 10 here).
        Assert.Equal(8, Counted("shoulder-press-fast-3.csv", new DetectorTuning()));
        Assert.Equal(7, Counted("shoulder-press-fast-3.csv", new DetectorTuning { CyclePickUpWithRepShare = 0 }));
    }

    [Fact]
    public void APickUpEarlyInTheStreamIsJudgedWhenTheBandWasStillBeforeIt()
    {
        // The recording starts 1.8 s before the reach for the bar: the stream's first set was judged only from 2 s in (a
        // recording may begin mid-set), so the reach and lift (3-4° against deadlifts of ~20°) counted as reps. A still second
        // before the first cycle says the set had not begun.
        Assert.Equal(14, Counted("deadlift-medium-3-seed11.csv", new DetectorTuning()));
        Assert.Equal(17, Counted("deadlift-medium-3-seed11.csv", new DetectorTuning { CyclePickUpStillS = 0 }));
    }

    [Theory]
    [InlineData("push-up-fast-1.csv", 13)]  // of 14: the first push-up merged with getting down; the reach before it, slow, not counted (SlowPickUpTests)
    [InlineData("lunge-fast-2.csv", 8)]
    public void PuttingTheWeightDownIsNotARep(string file, int reps)
    {
        // Getting up from the floor, or putting the dumbbells down, is a cycle far slower than the set's reps and nothing
        // follows it. (In the set's direction as a far larger lobe alone reopens it: the gentle-fidget rule below pairs
        // push-up-fast-1 from its first push-up, and its last cycle is then no get-up to drop.)
        var tuning = new DetectorTuning { CycleRedecideSlowShare = 0 };
        Assert.Equal(reps, Counted(file, tuning));
        Assert.Equal(reps + 1, Counted(file, tuning with { CycleSetDownLengthShare = 0 }));
    }

    [Fact]
    public void TheFirstPushUpAfterGettingDownSetsTheDirection()
    {
        // A gentle cycle before the first push-up fixed the set's direction; the first push-up's lobe against it is 1.4-2.25
        // times its own and twice as brisk: it opens the direction, and every push-up is paired from its own start
        // (14 of 14; before, the first was lost and the get-up counted: 13, CycleRedecideSlowShare).
        Assert.Equal(14, Counted("push-up-fast-1.csv", new DetectorTuning()));
        Assert.Equal(14, Counted("push-up-fast-1.csv", new DetectorTuning { CycleSetDownLengthShare = 0 }));
    }

    [Fact]
    public void PuttingTheWeightDownWithLittleTiltIsNotARep()
    {
        // After eleven deadlifts (each tilting the band ~18°) the bar goes back to the floor: a cycle as brisk as a rep that turns
        // the wrist under 5°. Under 0.3 of the set's median tilt it waits for the set to go on, and nothing follows. (It is also
        // slower than the lifts and only half like them: the slow-shape test alone drops it too.)
        Assert.Equal(11, Counted("deadlift-medium-3.csv", new DetectorTuning()));
        Assert.Equal(12, Counted("deadlift-medium-3.csv", new DetectorTuning { CycleSetDownTiltShare = 0, CycleSetDownSlowShapeShare = 0 }));
    }

    [Fact]
    public void ASlowRepInTheMiddleOfASetIsCountedLate()
    {
        // 10 reps of 1.2 s, the 6th taking 4 s (a rep unlike the set waits for the next, and is counted when it comes).
        const double rate = 25;
        double[] lengths = [1.2, 1.2, 1.2, 1.2, 1.2, 4, 1.2, 1.2, 1.2, 1.2];
        var starts = new double[lengths.Length + 1];
        starts[0] = 3;
        for (var i = 0; i < lengths.Length; i++) starts[i + 1] = starts[i] + lengths[i] + 0.3;
        double Angle(double t)
        {
            for (var i = 0; i < lengths.Length; i++)
                if (t >= starts[i] && t < starts[i] + lengths[i])
                    return 40 * Math.PI / 180 * (1 - Math.Cos(2 * Math.PI * (t - starts[i]) / lengths[i])) / 2;
            return 0;
        }
        var samples = SyntheticMotion.Render(Angle, starts[^1] + 4, rate, gyro: false, noise: 0.02);
        var reps = Detection.Run(new RepDetector(rate, hasGyroscope: false), samples);
        Assert.Equal(lengths.Length, reps.Count);
        Assert.Contains(reps, r => r.DurationS > 3);
    }
}

namespace HepSense.Signal.Tests;

/// <summary>
/// Gym sets with a wrist band and a gyroscope, simulated once by firmware-sim (data/gym-setup, from
/// `firmware-sim dataset --program gym --sets 3 --seed 7 --rate 25`; truth.json lists the set-up moves apart from the reps).
/// Before each set the weight is picked up, and some pick-ups leave the band in a new posture (the dumbbells at the
/// shoulders, lying on the bench). Before the first rules the first four files of the manifest counted 12, 12, 3 and 2 (true
/// 11, 11, 9, 14); a goblet squat (7) counted 5 and slow curls (14) 15 before the second round. Each later file came with the
/// rule its test names.
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

    [Theory]
    [InlineData("bench-press-fast-2.csv", 14)]
    [InlineData("bench-press-medium-1.csv", 11)]
    public void TheFirstPressAfterLyingBackIsCounted(string file, int reps)
    {
        // Lying back turns the band ~73° and it stays there: a way out that never comes back. The presses turn it ~12° about
        // another axis; the recent-axis switch to theirs fires during the first press, which is followed from the window's start.
        Assert.Equal(reps, Counted(file, new DetectorTuning()));
        Assert.Equal(reps - 1, Counted(file, new DetectorTuning { SwitchRebase = 0, HeldApart = 0 }));
    }

    [Fact]
    public void RepsInTheNewPostureAPickUpLedToAreCounted()
    {
        // Cleaned to the shoulders (the band turns ~173° and stays): the presses are shallow dips on a way out that never
        // comes back, unless two alike in a row start the set there; those two are its first reps.
        Assert.Equal(9, Counted("shoulder-press-fast-1.csv", new DetectorTuning()));
        Assert.Equal(7, Counted("shoulder-press-fast-1.csv", new DetectorTuning { CountPostureDips = 0 }));
        Assert.True(Counted("shoulder-press-fast-1.csv", new DetectorTuning { PostureDips = 0 }) <= 3);
    }

    [Fact]
    public void RepsAfterALiftThatLeavesTheBandTurnedAreCountedDespiteTheDrift()
    {
        // The dumbbell to the chest turns the band ~138°; the integration's leak then drifts it back ~0.05 rad/s, so each squat
        // dips deeper below the highest top than the last. Measured from the top just before it, each dip is alike the last.
        Assert.Equal(7, Counted("goblet-squat-fast-1.csv", new DetectorTuning()));
        Assert.True(Counted("goblet-squat-fast-1.csv", new DetectorTuning { CountPostureDips = 0 }) <= 5);
    }

    [Fact]
    public void TheLeaksDriftIsNotTakenForAPartOfTheSquatsDip()
    {
        // After the 138° lift to the chest the leak pulls the band back, and the axis turning towards the squats' reads the lift
        // lower, ~0.1 rad each per squat: each dip reads 0.25-0.35 rad and deeper than the last, not shallow (0.15 × the lift)
        // and not alike, so no new posture and squats lost. Less both, the dips are shallow and alike; the set restarts there.
        Assert.Equal(10, Counted("goblet-squat-medium-2.csv", new DetectorTuning()));
        // (Without them the dumbbell's put-down, 0.8 s, is counted last in a lost squat's place; PutDownQuickShare drops it, and so
        // does SetUpUndoneShare (it undoes the lift): both off here.)
        Assert.Equal(9, Counted("goblet-squat-medium-2.csv", new DetectorTuning { DipLeakShare = 0, DipAxisShare = 0, PutDownQuickShare = 0, SetUpUndoneShare = 0 }));
    }

    [Fact]
    public void TheSquatUnderWayWhenThePostureIsFoundStartsAtTheDipsLowPoint()
    {
        // Two alike dips reveal the posture at the chest once the band turns back out of the second: the third squat is then
        // part way out. Restarted there, it was measured from mid-way and the set counted top to top, two squats lost.
        Assert.Equal(11, Counted("goblet-squat-slow-1.csv", new DetectorTuning()));
        Assert.Equal(9, Counted("goblet-squat-slow-1.csv", new DetectorTuning { PostureFromDip = 0 }));
    }

    [Fact]
    public void APickUpAboutAnotherAxisIsNotARepEvenAsSlowAsTheReps()
    {
        // Slow curls (2–3 s) after a reach to the floor (34°, ~3 s): the reach is not 2.2 times as long as a curl, but it turns
        // about an axis ~37° from the curls'; a partial first rep turns about the reps' own axis.
        Assert.Equal(14, Counted("dumbbell-biceps-curl-slow-1.csv", new DetectorTuning()));
        Assert.Equal(15, Counted("dumbbell-biceps-curl-slow-1.csv", new DetectorTuning { SetUpAxisDeg = 0 }));
    }

    [Fact]
    public void SmallRepsAfterALargeSetUpAreSeen()
    {
        // Lying back on the bench turns the band ~73°; counted as a rep it set a threshold above the 12° presses, until the
        // presses' own rhythm under the threshold restarts the size memory. Now its size waits for its report (SetUpSizeWaits)
        // and the presses are seen before it counts; with the old timing the rhythm still finds them.
        Assert.InRange(Counted("bench-press-fast-3.csv", new DetectorTuning()), 12, 14);
        Assert.InRange(Counted("bench-press-fast-3.csv", new DetectorTuning { SetUpSizeWaits = 0 }), 12, 14);
        Assert.True(Counted("bench-press-fast-3.csv", new DetectorTuning { SetUpSizeWaits = 0, RhythmSwings = 0 }) <= 6);
    }

    [Fact]
    public void PressesAboutAnotherAxisThanTheLieBackAreSeen()
    {
        // Lying back turns the band ~73° about one axis; the 12° presses that follow turn about another. The 3 s axis window
        // held the lie-back's energy for ~5 s more, so the first presses, projected on it, hardly moved: the last second
        // moving along a line the axis hardly sees restarts it there.
        // (With HeldApart the first press, at 8.2 s, is seen too, and the sitting up after the set is not a rep since
        // SetUpUndoneShare: 6. Without HeldApart the first press is lost, and the set's set-up, read before its first rep
        // counted, is not the lie-back: the sitting up is counted in its place, 6 too.)
        Assert.Equal(6, Counted("bench-press-fast-1.csv", new DetectorTuning()));
        Assert.Equal(6, Counted("bench-press-fast-1.csv", new DetectorTuning { HeldApart = 0 }));
        Assert.True(Counted("bench-press-fast-1.csv", new DetectorTuning { RecentAxisWindowS = 0 }) <= 3);
    }

    [Fact]
    public void ALargeSlowMovementBeforeTwoAlikeRepsIsTheSetUpNotTheReps()
    {
        // Lying back (73°, ~6 s with the first press the axis switch merged into it) is held with the next two presses (12°,
        // ~1 s, alike). The hold used to keep the largest and drop the presses as fidgets next to it, and the lie-back's size
        // then hid the presses after them; over twice as large and as long as the two alike presses, it is the set-up.
        Assert.InRange(Counted("bench-press-fast-2.csv", new DetectorTuning()), 13, 14);
        // (Since SwitchRebase the first press is followed apart from the lie-back: the rule is tested where they merge.)
        Assert.InRange(Counted("bench-press-fast-2.csv", new DetectorTuning { SwitchRebase = 0, HeldApart = 0 }), 13, 14);
        Assert.True(Counted("bench-press-fast-2.csv", new DetectorTuning { SwitchRebase = 0, SetUpLargeLengthShare = 0 }) <= 11);
    }

    [Fact]
    public void APickUpsSizeDoesNotHideTheSmallRepsThatProveItOne()
    {
        // Lunges: the reach to the floor and back (34°, ~3.5 s) waits for the next rep to tell whether it was one. Its size
        // entered the size memory from the start of that wait, so the 8° lunges stayed under the threshold and the first four
        // were lost; now it counts only once reported, and the lunges, held with it, show it to be the set-up.
        Assert.Equal(8, Counted("lunge-fast-2.csv", new DetectorTuning()));
        // (The lunges' own axis, restarted after the pick-up, AfterFirstAxisShare, now also shows them the full size: off too.)
        Assert.True(Counted("lunge-fast-2.csv", new DetectorTuning { SetUpSizeWaits = 0, AfterFirstAxisShare = 0 }) <= 4);
    }

    [Fact]
    public void APickUpTurningTheOtherWayDoesNotSetTheSetsDirection()
    {
        // Rows: the reach to the floor and back (34°) turns the band one way, the rows (20°) the other, about an axis ~65° away.
        // Deciding the set's direction, the pick-up had the rows counted from top to top: the first lost, the pick-up counted
        // instead. Its swing back the other way, past where it began and about another axis, shows it a set-up: dropped, and
        // the set's direction turned around.
        Assert.Equal(10, Counted("bent-over-row-fast-1.csv", new DetectorTuning()));
        Assert.Equal(9, Counted("bent-over-row-fast-1.csv", new DetectorTuning { SetUpTurnAroundDeg = 0 }));
    }

    [Fact]
    public void APickUpWaitsWhileTheSwingTheOtherWayIsUnderWay()
    {
        // Slower rows: the first row's swing the other way turns back after the pick-up's wait (1.5 s, and 2 s for the next rep
        // to begin) ran out, so the pick-up was reported and the rows counted top to top, the put-down merged with the last.
        // The pick-up now waits while the swing the other way is under way (for at most as long as the pick-up lasted). (Its
        // longer wait for the next rep, SetUpNextWaitS, since also lets the next rep come and show it a set-up.)
        Assert.Equal(10, Counted("bent-over-row-medium-2.csv", new DetectorTuning()));
        Assert.Equal(10, Counted("bent-over-row-medium-2.csv", new DetectorTuning { SetUpNextWaitS = 0 }));
        Assert.Equal(11, Counted("bent-over-row-medium-2.csv", new DetectorTuning { SetUpTurnAroundDeg = 0, SetUpNextWaitS = 0 }));
    }

    [Fact]
    public void ALoneFirstMovementWaitsLongEnoughForTheSmallRepsAfterIt()
    {
        // Lunges after the reach to the floor: the first lunges (8°, after ~1 s) come too late and too slow for the pick-up's
        // wait (1.5 s, then while a rep under way could still be 2.2 times shorter): reported, its size hid them. Waiting 4 s
        // after its end (its size counting for the set's floor only), the lunges are seen and show it to be the set-up.
        Assert.InRange(Counted("lunge-fast-1.csv", new DetectorTuning()), 8, 9);
        // (The lunges' line apart from the pick-up's ring, AfterFirstApart, now also finds them in time: off too.)
        Assert.True(Counted("lunge-fast-1.csv", new DetectorTuning { SetUpNextWaitS = 0, AfterFirstApart = 0 }) <= 6);
    }

    [Fact]
    public void ASetUpFarLargerThanTheRepsIsOneWhateverItsLength()
    {
        // Slow presses (2.5 s) after lying back merged with the first press (~7 s, 72°): not 2.2 times as long as a press,
        // but over three times its size. Held with the presses and dropped, instead of the presses dropped next to it.
        // Now the axis switches to the presses' within the first press (1 s recent window), which is followed from there
        // (SwitchRebase): 10 of 10, 9 without SwitchRebase. The lie-back still merges with the first press under the 1.5 s
        // window without SwitchRebase: the rule is tested there.
        Assert.Equal(10, Counted("bench-press-slow-1.csv", new DetectorTuning()));
        Assert.Equal(9, Counted("bench-press-slow-1.csv", new DetectorTuning { SwitchRebase = 0, HeldApart = 0 }));
        Assert.Equal(8, Counted("bench-press-slow-1.csv", new DetectorTuning { RecentAxisWindowS = 1.5, SwitchRebase = 0, HeldApart = 0 }));
        Assert.Equal(6, Counted("bench-press-slow-1.csv", new DetectorTuning { RecentAxisWindowS = 1.5, SwitchRebase = 0, HeldApart = 0, SetUpLargeShare = 0, TurnedBackShare = 0 }));
    }

    [Fact]
    public void AFirstMovementHeldWithTheNextWaitsAsLongForOneMore()
    {
        // Held with the first press after it, lying back waits for one more as long as it waited alone (SetUpNextWaitS):
        // slow presses do not end within the hold's 1.5 s, and the hold then dropped the press next to it as a fidget.
        // (Since SwitchRebase the first press is followed apart from the lie-back, 11 of 11: the rule is tested where they merge.)
        Assert.Equal(11, Counted("bench-press-medium-1.csv", new DetectorTuning()));
        Assert.Equal(10, Counted("bench-press-medium-1.csv", new DetectorTuning { SwitchRebase = 0, HeldApart = 0 }));
        Assert.Equal(8, Counted("bench-press-medium-1.csv", new DetectorTuning { SwitchRebase = 0, HeldApart = 0, SetUpNextWaitS = 0 }));
    }

    [Fact]
    public void SmallRepsAboutAnotherAxisThanThePickUpRestartTheAxis()
    {
        // Lunges (8°) after the reach to the floor and back (34°): the lunges turn about an axis ~63° from the pick-up's, and
        // the 3 s axis window held the pick-up's energy (~20 times theirs) for ~9 s, so the first lunges, projected on it at
        // under half their size, stayed under the floor: the pick-up waited in vain, was counted, and its size hid two more.
        // What the band did since the pick-up ended (weaker, along another line) now restarts the axis at the first lunge.
        Assert.Equal(14, Counted("lunge-medium-1.csv", new DetectorTuning()));
        Assert.Equal(12, Counted("lunge-medium-1.csv", new DetectorTuning { AfterFirstAxisShare = 0 }));
    }
}

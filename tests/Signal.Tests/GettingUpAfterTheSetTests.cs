namespace HepSense.Signal.Tests;

/// <summary>
/// Accelerometer only (<see cref="SetEndHold"/>): getting up after a set is, to the acceleration, a cycle like a rep. Two ways it
/// shows: it turns the band to a posture the set never had and leaves it there, moving otherwise than the reps, and the next
/// cycle moves about in that posture (<see cref="DetectorTuning.CycleGetUpDeg"/>: the first no longer goes on as a rep when the
/// second comes); or, out and back to the set's posture (an ankle band: the shank hangs seated and standing), it is one quick
/// movement next to slow reps (<see cref="DetectorTuning.CycleGetUpQuickShare"/>). The band's gravity direction is synthetic.
/// </summary>
public class GettingUpAfterTheSetTests
{
    private const double Rate = 25, RepS = 5, RepsAt = 3;
    private const int Reps = 6;

    /// <summary>
    /// Six slow 40° reps and then <paramref name="more"/> (rad), cut into cycles from one time to the next (<paramref name="after"/>,
    /// seconds, after the reps' own), the band at <paramref name="posture"/> (rad) about another axis, 20 s of stream after the last:
    /// how many cycles SetEndHold passes on. The reps keep one shape (likeness 1); the cycles after them have <paramref name="likeness"/>.
    /// </summary>
    private static int Passed(DetectorTuning tuning, Func<double, double> posture, Func<double, double> more, double likeness,
        params double[] after)
    {
        double[] bounds = [.. Enumerable.Range(0, Reps + 1).Select(k => RepsAt + k * RepS), .. after];
        return Passed(tuning, posture, more, [.. bounds.Skip(1).Select((end, i) => (bounds[i], end, i < Reps ? 1 : likeness))], after[^1] + 20);
    }

    /// <summary>The same, with the cycles after the reps cut anywhere (from, to: seconds), <paramref name="end"/> the stream's end.</summary>
    private static int Passed(DetectorTuning tuning, Func<double, double> posture, Func<double, double> more,
        (double From, double To, double Likeness)[] cycles, double end)
    {
        var reps = SyntheticMotion.Reps(Reps, 40, 2, 0.5, 2, 0.5, leadInS: RepsAt);
        var meter = HoldCycles.Meter(Rate, posture, t => reps(t) + more(t), end);
        var hold = new SetEndHold(Rate, tuning, new PickUpHold(tiltShare: 0, lengthShare: 0.7, cycles: 0, look: 1, waitSamples: 0), meter);
        var (passed, i) = (0, 0);
        for (long n = 0; n < (long)(end * Rate); n++)
        {
            var (gx, gy, gz) = meter.DirectionAt(n);
            hold.Follow(n, gx, gy, gz);
            while (hold.Expire(n, ended: false, out _)) passed++;
            if (i >= cycles.Length || n != (long)(cycles[i].To * Rate)) continue;
            var (start, stop) = ((long)(cycles[i].From * Rate), n);
            var (tilt, speed) = meter.Measure(start, stop);
            var cycle = new RepCandidate(start, (start + stop) / 2, (start + stop) / 2, stop, 3, 1, Math.Round(tilt), speed)
                { Likeness = cycles[i].Likeness };
            passed += hold.Add(cycle).Length;
            i++;
        }
        while (hold.Expire((long)(end * Rate), ended: true, out _)) passed++;
        return passed;
    }

    private const double SetEnd = RepsAt + Reps * RepS;

    private static double Still(double t) => 0;

    [Fact]
    public void GettingUpToAnotherPostureIsNoRep()
    {
        // After the reps, getting up turns the band 70° in 3 s and it stays; a 2 s shuffle in the new posture follows.
        const double upAt = SetEnd + 0.5, upS = 3;
        double Up(double t) => 70 * Math.PI / 180 * SyntheticMotion.Ramp((t - upAt) / upS);
        double[] after = [upAt + upS + 0.2, upAt + upS + 2.2];
        var off = new DetectorTuning { CycleGetUpDeg = 0, CycleGetUpQuickShare = 0 };
        Assert.Equal(Reps + 1, Passed(off, Up, Still, 0.6, after));      // the shuffle came: the get-up went on as the set's
        Assert.Equal(Reps, Passed(new DetectorTuning(), Up, Still, 0.6, after));
    }

    [Fact]
    public void AShuffleRightAfterGettingUpOverAPauseWaitsWithIt()
    {
        // The set's last rep ends, 5 s later (over a pause: the set's lengths are cleared) getting up turns the band 70° in 3 s and
        // a 2 s shuffle follows at once: both wait, and are dropped. Before, the shuffle was judged against the cleared set and
        // the detector threw (IndexOutOfRangeException).
        const double upAt = SetEnd + 5, upS = 3;
        double Up(double t) => 70 * Math.PI / 180 * SyntheticMotion.Ramp((t - upAt) / upS);
        (double, double, double)[] after = [(upAt, upAt + upS + 0.2, 0.6), (upAt + upS + 0.2, upAt + upS + 2.2, 0.6)];
        (double, double, double)[] reps = [.. Enumerable.Range(0, Reps).Select(k => (RepsAt + k * RepS, RepsAt + (k + 1) * RepS, 1.0))];
        Assert.Equal(Reps, Passed(new DetectorTuning(), Up, Still, [.. reps, .. after], upAt + 25));
        Assert.Equal(Reps, Passed(new DetectorTuning(), Up, Still, [.. reps, after[0]], upAt + 25));     // getting up alone: as before
    }

    [Theory]
    [InlineData(0.5)]     // right after the set's last rep
    [InlineData(5)]       // over a pause: before, the set was cleared at the get-up and the next cycle waited with it, both dropped
    public void ACycleLikeTheSetAfterAGetUpIsTheSetGoingOn(double upAfter)
    {
        // Getting up turns the band 70° in 3 s; then, within a pause, a cycle like the set's reps turns it 30° back, ending
        // near the set's posture (not away) but not back where the get-up began. Judged against the set the get-up was found
        // against, kept until the get-up is decided: the set went on, both are its reps, whether the get-up came at once or
        // over a pause.
        const double upS = 3, backS = 3;
        var upAt = SetEnd + upAfter;
        var backAt = upAt + upS + 0.2;
        double Up(double t) => (70 * SyntheticMotion.Ramp((t - upAt) / upS) - 30 * SyntheticMotion.Ramp((t - backAt) / backS)) * Math.PI / 180;
        (double, double, double)[] reps = [.. Enumerable.Range(0, Reps).Select(k => (RepsAt + k * RepS, RepsAt + (k + 1) * RepS, 1.0))];
        (double, double, double)[] after = [(upAfter < 1 ? SetEnd : upAt, backAt, 0.6), (backAt, backAt + backS + 0.2, 1)];
        Assert.Equal(Reps + 2, Passed(new DetectorTuning(), Up, Still, [.. reps, .. after], backAt + 25));
    }

    [Fact]
    public void AQuickMovementAfterSlowRepsIsNoRep()
    {
        // Out and back 40° in 2 s right after 5 s reps, the band where the set was.
        var quick = SyntheticMotion.Reps(1, 40, 0.9, 0, 0.9, 0.2, leadInS: SetEnd);
        Assert.Equal(Reps + 1, Passed(new DetectorTuning { CycleGetUpQuickShare = 0 }, Still, quick, double.NaN, SetEnd + 2));
        Assert.Equal(Reps, Passed(new DetectorTuning(), Still, quick, double.NaN, SetEnd + 2));
    }

    [Fact]
    public void AQuickRepTheSetGoesOnAfterIsOneOfItsReps()
    {
        // The quick cycle, then one more slow rep like the others: both are the set's.
        var quick = SyntheticMotion.Reps(1, 40, 0.9, 0, 0.9, 0.2, leadInS: SetEnd);
        var rep = SyntheticMotion.Reps(1, 40, 2, 0.5, 2, 0.5, leadInS: SetEnd + 2);
        Assert.Equal(Reps + 2, Passed(new DetectorTuning(), Still, t => quick(t) + rep(t), 1, SetEnd + 2, SetEnd + 2 + RepS));
    }
}

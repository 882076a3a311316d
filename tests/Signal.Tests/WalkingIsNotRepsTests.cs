namespace HepSense.Signal.Tests;

/// <summary>
/// Walking is not reps (<see cref="GaitGate"/>): a band swinging once per stride counts every stride without the gate; with it,
/// a minute of walking (or shuffling) counts only the strides before gait is confirmed, and a set right after the walk counts as
/// without it.
/// </summary>
public class WalkingIsNotRepsTests
{
    private static readonly DetectorTuning Gated = new();
    private static readonly DetectorTuning Ungated = new() { GaitSteps = 0 };

    [Theory]
    [InlineData(Placement.Thigh, 25, true)]
    [InlineData(Placement.Trunk, 25, false)]
    [InlineData(Placement.UpperArm, 50, true)]
    [InlineData(Placement.Wrist, 50, false)]
    [InlineData(Placement.Wrist, 25, true)]
    [InlineData(Placement.Thigh, 12.5, false)]
    [InlineData(Placement.UpperArm, 200, true)]
    public void AMinuteOfWalkingCountsNoStrides(Placement placement, double rateHz, bool gyro)
    {
        var walk = GaitMotion.Walk(placement, GaitMotion.Normal, rateHz, gyro, seed: 1, walkS: 60);
        Assert.True(Detection.Count(walk, rateHz, gyro, Ungated) >= 40);   // every stride (or step) a rep without the gate
        Assert.True(Detection.Count(walk, rateHz, gyro, Gated) <= 5);      // the first strides, before the gait is sure
    }

    /// <summary>
    /// A short walk (to the mat): its rhythm is confirmed only after ten steady steps, when its first strides were already
    /// counted. A movement's first reps after a pause, when they lasted a stride of the steps under way, wait from the second
    /// steady step.
    /// </summary>
    [Theory]
    [InlineData(Placement.Thigh, 25, true)]
    [InlineData(Placement.Trunk, 50, false)]
    [InlineData(Placement.UpperArm, 25, true)]
    [InlineData(Placement.Wrist, 50, true)]
    public void AShortWalksFirstStridesAreNotCounted(Placement placement, double rateHz, bool gyro)
    {
        var walk = GaitMotion.Walk(placement, GaitMotion.Normal, rateHz, gyro, seed: 1, walkS: 10);
        Assert.True(Detection.Count(walk, rateHz, gyro, new DetectorTuning { GaitFreshReps = 0 }) >= 3);   // its first strides
        Assert.True(Detection.Count(walk, rateHz, gyro, Gated) <= 1);
    }

    /// <summary>
    /// On the shank a brisk walk's |a| crosses the step floor at irregular phases (its own heel strike, the swing): no steady
    /// steps. The stride rhythm finds it: a rise of the band that comes with a heel strike's jolt, once per stride, steady.
    /// </summary>
    [Theory]
    [InlineData(25, true)]
    [InlineData(25, false)]
    [InlineData(50, false)]
    [InlineData(100, true)]
    public void ABriskWalkOnTheShankCountsNoStrides(double rateHz, bool gyro)
    {
        var walk = GaitMotion.Walk(Placement.Shank, GaitMotion.Brisk, rateHz, gyro, seed: 1, walkS: 60);
        Assert.True(Detection.Count(walk, rateHz, gyro, new DetectorTuning { GaitStrides = 0 }) >= 40);   // steps alone: every stride
        Assert.True(Detection.Count(walk, rateHz, gyro, Gated) <= 8);   // the strides before the rhythm is sure
    }

    /// <summary>
    /// A slow walk on the shank whose own heel strikes where the shank's swing turns back: its |a| makes no steady steps and its
    /// band no steady rise. With a gyroscope the swing rhythm finds it: a jolt, once per stride, while the band's turning rate is
    /// near rest after a swing (a rep's |a| has no jolt at its turns).
    /// </summary>
    [Theory]
    [InlineData(100)]
    [InlineData(50)]
    public void ASlowShankWalkWithAStrikeAtEachSwingsEndCountsFewStrides(double rateHz)
    {
        var walk = GaitMotion.Walk(Placement.Shank, GaitMotion.Slow, rateHz, gyro: true, seed: 1, walkS: 60, strikeAtSwingEnd: true);
        Assert.True(Detection.Count(walk, rateHz, true, new DetectorTuning { GaitSwingJoltMs2 = 0 }) >= 40);   // every stride
        Assert.True(Detection.Count(walk, rateHz, true, Gated) <= 15);   // the strides before the rhythm is sure
    }

    /// <summary>
    /// A patient in pain shuffles (1.3 steps/s, small jolts and bounce, jittery steps): under the step floor and too irregular
    /// for the steady walk. The shuffle rhythm (a lower floor, a looser steadiness, strides that turn the band little) finds it.
    /// </summary>
    [Theory]
    [InlineData(Placement.Trunk, 25, true)]
    [InlineData(Placement.Thigh, 25, false)]
    [InlineData(Placement.UpperArm, 50, true)]
    [InlineData(Placement.Wrist, 100, true)]
    [InlineData(Placement.Shank, 25, true)]
    public void AMinuteOfShufflingCountsFewStrides(Placement placement, double rateHz, bool gyro)
    {
        var shuffle = GaitMotion.Walk(placement, GaitMotion.Shuffle, rateHz, gyro, seed: 1, walkS: 60);
        Assert.True(Detection.Count(shuffle, rateHz, gyro, new DetectorTuning { GaitShuffleMaxRomDeg = 0 }) >= 30);   // every stride
        Assert.True(Detection.Count(shuffle, rateHz, gyro, Gated) <= 8);   // the strides before the shuffle is sure
    }

    /// <summary>
    /// A shuffle a little quicker (1.55 steps/s: strides of 1.29 s, under the shuffle rhythm's least stride) with the same small
    /// jolts and bounce (under the walk's step floor): neither rhythm holds it. The long walk does: thirty steps over the
    /// shuffle's floor whose strides keep near the run's mean, far more strides in a row than a set has reps; the strides after
    /// it are dropped (those before count).
    /// </summary>
    [Theory]
    [InlineData(Placement.Wrist, 25, true)]
    [InlineData(Placement.UpperArm, 25, true)]
    [InlineData(Placement.Thigh, 50, true)]
    [InlineData(Placement.Trunk, 25, false)]
    public void ALongQuickShuffleCountsOnlyItsFirstStrides(Placement placement, double rateHz, bool gyro)
    {
        var shuffle = GaitMotion.Walk(placement, GaitMotion.Shuffle with { StepsPerS = 1.55 }, rateHz, gyro, seed: 1, walkS: 90);
        Assert.True(Detection.Count(shuffle, rateHz, gyro, new DetectorTuning { GaitLongSteps = 0 }) >= 30);   // 35–36 of ~70 strides
        Assert.True(Detection.Count(shuffle, rateHz, gyro, Gated) <= 18);   // 13–14: the strides before thirty steady steps
    }

    /// <summary>
    /// A long shuffle on the shank (gyroscope): the shank turns 36° once per stride (1.38 s, a little jitter), the band's own
    /// soft landing (a one-sample jolt of 1.8 m/s²) where the swing turns back, but every fifth landing softer still (0.8 m/s²,
    /// under every floor): the shuffle swing's runs of eight break on it. The long shuffle tolerates a missed landing and holds
    /// after fifteen strides at one period: the strides after it are dropped (those before count).
    /// </summary>
    [Theory]
    [InlineData(25)]
    [InlineData(50)]
    public void ALongShankShuffleWithMissedLandingsCountsOnlyItsFirstStrides(double rateHz)
    {
        var shuffle = SoftLandingShuffle(rateHz);
        Assert.True(Detection.Count(shuffle, rateHz, true, new DetectorTuning { GaitLongStrideJoltMs2 = 0 }) >= 55);   // every stride
        Assert.True(Detection.Count(shuffle, rateHz, true, Gated) <= 25);   // the strides before fifteen steady landings
    }

    /// <summary>
    /// The shank's long shuffle: 3 s still, 64 strides (1.38 s ± 3 %) each turning the band 36° and back, a one-sample landing
    /// of 1.8 m/s² (every fifth 0.8) at each stride's end, 3 s still.
    /// </summary>
    internal static ImuSample[] SoftLandingShuffle(double rateHz)
    {
        var random = new Random(3);
        var turns = new List<double> { 3 };
        for (var k = 0; k < 64; k++) turns.Add(turns[^1] + 1.38 * (1 + 0.03 * (2 * random.NextDouble() - 1)));
        double Angle(double t)   // the stance turns the shank 36° slowly, the swing (the stride's last 35 %) back quickly to the landing
        {
            if (t <= turns[0] || t >= turns[^1]) return 0;
            var k = turns.BinarySearch(t);
            if (k < 0) k = ~k - 1;
            var u = (t - turns[k]) / (turns[k + 1] - turns[k]);
            return 36 * Math.PI / 180 * (u < 0.65 ? SyntheticMotion.Ramp(u / 0.65) : 1 - SyntheticMotion.Ramp((u - 0.65) / 0.35));
        }
        var samples = SyntheticMotion.Render(Angle, turns[^1] + 3, rateHz, gyro: true);
        for (var k = 1; k < turns.Count - 1; k++)
        {
            var i = (int)Math.Round(turns[k] * rateHz);
            var s = samples[i];
            var m = Math.Sqrt(s.Ax * s.Ax + s.Ay * s.Ay + s.Az * s.Az);
            var f = (float)(1 + (k % 5 == 0 ? 0.8 : 1.8) / m);   // every fifth landing under every floor
            samples[i] = s with { Ax = s.Ax * f, Ay = s.Ay * f, Az = s.Az * f };
        }
        return samples;
    }

    /// <summary>
    /// A slow lunge with dumbbells at the wrist: a rep every 2.1 s that turns the band 8°, its |a| bouncing three times per rep
    /// (step out, down, up and back) at a shuffle's pace, steadily. A shuffle's reps are its strides, one per two steps: these are
    /// not (walk10b; before, the shuffle rhythm took the set for a shuffle and dropped its reps).
    /// </summary>
    [Theory]
    [InlineData(50, true)]
    [InlineData(50, false)]
    [InlineData(25, true)]
    public void ASlowLungeWithThreeBouncesPerRepIsNoShuffle(double rateHz, bool gyro)
    {
        const int reps = 14;
        const double period = 2.1, leadIn = 3;
        var set = SyntheticMotion.Render(SyntheticMotion.Reps(reps, 8, 0.9, 0.1, 0.9, 0.2, leadIn), leadIn + reps * period + 4, rateHz, gyro);
        var up = SyntheticMotion.Unit((1.5, -2.0, 9.4));   // the band's up at rest (its gravity); 8° of turn barely moves it
        for (var i = 0; i < set.Length; i++)
        {
            var t = i / rateHz - leadIn;
            if (t < 0 || t >= reps * period) continue;
            var bounce = 0.4 * Math.Sin(2 * Math.PI * t * 3 / period);   // three a rep, 0.7 s apart: under the walk's step floor
            var s = set[i];
            set[i] = s with { Ax = s.Ax + (float)(bounce * up.Item1), Ay = s.Ay + (float)(bounce * up.Item2), Az = s.Az + (float)(bounce * up.Item3) };
        }
        Assert.Equal(reps, Detection.Count(set, rateHz, gyro, Ungated));
        Assert.True(Detection.Count(set, rateHz, gyro, new DetectorTuning { GaitShuffleStrideShare = 0 }) < reps - 1);   // any period: a shuffle
        Assert.Equal(reps, Detection.Count(set, rateHz, gyro, Gated));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ASetRightAfterAWalkCountsAsWithoutIt(bool gyro)
    {
        const double rate = 25;
        var set = SyntheticMotion.Render(SyntheticMotion.Reps(10, 70, 1.2, 0.3, 1.2, 0.8), 40, rate, gyro);
        var walk = GaitMotion.Walk(Placement.Wrist, GaitMotion.Normal, rate, gyro, seed: 2, walkS: 20, tailS: 0);
        var alone = Detection.Count(set, rate, gyro, Gated);
        Assert.Equal(10, alone);
        var reps = Detection.Run(new RepDetector(rate, gyro, Gated), [.. walk, .. set]);
        Assert.Equal(alone, reps.Count(r => r.EndSample >= walk.Length));   // the set, as without the walk
        Assert.True(reps.Count(r => r.EndSample < walk.Length) <= 4);       // the walk: its first strides at most
    }
}

namespace HepSense.Signal.Tests;

/// <summary>
/// Accelerometer only: cycles judged by how far they tilted the band (RepMeter's gravity), which does not depend on the tempo,
/// where the acceleration's size does. uci-pt templates: 3 slow, 3 fast and 3 low-amplitude reps.
/// </summary>
public class TiltWithoutGyroscopeTests
{
    private static (int Counted, int True) Count(string file, double tempo, DetectorTuning tuning) =>
        SimulatedSets.Count(RepoPaths.Imu, file, hasGyroscope: false, tuning, tempo);

    [Theory]
    [InlineData("uci-pt/s2-e3-template.csv", 1, 0, 0)]
    [InlineData("uci-pt/s2-e3-template.csv", 1.5, 0, 0)]
    [InlineData("uci-pt/s2-e5-template.csv", 2, 2, 0)]
    [InlineData("uci-pt/s2-e3-test.csv", 2, 1, 1)]
    public void AWobbleInASlowSetIsNotARep(string file, double tempo, int extra, int missed)
    {
        // A slow wobble in a hold or rest (6–12° where the reps turn 50–110°) a period after the last rep, or, played 1.5–2
        // times slower, when the reps outlast PeriodMaxS and no period keeps cycles apart: 10 of 9, 10 of 9, 12 of 9, 33 of 30
        // counted (now 9, 9, 11, 29). s2-e3-test at 2x: 31 had two held reps' ways back (17.8 s, 334 s) counted as reps of their
        // own making up for a rep lost; they are not counted since CycleCounter.WayBack (helper paccel), hence 29.
        var (counted, reps) = Count(file, tempo, new DetectorTuning());
        Assert.InRange(counted, reps - missed, reps + extra);
    }

    [Theory]
    [InlineData("uci-pt/s2-e3-template.csv")]
    [InlineData("uci-pt/s2-e6-template.csv")]
    [InlineData("uci-pt/s2-e7-template.csv")]
    public void TheFirstFastRepAfterSlowOnesCountsWhenSizesAreTilts(string file)
    {
        // Sizes by tilt (CycleTiltShare; by acceleration, 8 of 9). Played 0.7 times as long, the first fast rep comes sooner than the slow reps' period allows,
        // and its peak acceleration, through a counted band still tuned to the slow reps, was under 0.8 of the last slow rep's
        // (8 of 9 counted).
        Assert.Equal(9, Count(file, 0.7, new DetectorTuning()).Counted);
    }
}

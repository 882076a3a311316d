namespace HepSense.Signal.Tests;

/// <summary>
/// Accelerometer only, slow reps of small range (a physio rep of 10–15° taking 3–4 s each way): their band-passed
/// acceleration is 0.1–0.3 m/s², near the cycle counter's floor, yet every one counts. (A gyroscope band misses these
/// today: its motion axis is never found under GyroAxisLowRadS; see src/Signal/README.md, Limits.)
/// </summary>
public class SlowSmallTiltsTests
{
    [Theory]
    [InlineData(12.5, 10, 3)]
    [InlineData(25, 10, 3)]
    [InlineData(100, 10, 3)]
    [InlineData(12.5, 15, 4)]
    [InlineData(25, 15, 4)]
    [InlineData(100, 15, 4)]
    public void EverySlowSmallTiltCounts(double rate, double romDeg, double eachWayS)
    {
        var motion = SyntheticMotion.Reps(10, romDeg, eachWayS, 1, eachWayS, 1.5);
        for (var seed = 1; seed <= 3; seed++)
        {
            var samples = SyntheticMotion.Render(motion, 3 + 10 * (2 * eachWayS + 2.5) + 3, rate, gyro: false, seed: seed);
            Assert.Equal(10, Detection.Run(new RepDetector(rate, hasGyroscope: false), samples).Count);
        }
    }
}

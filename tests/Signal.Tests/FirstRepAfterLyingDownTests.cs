namespace HepSense.Signal.Tests;

/// <summary>
/// Lying down or sitting before a home-program set turns the band a long way (here 40°) and it stays there; the set's first rep
/// then goes on out the same way and comes back to that rest, not to where the band began. Read as one long way out with a
/// deep dip, that rep was lost; the way out rested part way (WayOutRestS), so the rest is the rep's start
/// (SwingCounter.RepFromRest). Simulated stillset files (firmware-sim walk) lost a lying or seated set's first rep this way.
/// </summary>
public class FirstRepAfterLyingDownTests
{
    private const double Rate = 25;

    private static ImuSample[] LieDownThenReps(int reps)
    {
        var set = SyntheticMotion.Reps(reps, 35, raiseS: 2, holdS: 1, lowerS: 2, pauseS: 1.5, leadInS: 9.5);
        double Angle(double t) => 40 * Math.PI / 180 * SyntheticMotion.Ramp((t - 5) / 3) + set(t);
        return SyntheticMotion.Render(Angle, 9.5 + reps * 6.5 + 8, Rate, gyro: true);
    }

    [Fact]
    public void TheFirstRepAfterLyingDownCounts()
    {
        var samples = LieDownThenReps(10);
        Assert.Equal(10, Detection.Count(samples, Rate, gyro: true));
        Assert.Equal(9, Detection.Count(samples, Rate, gyro: true, new DetectorTuning { WayOutRestS = 0 }));
    }
}

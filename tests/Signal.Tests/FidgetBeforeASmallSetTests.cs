namespace HepSense.Signal.Tests;

/// <summary>
/// Gyroscope: a fidget about another axis (a twist of the shank about the vertical, 6.5–8° over 1 s) just before a set of
/// small heel raises (6–8°). The fidget is the stream's first movement: it counts first (waiting as a possible set-up, for
/// the set's floor), and the axis stays its own until the first heel raise is over. With the one-rep floor
/// (SmallSetFloorShare) the floor fell to the fidget's size, and the first raise, read on the fidget's axis, was cut in two
/// (or lost). The band then turns mostly about another axis than the one read: the one-rep floor waits (SmallSetTurnShare).
/// </summary>
public class FidgetBeforeASmallSetTests
{
    private const int Raises = 8;

    /// <summary>
    /// Eight heel raises of <paramref name="romDeg"/> (raise 1.2 s, hold 0.7 s, lower 1.2 s, rest 0.9 s) from 3 s, and a
    /// fidget of <paramref name="fidgetDeg"/> over 1 s about the vertical ending <paramref name="beforeS"/> before them.
    /// </summary>
    private static ImuSample[] FidgetThenRaises(double rateHz, double romDeg, double fidgetDeg, double beforeS)
    {
        const double raise = 1.2, hold = 0.7, lower = 1.2, pause = 0.9, lead = 3, fidgetS = 1;
        var raises = SyntheticMotion.Reps(Raises, romDeg, raise, hold, lower, pause, lead);
        var from = lead - beforeS - fidgetS;
        double Fidget(double t) => t < from || t > from + fidgetS ? 0 : fidgetDeg * Math.PI / 180 * Math.Sin(Math.PI * (t - from) / fidgetS);
        // The second axis is the vertical in the band's frame (gravity there, as SyntheticMotion renders it).
        return SyntheticMotion.RenderTwoAxesWithGyro(raises, Fidget, (0.3, 0.8, 0.5), (1.5, -2.0, 9.4),
            lead + Raises * (raise + hold + lower + pause) + 4, rateHz);
    }

    [Theory]
    [InlineData(12.5, 6, 6.5, 0.3)]
    [InlineData(12.5, 8, 8, 0.3)]
    [InlineData(25, 6, 6.5, 0.8)]
    [InlineData(25, 6, 8, 0.8)]
    public void TheFirstRaiseIsCountedOnce(double rateHz, double romDeg, double fidgetDeg, double beforeS)
    {
        var samples = FidgetThenRaises(rateHz, romDeg, fidgetDeg, beforeS);
        Assert.Equal(Raises, Detection.Count(samples, rateHz, true, new DetectorTuning()));
        Assert.NotEqual(Raises, Detection.Count(samples, rateHz, true, new DetectorTuning { SmallSetTurnShare = 0 }));
    }
}

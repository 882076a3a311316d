namespace HepSense.Signal.Tests;

/// <summary>
/// Gyroscope: a set of small reps whose second is a partial one (a heel raise turns the shank 3–8°; simulated physio s7
/// in-pain-heel-raise-2, 7° then two of 3.5°). The set's first rep barely clears the swing floor (GyroFloorRad, 4.6°), and the
/// in-set floor used to wait for a second rep, so the half-size partial after it was lost. A first rep that small is enough
/// for the floor to follow the set (SmallSetFloorShare).
/// </summary>
public class PartialRepsOfASmallSetTests
{
    /// <summary>Ten heel raises of 7° (raise 1.2 s, hold 0.7 s, lower 1.2 s, rest 0.9 s), the 2nd of <paramref name="partialDeg"/>.</summary>
    private static ImuSample[] HeelRaises(double rateHz, double partialDeg)
    {
        const int count = 10;
        const double raise = 1.2, hold = 0.7, lower = 1.2, pause = 0.9;
        var reps = SyntheticMotion.Reps(count, 7, raise, hold, lower, pause, romOf: k => k == 1 ? partialDeg : 7);
        return SyntheticMotion.Render(reps, 3 + count * (raise + hold + lower + pause) + 4, rateHz, gyro: true);
    }

    [Theory]
    [InlineData(25, 3.5)]
    [InlineData(50, 3.5)]
    [InlineData(100, 3.5)]
    [InlineData(25, 4)]
    public void APartialRepAfterTheSetsFirstIsCounted(double rateHz, double partialDeg)
    {
        var samples = HeelRaises(rateHz, partialDeg);
        Assert.Equal((10, 9), (Detection.Count(samples, rateHz, true, new DetectorTuning()),
            Detection.Count(samples, rateHz, true, new DetectorTuning { SmallSetFloorShare = 0 })));
    }
}

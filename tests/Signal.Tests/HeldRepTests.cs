namespace HepSense.Signal.Tests;

/// <summary>
/// Slow reps held 5 s at the top with a short rest at the bottom (uci-pt s1-e5, prone hip extension). The first rise twists
/// the limb a little about a second axis, quickly, and the twist unwinds late in the rise: read on the axis the first rise
/// set (both turns mixed), the unwinding looked like the way back, the hold then like a rest (a pause: re-zeroed at the
/// top), and the set was counted from top to top, its first rise alone. Along the rise's turn the rotation never came back.
/// </summary>
public class HeldRepTests
{
    private const double RaiseS = 1.6, HoldS = 5, LowerS = 0.5, RestS = 1.2, Lead = 3;

    private static List<DetectedRep> Detected(double rateHz, DetectorTuning tuning)
    {
        var reps = SyntheticMotion.Reps(10, 12, RaiseS, HoldS, LowerS, RestS, Lead);
        // The first rise only: 3° of twist in its first 0.3 s, unwound to 1° the other way from 1 s on, held so to its end.
        static double Twist(double t) => Math.PI / 180 * (t < Lead + 1 ? 3 * SyntheticMotion.Ramp((t - Lead) / 0.3)
            : t < Lead + RaiseS + HoldS ? 3 - 4 * SyntheticMotion.Ramp((t - Lead - 1) / 0.3)
            : -(1 - SyntheticMotion.Ramp((t - Lead - RaiseS - HoldS) / LowerS)));
        var seconds = Lead + 10 * (RaiseS + HoldS + LowerS + RestS) + 10;
        var samples = SyntheticMotion.RenderTwoAxesWithGyro(reps, Twist, (1, 0.1, 0), (0, 0.1, 1), seconds, rateHz);
        return Detection.Run(new RepDetector(rateHz, hasGyroscope: true, tuning), samples);
    }

    [Fact]
    public void AHeldTopAfterATwistThatUnwoundIsNotARest()
    {
        var reps = Detected(25, new DetectorTuning());
        Assert.Equal(10, reps.Count);
        // Each rep holds its top: rise, hold and lowering, not lowering and rise (counted from top to top).
        Assert.All(reps, r => Assert.True(r.DurationS > HoldS, $"a {r.DurationS:F1} s rep"));
        // Without the rotation's test, the first rise alone is a rep and the holds fall between reps.
        Assert.True(Detected(25, new DetectorTuning { TurnedBackShare = 0 })[0].DurationS < HoldS);
    }
}

namespace HepSense.Signal.Tests;

/// <summary>
/// A set counted from its tops, then a long rest at the top that sags (uci-pt s1-e5-test as a consumer sensor, `--mems 0.05`:
/// the idle after its slow block). The limb is lifted slowly into a held posture (60°), rests there, and each rep dips 20°
/// from it and comes back (RestAgainst takes the lift for getting into position: the set's base is the posture, the angle's
/// zero the first rep's low point). After the last rep the limb sinks 8° as it tires (0.4 of a rep: s1-e5's sag was 0.38),
/// rests there 25 s, is lifted back and makes a second set of eight, while the gyroscope's bias drifts as the sensor warms
/// (0 to 0.05 rad/s). The sink is a way out from the top: rested, it was never a pause (no ShortWayOut: it tilted the band over
/// PauseTiltDeg and went over PauseOutShare of a rep), and the lift back made it a 25 s "rep". Steady at the top for
/// TopRestSteadyS, it rests where it sank (TopRestShare).
/// </summary>
public class RestAtTheTopTests
{
    private static ImuSample[] SetsAroundASaggingRest(double rateHz)
    {
        const double deg = Math.PI / 180, lift = 3, repsFrom = 8, period = 4.9, rest = 25;
        var first = SyntheticMotion.Reps(8, 20, raiseS: 0.8, holdS: 0.3, lowerS: 0.8, pauseS: 3, leadInS: repsFrom);
        var sinks = repsFrom + 8 * period - 2.7;     // 0.3 s after the last rep came back up
        var back = sinks + 3 + rest;
        var second = SyntheticMotion.Reps(8, 20, raiseS: 0.8, holdS: 0.3, lowerS: 0.8, pauseS: 3, leadInS: back + 4.5);
        double Angle(double t) => 60 * deg * SyntheticMotion.Ramp((t - lift) / 2) - first(t) - second(t)
            - 8 * deg * SyntheticMotion.Ramp((t - sinks) / 3) + 8 * deg * SyntheticMotion.Ramp((t - back) / 1.5);
        var samples = SyntheticMotion.Render(Angle, back + 4.5 + 8 * period + 4, rateHz, gyro: true);
        for (var i = 0; i < samples.Length; i++)
        {
            var bias = 0.05 * i / samples.Length;
            samples[i] = samples[i] with { Gx = samples[i].Gx + (float)bias, Gy = samples[i].Gy - (float)(0.7 * bias) };
        }
        return samples;
    }

    [Theory]
    [InlineData(12.5)]
    [InlineData(25)]
    [InlineData(50)]
    [InlineData(100)]
    public void ALimbThatSinksInALongRestAtTheTopRestsThere(double rateHz)
    {
        var samples = SetsAroundASaggingRest(rateHz);
        Assert.Equal(16, Detection.Count(samples, rateHz, gyro: true));
        // Without the rule the sink and the lift back are a rep of their own (8–10°, 28 s). The last rep ends in the sink, so the
        // sunk limb is also back where it came back to: BackAtRest (tempo13) rests it too, and either rule alone keeps 16. On the
        // recordings they differ (uci-pt at tempo 0.85 loses a file without TopRestShare).
        Assert.Equal(17, Detection.Count(samples, rateHz, gyro: true, new DetectorTuning { TopRestShare = 0, BackAtRestRepShare = 0 }));
    }
}

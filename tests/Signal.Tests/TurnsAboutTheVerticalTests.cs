namespace HepSense.Signal.Tests;

/// <summary>
/// Accelerometer only: slow turns about the vertical (shoulder external rotation of a patient in pain, the forearm level, the band
/// 0.2 m from the joint). Gravity does not move; the band feels only the turn's own acceleration (r φ'' along its path, r φ'²
/// towards the joint): 0.05–0.2 m/s², under the counted band's 0.3 m/s² floor, yet well over a quiet sensor's noise. The
/// floor keeps fidgets and noise out; a set that clearly repeats under it (the period known) is counted against its own size.
/// </summary>
public class TurnsAboutTheVerticalTests
{
    /// <summary>
    /// <paramref name="count"/> turns of <paramref name="romDeg"/> (out 2.1 s, hold 0.35 s, back 2.5 s, pause 1.4 s) about the
    /// vertical, 3 s of rest before and 4 s after, the band mounted at a fixed tilt, with ±0.03 m/s² of noise.
    /// </summary>
    private static ImuSample[] Turns(double rateHz, int count, double romDeg, int seed = 1)
    {
        const double raise = 2.1, hold = 0.35, lower = 2.5, pause = 1.4, r = 0.25;
        var angle = SyntheticMotion.Reps(count, romDeg, raise, hold, lower, pause);
        var random = new Random(seed);
        var samples = new ImuSample[(int)((3 + count * (raise + hold + lower + pause) + 4) * rateHz)];
        const double e = 1e-3;
        for (var i = 0; i < samples.Length; i++)
        {
            var t = i / rateHz;
            var (rate, accel) = ((angle(t + e) - angle(t - e)) / (2 * e), (angle(t + e) - 2 * angle(t) + angle(t - e)) / (e * e));
            // In the frame turning with the forearm: towards the joint, along the path, up (specific force: gravity reads +g).
            var (x, y, z) = (-r * rate * rate, r * accel, 9.81);
            // The band's mounting: a fixed turn of 30° about x, then 20° about z.
            var (c1, s1, c2, s2) = (Math.Cos(0.52), Math.Sin(0.52), Math.Cos(0.35), Math.Sin(0.35));
            (y, z) = (c1 * y - s1 * z, s1 * y + c1 * z);
            (x, y) = (c2 * x - s2 * y, s2 * x + c2 * y);
            double N() => 0.03 * (random.NextDouble() * 2 - 1);
            samples[i] = new ImuSample((float)(x + N()), (float)(y + N()), (float)(z + N()), 0, 0, 0);
        }
        return samples;
    }

    private static int Count(ImuSample[] samples, double rateHz, DetectorTuning? tuning = null) =>
        Detection.Count(samples, rateHz, false, tuning);

    [Theory]
    [InlineData(25, 60, 1)]
    [InlineData(25, 50, 2)]
    [InlineData(25, 70, 2)]
    [InlineData(50, 60, 3)]
    [InlineData(100, 55, 1)]
    [InlineData(100, 65, 2)]
    public void SlowTurnsAboutTheVerticalAreCountedOnceTheyRepeat(double rateHz, double romDeg, int seed)
    {
        // Until the set's period is known (two or three reps) nothing tells them from fidgets; from then on each is counted.
        var samples = Turns(rateHz, 14, romDeg, seed);
        var counted = Count(samples, rateHz);
        Assert.True(counted is >= 11 and <= 14, $"{counted} of 14");
        Assert.Equal(0, Count(samples, rateHz, new DetectorTuning { CycleRepeatFloorMs2 = 0 }));
    }

    [Theory]
    [InlineData(25)]
    [InlineData(100)]
    public void NoiseAloneIsNoSet(double rateHz)
    {
        // A still band: nothing repeats, whatever the floor.
        Assert.Equal(0, Count(Turns(rateHz, 14, 0), rateHz));
    }

    [Theory]
    [InlineData(25, 1.0, 4)]
    [InlineData(25, 1.0, 2.5)]
    [InlineData(100, 0.7, 4)]
    [InlineData(100, 1.0, 6)]
    public void ARockOfADegreeIsNoSet(double rateHz, double deg, double periodS)
    {
        // Breathing with the band on the chest, a foot rocking: it repeats, but tilts the band about a degree (lobes under
        // 0.1 m/s²). With the least floor at 0.05 m/s² a 0.7° rock at 4 s counted 14–16 reps over the 2 minutes.
        double Angle(double t) => deg * Math.PI / 180 * SyntheticMotion.Ramp(2 * t / periodS % 2 is var x && x > 1 ? 2 - x : x);
        var samples = SyntheticMotion.Render(Angle, 120, rateHz, gyro: false);
        Assert.Equal(0, Count(samples, rateHz));
    }
}

namespace HepSense.Signal.Tests;

/// <summary>Accelerometer only: fast reps of small range from a set's first one, and sets whose reps vary in size and tempo.</summary>
public class FastRepsWithoutGyroscopeTests
{
    private static int Count(Func<double, double> motion, double seconds, double rate, int seed = 1) =>
        Detection.Run(new RepDetector(rate, hasGyroscope: false), SyntheticMotion.Render(motion, seconds, rate, gyro: false, seed: seed, noise: 0.15)).Count;

    [Theory]
    [InlineData(12.5, 20)]
    [InlineData(25, 20)]
    [InlineData(50, 20)]
    [InlineData(100, 20)]
    [InlineData(25, 30)]
    public void CountsFastSmallRepsFromTheSetsFirst(double rate, double romDeg)
    {
        // 12 reps of 0.7 s from rest. Until the period is known the counted band's edge is 1 Hz: these reps pass it at under
        // half their size, on top of the high-pass settling on the set's first movement, and the first two were one cycle
        // (11 counted).
        var motion = SyntheticMotion.Reps(12, romDeg, 0.35, 0, 0.35, 0, leadInS: 4);
        Assert.Equal(12, Count(motion, 4 + 12 * 0.7 + 4, rate));
    }

    [Theory]
    [InlineData(12.5)]
    [InlineData(25)]
    [InlineData(50)]
    [InlineData(100)]
    public void ASloppySetLosesNoRep(double rate)
    {
        // Size (70–140°) and tempo (1–2.4 s a rep, rests of 0.1–0.7 s) vary from rep to rep. Such a set's autocorrelation
        // can peak higher at two or three reps than at one; the minimum gap between counted reps, a share of that multiple,
        // dropped one (12 counted).
        double[] rom = [100, 110, 70, 130, 75, 110, 140, 80, 90, 140, 140, 110, 140];
        double[] raise = [0.64, 0.56, 0.48, 0.72, 0.48, 0.64, 0.72, 0.48, 0.56, 0.8, 0.88, 0.72, 0.64];
        double[] rest = [0.4, 0.24, 0.48, 0.72, 0.32, 0.4, 0.48, 0.48, 0.24, 0.4, 0.56, 0.08, 0.4];
        double Motion(double t)
        {
            var u = t - 3;
            for (var k = 0; k < rom.Length && u >= 0; u -= 2 * raise[k] + rest[k], k++)
                if (u < 2 * raise[k]) return rom[k] * Math.PI / 180 * (1 - Math.Cos(Math.PI * u / raise[k])) / 2;
            return 0;
        }
        var seconds = 3 + raise.Sum() * 2 + rest.Sum() + 3;
        Assert.Equal(rom.Length, Count(Motion, seconds, rate));
        Assert.Equal(rom.Length, Count(Motion, seconds, rate, seed: 2));
    }

    [Fact]
    public void WideLobesSplitOnlyRegularAlikeCycles()
    {
        // 50 Hz, threshold 0.3: lobes every 0.35 s alternating sides, two cycles of 0.7 s (35 samples), the counted one ending at 170.
        var lobes = new WideLobes();
        foreach (var (n, x) in new[] { (60L, 0.2), (100L, 1.2), (110L, 0.9), (117L, -0.6), (135L, 0.8), (152L, -0.7), (160L, 0.1) })
            lobes.Add(n, x, 0.3);
        Span<long> starts = stackalloc long[8];
        Assert.Equal(2, lobes.Split(90, 170, 22, 50, 0.4, 0.7, starts));
        Assert.Equal([100L, 135L], starts[..2].ToArray());
        Assert.Equal(0, lobes.Split(90, 170, 22, 50, 0.6, 0.7, starts));     // 0.6 < 0.6 × 1.2: not alike
        Assert.Equal(0, lobes.Split(90, 170, 22, 30, 0.4, 0.7, starts));     // slower than the counted band passes
        Assert.Equal(0, lobes.Split(90, 170, 40, 50, 0.4, 0.7, starts));     // faster than anyone repeats a movement
        Assert.Equal(0, lobes.Split(90, 205, 22, 100, 0.4, 0.7, starts));    // the last cycle twice the first: not regular
        Assert.Equal(0, lobes.Split(120, 170, 22, 50, 0.4, 0.7, starts));    // one cycle since the counted one began
    }
}

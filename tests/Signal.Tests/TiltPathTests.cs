namespace HepSense.Signal.Tests;

/// <summary>
/// Accelerometer only, the tilt path (experimental, off by default): the tilt rate TiltRate makes from gravity's turning,
/// and the gyroscope's counting paths fed with it.
/// </summary>
public class TiltPathTests
{
    private static readonly DetectorTuning Tilt = new() { TiltPath = 1 };

    /// <summary>Turns the tilt rate of a stream back into an angle (deg): the integrated rate's size at the end.</summary>
    private static double IntegratedTiltDeg(ImuSample[] samples, double rate)
    {
        var tilt = new TiltRate(rate, Tilt);
        double x = 0, y = 0, z = 0;
        foreach (var s in samples)
        {
            var g = tilt.Gyroscope(in s);
            (x, y, z) = (x + g.Gx / rate, y + g.Gy / rate, z + g.Gz / rate);
        }
        return Math.Sqrt(x * x + y * y + z * z) * 180 / Math.PI;
    }

    [Theory]
    [InlineData(12.5)]
    [InlineData(25)]
    [InlineData(100)]
    public void ATiltAboutAHorizontalAxisIntegratesToItsAngle(double rate)
    {
        // 30° over 2 s, then held 4 s: about an axis perpendicular to the synthetic band's gravity (1.5, -2, 9.4).
        var samples = SyntheticMotion.Render(t => Math.Clamp((t - 1) / 2, 0, 1) * 30 * Math.PI / 180, 7, rate, gyro: false,
            ux: 2, uy: 1.5, uz: 0, noise: 0.02);
        Assert.InRange(IntegratedTiltDeg(samples, rate), 28.5, 31.5);
    }

    [Fact]
    public void ATurnAboutGravityIsUnseen()
    {
        // 60° about the vertical: gravity's direction in the band's frame does not change.
        var samples = SyntheticMotion.Render(t => Math.Clamp((t - 1) / 2, 0, 1) * 60 * Math.PI / 180, 7, 25, gyro: false,
            ux: 1.5, uy: -2, uz: 9.4, noise: 0.02);
        Assert.InRange(IntegratedTiltDeg(samples, 25), 0, 1);
    }

    [Theory]
    [InlineData(12.5)]
    [InlineData(25)]
    [InlineData(100)]
    public void ASloppySetOfLargeTiltsLosesNoRep(double rate)
    {
        // Reps of 45–160° alternating large and small, 2.7 s each. The acceleration grows as 1 − cos of the angle, so the
        // cycle counter's small reps sit under a threshold the large ones set (8 of 12 counted); the tilt is linear in it.
        double[] rom = [150, 60, 140, 50, 160, 70, 150, 45, 130, 60, 150, 55];
        var motion = SyntheticMotion.Reps(12, 0, 1.2, 0.2, 1.2, 0.3, romOf: k => rom[k]);
        for (var seed = 1; seed <= 3; seed++)
        {
            var samples = SyntheticMotion.Render(motion, 3 + 12 * 2.9 + 4, rate, gyro: false, seed: seed);
            Assert.Equal(12, Detection.Run(new RepDetector(rate, false, Tilt), samples).Count);
        }
    }

    [Fact]
    public void OffByDefault()
    {
        // The tilt path is not better on balance (src/Signal/README.md): the default stays the cycle counter, rep for rep.
        var samples = SyntheticMotion.Render(SyntheticMotion.Reps(8, 40, 1.5, 0.5, 1.5, 1), 3 + 8 * 4.5 + 4, 25, gyro: false);
        var byDefault = Detection.Run(new RepDetector(25, false), samples);
        var cycles = Detection.Run(new RepDetector(25, false, new DetectorTuning { TiltPath = 0 }), samples);
        Assert.Equal(cycles, byDefault);
    }
}

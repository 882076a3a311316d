using HepSense.Signal;

namespace HepSense.RepAccuracy;

/// <summary>
/// The same recording as another sensor would have given it: another sample rate, another mounting, or a cheaper sensor.
/// The detector must count the same either way; the harness uses these to check that it generalises.
/// </summary>
public static class RecordingVariants
{
    /// <summary>Linear interpolation from <paramref name="fromHz"/> to <paramref name="toHz"/>.</summary>
    public static Recording Resample(this Recording recording, double fromHz, double toHz)
    {
        var source = recording.Samples;
        var count = (int)Math.Floor((source.Length - 1) * toHz / fromHz) + 1;
        var samples = new ImuSample[count];
        for (var i = 0; i < count; i++)
        {
            var at = i * fromHz / toHz;
            var k = Math.Min((int)at, source.Length - 2);
            var f = (float)(at - k);
            ImuSample a = source[k], b = source[k + 1];
            samples[i] = new ImuSample(a.Ax + f * (b.Ax - a.Ax), a.Ay + f * (b.Ay - a.Ay), a.Az + f * (b.Az - a.Az),
                a.Gx + f * (b.Gx - a.Gx), a.Gy + f * (b.Gy - a.Gy), a.Gz + f * (b.Gz - a.Gz));
        }
        return recording with { Samples = samples };
    }

    /// <summary>
    /// The same movements done <paramref name="factor"/> times slower (0.7 = faster), as another person's tempo:
    /// angular rate scales by 1 / factor, the acceleration's movement part (what a centred 0.5 s mean leaves) by
    /// 1 / factor² while gravity keeps its path. Same sample rate.
    /// </summary>
    public static Recording Stretch(this Recording recording, double rateHz, double factor)
    {
        var source = recording.Samples;
        var half = Math.Max(1, (int)(0.25 * rateHz));
        double rate = 1 / factor, push = 1 / (factor * factor);
        var slowed = new ImuSample[source.Length];
        for (var i = 0; i < source.Length; i++)
        {
            int from = Math.Max(0, i - half), to = Math.Min(source.Length - 1, i + half);
            double x = 0, y = 0, z = 0;
            for (var k = from; k <= to; k++) (x, y, z) = (x + source[k].Ax, y + source[k].Ay, z + source[k].Az);
            (x, y, z) = (x / (to - from + 1), y / (to - from + 1), z / (to - from + 1));
            var s = source[i];
            slowed[i] = new ImuSample((float)(x + push * (s.Ax - x)), (float)(y + push * (s.Ay - y)), (float)(z + push * (s.Az - z)),
                (float)(rate * s.Gx), (float)(rate * s.Gy), (float)(rate * s.Gz));
        }
        // Played slower on the same clock: as many samples more as the resampling to factor × the rate gives.
        return (recording with { Samples = slowed }).Resample(rateHz, rateHz * factor);
    }

    /// <summary>A fixed random rotation of the band's frame (the same for accelerometer and gyroscope).</summary>
    public static Recording Rotate(this Recording recording, int seed)
    {
        var random = new Random(seed);
        // Uniform random rotation from a random unit quaternion.
        double u1 = random.NextDouble(), u2 = random.NextDouble() * 2 * Math.PI, u3 = random.NextDouble() * 2 * Math.PI;
        double w = Math.Sqrt(1 - u1) * Math.Sin(u2), x = Math.Sqrt(1 - u1) * Math.Cos(u2), y = Math.Sqrt(u1) * Math.Sin(u3), z = Math.Sqrt(u1) * Math.Cos(u3);
        double[,] m =
        {
            { 1 - 2 * (y * y + z * z), 2 * (x * y - z * w), 2 * (x * z + y * w) },
            { 2 * (x * y + z * w), 1 - 2 * (x * x + z * z), 2 * (y * z - x * w) },
            { 2 * (x * z - y * w), 2 * (y * z + x * w), 1 - 2 * (x * x + y * y) },
        };
        (float, float, float) Turn(float a, float b, float c) =>
            ((float)(m[0, 0] * a + m[0, 1] * b + m[0, 2] * c), (float)(m[1, 0] * a + m[1, 1] * b + m[1, 2] * c), (float)(m[2, 0] * a + m[2, 1] * b + m[2, 2] * c));
        var samples = recording.Samples.Select(s =>
        {
            var (ax, ay, az) = Turn(s.Ax, s.Ay, s.Az);
            var (gx, gy, gz) = Turn(s.Gx, s.Gy, s.Gz);
            return new ImuSample(ax, ay, az, gx, gy, gz);
        }).ToArray();
        return recording with { Samples = samples };
    }

    /// <summary>
    /// The recording as an uncalibrated consumer MEMS band would give it (the data sets' XSens units are factory
    /// calibrated): a constant gyroscope bias of up to <paramref name="gyroBias"/> rad/s per axis, white noise
    /// (0.003 rad/s, 0.05 m/s²), accelerometer bias (±0.2 m/s²) and scale (±3 %) per axis, and 16-bit samples
    /// (±2000 °/s, ±8 g). Seeded per file, so every run is the same.
    /// </summary>
    public static Recording Cheapen(this Recording recording, int seed, double gyroBias)
    {
        var random = new Random(seed);
        double Uniform(double limit) => (2 * random.NextDouble() - 1) * limit;
        double Gaussian(double sigma) => sigma * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var (gbx, gby, gbz) = (Uniform(gyroBias), Uniform(gyroBias), Uniform(gyroBias));
        var (abx, aby, abz) = (Uniform(0.2), Uniform(0.2), Uniform(0.2));
        var (asx, asy, asz) = (1 + Uniform(0.03), 1 + Uniform(0.03), 1 + Uniform(0.03));
        const double gyroStep = 2000 * Math.PI / 180 / 32768, accelStep = 8 * 9.80665 / 32768;
        float Gyro(float v, double bias) => recording.HasGyroscope ? (float)(Math.Round((v + bias + Gaussian(0.003)) / gyroStep) * gyroStep) : 0;
        float Accel(float v, double scale, double bias) => (float)(Math.Round((v * scale + bias + Gaussian(0.05)) / accelStep) * accelStep);
        var samples = recording.Samples.Select(s => new ImuSample(
            Accel(s.Ax, asx, abx), Accel(s.Ay, asy, aby), Accel(s.Az, asz, abz),
            Gyro(s.Gx, gbx), Gyro(s.Gy, gby), Gyro(s.Gz, gbz))).ToArray();
        return recording with { Samples = samples };
    }
}

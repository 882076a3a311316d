using HepSense.FirmwareSim.Band;
using HepSense.FirmwareSim.Recording;

namespace HepSense.FirmwareSim.Physics;

/// <summary>
/// A MEMS IMU's imperfections: white noise, a constant bias per axis, saturation at the range and
/// int16 quantisation. Defaults match the quiet stretches of the shared recordings (accelerometer
/// about 0.02 m/s^2 rms, gyroscope about 0.008 rad/s rms, gyro bias of the order of 0.02 rad/s).
/// </summary>
public sealed record SensorModel(SensorSpec Spec, double AccelNoise, double GyroNoise, Vec3 AccelBias, Vec3 GyroBias, bool Quantise = true)
{
    /// <summary>No noise or bias, no quantisation: the physics alone, for tests.</summary>
    public static SensorModel Ideal { get; } = new(SensorSpec.Default, 0, 0, Vec3.Zero, Vec3.Zero, Quantise: false);

    public static SensorModel Typical(Random rng, SensorSpec? spec = null) => new(spec ?? SensorSpec.Default,
        AccelNoise: 0.02, GyroNoise: 0.008,
        AccelBias: new Vec3(rng.NextGaussian(0, 0.05), rng.NextGaussian(0, 0.05), rng.NextGaussian(0, 0.05)),
        GyroBias: new Vec3(rng.NextGaussian(0, 0.015), rng.NextGaussian(0, 0.015), rng.NextGaussian(0, 0.015)));

    public ImuSample Read(Vec3 accel, Vec3 gyro, Random rng) => new(
        Measure(accel.X + AccelBias.X, AccelNoise, Spec.AccelScale, rng), Measure(accel.Y + AccelBias.Y, AccelNoise, Spec.AccelScale, rng),
        Measure(accel.Z + AccelBias.Z, AccelNoise, Spec.AccelScale, rng), Measure(gyro.X + GyroBias.X, GyroNoise, Spec.GyroScale, rng),
        Measure(gyro.Y + GyroBias.Y, GyroNoise, Spec.GyroScale, rng), Measure(gyro.Z + GyroBias.Z, GyroNoise, Spec.GyroScale, rng));

    double Measure(double value, double noise, double scale, Random rng)
    {
        var v = noise > 0 ? value + rng.NextGaussian(0, noise) : value;
        if (!Quantise) return v;
        return Math.Clamp(Math.Round(v / scale), short.MinValue, short.MaxValue) * scale;
    }
}

namespace HepSense.FirmwareSim.Band;

/// <summary>
/// The band's sensor: full-scale ranges and the int16 scale that follows from them. Values beyond
/// the range saturate, as a real MEMS sensor does.
/// </summary>
public sealed record SensorSpec(double AccelRangeG = 16, double GyroRangeDps = 2000)
{
    public const double StandardGravity = 9.80665;

    public static SensorSpec Default { get; } = new();

    /// <summary>m/s^2 per LSB.</summary>
    public double AccelScale => AccelRangeG * StandardGravity / 32768;

    /// <summary>rad/s per LSB.</summary>
    public double GyroScale => GyroRangeDps * Math.PI / 180 / 32768;
}

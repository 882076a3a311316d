namespace HepSense.FirmwareSim.Physics;

/// <summary>
/// How the band sits on the segment: twisted by any angle around the limb, tilted a little along it.
/// <see cref="Rotation"/> turns band-frame vectors into segment-frame vectors.
/// </summary>
public sealed record Mounting(double TwistDeg, double TiltDeg, double YawDeg)
{
    public static Mounting Aligned { get; } = new(0, 0, 0);

    public static Mounting Random(Random rng) =>
        new(rng.NextDouble() * 360, (rng.NextDouble() - 0.5) * 20, (rng.NextDouble() - 0.5) * 20);

    public Quat Rotation =>
        Quat.FromAxisAngle(Vec3.UnitX, TwistDeg * Math.PI / 180)
        * Quat.FromAxisAngle(Vec3.UnitY, TiltDeg * Math.PI / 180)
        * Quat.FromAxisAngle(Vec3.UnitZ, YawDeg * Math.PI / 180);
}

namespace HepSense.FirmwareSim.Physics;

/// <summary>Where the band's segment is: its orientation (segment frame to world) and the band's position, metres.</summary>
public readonly record struct Pose(Quat Orientation, Vec3 Position)
{
    /// <summary>A segment lying <paramref name="along"/> (its x axis, e.g. elbow to wrist) with its z axis toward <paramref name="across"/>.</summary>
    public static Pose Of(Vec3 position, Vec3 along, Vec3 across)
    {
        var x = along.Normalized();
        var z = (across - across.Dot(x) * x).Normalized();
        return new Pose(Quat.FromBasis(x, z.Cross(x), z), position);
    }

    /// <summary>A fraction u of the way from a to b: the band in a straight line, the segment turning the shortest way.</summary>
    public static Pose Between(Pose a, Pose b, double u) =>
        new(Quat.Slerp(a.Orientation, b.Orientation, u), a.Position + u * (b.Position - a.Position));
}

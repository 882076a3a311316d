namespace HepSense.FirmwareSim.Physics;

/// <summary>A unit quaternion: the orientation of a frame, rotating its vectors into the world frame.</summary>
public readonly record struct Quat(double W, double X, double Y, double Z)
{
    public static readonly Quat Identity = new(1, 0, 0, 0);

    public static Quat FromAxisAngle(Vec3 axis, double radians)
    {
        var a = axis.Normalized();
        var s = Math.Sin(radians / 2);
        return new Quat(Math.Cos(radians / 2), a.X * s, a.Y * s, a.Z * s);
    }

    /// <summary>The shortest rotation that turns direction a into direction b.</summary>
    public static Quat Between(Vec3 a, Vec3 b)
    {
        a = a.Normalized();
        b = b.Normalized();
        var axis = a.Cross(b);
        var angle = Math.Atan2(axis.Length, a.Dot(b));
        if (axis.Length > 1e-9) return FromAxisAngle(axis, angle);
        if (angle < 1) return Identity;
        // Opposite directions: any axis across them.
        var across = Math.Abs(a.X) < 0.9 ? Vec3.UnitX : Vec3.UnitY;
        return FromAxisAngle(a.Cross(across), Math.PI);
    }

    /// <summary>The rotation whose columns are the given orthonormal axes (right-handed).</summary>
    public static Quat FromBasis(Vec3 x, Vec3 y, Vec3 z)
    {
        double m00 = x.X, m11 = y.Y, m22 = z.Z, trace = m00 + m11 + m22;
        if (trace > 0)
        {
            var s = Math.Sqrt(trace + 1) * 2;
            return new Quat(0.25 * s, (y.Z - z.Y) / s, (z.X - x.Z) / s, (x.Y - y.X) / s);
        }
        if (m00 > m11 && m00 > m22)
        {
            var s = Math.Sqrt(1 + m00 - m11 - m22) * 2;
            return new Quat((y.Z - z.Y) / s, 0.25 * s, (y.X + x.Y) / s, (z.X + x.Z) / s);
        }
        if (m11 > m22)
        {
            var s = Math.Sqrt(1 + m11 - m00 - m22) * 2;
            return new Quat((z.X - x.Z) / s, (y.X + x.Y) / s, 0.25 * s, (z.Y + y.Z) / s);
        }
        var t = Math.Sqrt(1 + m22 - m00 - m11) * 2;
        return new Quat((x.Y - y.X) / t, (z.X + x.Z) / t, (z.Y + y.Z) / t, 0.25 * t);
    }

    public static Quat operator *(Quat a, Quat b) => new(
        a.W * b.W - a.X * b.X - a.Y * b.Y - a.Z * b.Z,
        a.W * b.X + a.X * b.W + a.Y * b.Z - a.Z * b.Y,
        a.W * b.Y - a.X * b.Z + a.Y * b.W + a.Z * b.X,
        a.W * b.Z + a.X * b.Y - a.Y * b.X + a.Z * b.W);

    public Quat Conjugate => new(W, -X, -Y, -Z);

    public Vec3 Rotate(Vec3 v)
    {
        var u = new Vec3(X, Y, Z);
        var t = 2 * u.Cross(v);
        return v + W * t + u.Cross(t);
    }

    public double Dot(Quat b) => W * b.W + X * b.X + Y * b.Y + Z * b.Z;

    /// <summary>The angle (rad) of the rotation that turns this orientation into <paramref name="b"/>.</summary>
    public double AngleTo(Quat b) => 2 * Math.Acos(Math.Min(1, Math.Abs(Dot(b))));

    /// <summary>The orientation a fraction u of the shortest way from a to b (spherical linear interpolation).</summary>
    public static Quat Slerp(Quat a, Quat b, double u)
    {
        var dot = a.Dot(b);
        if (dot < 0) (b, dot) = (new Quat(-b.W, -b.X, -b.Y, -b.Z), -dot);
        var theta = Math.Acos(Math.Min(1, dot));
        if (theta < 1e-9) return a;
        double ka = Math.Sin((1 - u) * theta) / Math.Sin(theta), kb = Math.Sin(u * theta) / Math.Sin(theta);
        return new Quat(ka * a.W + kb * b.W, ka * a.X + kb * b.X, ka * a.Y + kb * b.Y, ka * a.Z + kb * b.Z);
    }

    /// <summary>Rotates a world vector into this frame.</summary>
    public Vec3 Inverse(Vec3 v) => Conjugate.Rotate(v);
}

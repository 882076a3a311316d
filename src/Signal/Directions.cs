namespace HepSense.Signal;

/// <summary>Angles between gravity directions (unit vectors), as the accelerometer path compares postures.</summary>
internal static class Directions
{
    /// <summary>The angle between two unit vectors, in degrees (their dot product clamped against rounding).</summary>
    public static double AngleDeg((double X, double Y, double Z) a, (double X, double Y, double Z) b) =>
        Math.Acos(Math.Clamp(Dot(a, b), -1, 1)) * 180 / Math.PI;

    /// <summary>The dot product of two vectors (directions, or the band's turns).</summary>
    public static double Dot((double X, double Y, double Z) a, (double X, double Y, double Z) b) => a.X * b.X + a.Y * b.Y + a.Z * b.Z;
}

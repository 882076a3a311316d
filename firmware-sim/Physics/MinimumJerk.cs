namespace HepSense.FirmwareSim.Physics;

/// <summary>
/// The minimum-jerk profile of a point-to-point human movement (Flash and Hogan, 1985):
/// s(u) = 10u^3 - 15u^4 + 6u^5 for u in [0, 1], with zero velocity and acceleration at both ends.
/// </summary>
public static class MinimumJerk
{
    public static double Position(double u) => u <= 0 ? 0 : u >= 1 ? 1 : u * u * u * (10 + u * (-15 + 6 * u));

    /// <summary>ds/du.</summary>
    public static double Velocity(double u) => u is <= 0 or >= 1 ? 0 : 30 * u * u * (1 - u) * (1 - u);

    /// <summary>d2s/du2.</summary>
    public static double Acceleration(double u) => u is <= 0 or >= 1 ? 0 : 60 * u * (1 - u) * (1 - 2 * u);
}

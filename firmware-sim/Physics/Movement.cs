namespace HepSense.FirmwareSim.Physics;

/// <summary>
/// One excursion of the joint angle: a minimum-jerk rise to <see cref="AmplitudeDeg"/>, a hold, and a
/// minimum-jerk return. A rep is one; so is a fidget between sets (small and quick).
/// </summary>
/// <param name="Start">Seconds from the start of the recording.</param>
public sealed record Movement(double Start, double Rise, double Hold, double Return, double AmplitudeDeg)
{
    public double End => Start + Rise + Hold + Return;

    /// <summary>Angle (rad), angular velocity (rad/s) and angular acceleration (rad/s^2) at time t.</summary>
    public (double Angle, double Rate, double Accel) At(double t)
    {
        var a = AmplitudeDeg * Math.PI / 180;
        var tau = t - Start;
        if (tau <= 0 || t >= End) return (0, 0, 0);
        if (tau < Rise)
        {
            var u = tau / Rise;
            return (a * MinimumJerk.Position(u), a * MinimumJerk.Velocity(u) / Rise, a * MinimumJerk.Acceleration(u) / (Rise * Rise));
        }
        tau -= Rise;
        if (tau < Hold) return (a, 0, 0);
        var v = (tau - Hold) / Return;
        return (a * (1 - MinimumJerk.Position(v)), -a * MinimumJerk.Velocity(v) / Return, -a * MinimumJerk.Acceleration(v) / (Return * Return));
    }
}

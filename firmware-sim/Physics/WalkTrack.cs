namespace HepSense.FirmwareSim.Physics;

/// <summary>
/// A band's pose through walking to a station, a set there and walking away: each part a pose over the whole
/// recording's time, and between them a minimum-jerk blend from one to the next (getting into position, getting up),
/// so position, speed and acceleration stay continuous however both parts move meanwhile.
/// </summary>
/// <param name="In">Walking to the station (standing still at its end).</param>
/// <param name="Set">The set, on the recording's clock.</param>
/// <param name="Out">Walking away (standing still before its start).</param>
public sealed record WalkTrack(Func<double, Pose> In, Func<double, Pose> Set, Func<double, Pose> Out,
    double InFrom, double InTo, double OutFrom, double OutTo)
{
    public Pose At(double t) =>
        t <= InFrom ? In(t)
        : t < InTo ? Pose.Between(In(t), Set(t), MinimumJerk.Position((t - InFrom) / (InTo - InFrom)))
        : t <= OutFrom ? Set(t)
        : t < OutTo ? Pose.Between(Set(t), Out(t), MinimumJerk.Position((t - OutFrom) / (OutTo - OutFrom)))
        : Out(t);

    /// <summary>
    /// A gait's poses of <paramref name="segment"/> in the frame convention of the set's first pose: the band sits on the
    /// segment the same way throughout, so the frame is turned by the fixed rotation (a half turn about its length, or
    /// about its cross axis, and a roll in 30 degree steps) that brings the standing pose nearest to <paramref name="target"/>.
    /// </summary>
    public static Func<double, Pose> Matched(Gait gait, Segment segment, double standingAt, Quat target)
    {
        var standing = gait.At(segment, standingAt).Orientation;
        var best = (Angle: double.MaxValue, Turn: Quat.Identity);
        foreach (var flip in new[] { Quat.Identity, Quat.FromAxisAngle(Vec3.UnitZ, Math.PI) })
            for (var k = 0; k < 12; k++)
            {
                var turn = flip * Quat.FromAxisAngle(Vec3.UnitX, k * Math.PI / 6);
                var angle = (standing * turn).AngleTo(target);
                if (angle < best.Angle) best = (angle, turn);
            }
        return t =>
        {
            var p = gait.At(segment, t);
            return p with { Orientation = p.Orientation * best.Turn };
        };
    }
}

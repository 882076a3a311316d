namespace HepSense.FirmwareSim.Physics;

/// <summary>
/// A gym exercise as the band on the wrist lives it: the forearm (or the whole arm) turns about a joint axis fixed
/// in the world while that joint travels (the elbow rises in a row, the body drops in a squat) and the forearm may
/// roll about its own length (supination in a curl). Fraction s = 0 is the set's start position, 1 the far end of a
/// full rep. World frame as in <see cref="Exercise"/>: x forward, y to the left, z up; the band is on the right wrist.
/// </summary>
/// <param name="Pivot">World position of the joint the segment turns about, at s = 0.</param>
/// <param name="RestDirection">Direction of the segment (joint to band) at s = 0.</param>
/// <param name="Axis">World axis the segment turns about; a positive angle is the rep's way out.</param>
/// <param name="BandOffsetM">Distance from the joint to the band along the segment (negative: toward the elbow from a planted hand).</param>
/// <param name="RomDeg">Turn about <paramref name="Axis"/> at full range.</param>
/// <param name="TravelM">Displacement of the joint at full range.</param>
/// <param name="TwistDeg">Roll of the forearm about its length at full range.</param>
/// <param name="Idle">Where the hand rests before and after the set (arms hanging, or the weights on the thighs).</param>
/// <param name="Grab">Where the weight is picked up and put down (the floor, the chest); null when the set starts there (a deadlift, a push-up).</param>
public sealed record GymExercise(string Name, Vec3 Pivot, Vec3 RestDirection, Vec3 Axis, double BandOffsetM,
    double RomDeg, Vec3 TravelM, double TwistDeg, Place Idle, Place? Grab)
{
    Quat Rest => Pose.Of(Vec3.Zero, RestDirection, Axis).Orientation;

    /// <summary>The pose at fraction s of a full rep.</summary>
    public Pose At(double s)
    {
        var swung = Quat.FromAxisAngle(Axis, RomDeg * s * Math.PI / 180) * Rest;
        return new Pose(swung * Quat.FromAxisAngle(Vec3.UnitX, TwistDeg * s * Math.PI / 180),
            Pivot + s * TravelM + swung.Rotate(new Vec3(BandOffsetM, 0, 0)));
    }

    public Pose Start => At(0);

    /// <summary>Where the hand rests before and after the set.</summary>
    public Pose IdlePose => PoseOf(Idle, Start.Orientation);

    /// <summary>Where the weight is taken and left.</summary>
    public Pose PickupPose => Grab is { } grab ? PoseOf(grab, IdlePose.Orientation) : Start;

    /// <summary>The hand keeps its roll about the forearm from a reference (the forearm turned the shortest way), plus the place's own roll.</summary>
    static Pose PoseOf(Place place, Quat reference)
    {
        var turn = Quat.Between(reference.Rotate(Vec3.UnitX), place.Along);
        return new Pose(turn * reference * Quat.FromAxisAngle(Vec3.UnitX, place.RollDeg * Math.PI / 180), place.Position);
    }

    /// <summary>The band's true rotation from the start position at fraction s, degrees (turn and roll together).</summary>
    public double TurnDeg(double s) => Start.Orientation.AngleTo(At(s).Orientation) * 180 / Math.PI;
}

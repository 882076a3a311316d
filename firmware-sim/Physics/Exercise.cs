namespace HepSense.FirmwareSim.Physics;

/// <summary>
/// How one exercise moves the segment that wears the band. World frame: x forward (where the patient
/// faces), y to the patient's left, z up. The segment rotates about a joint axis fixed in the world.
/// </summary>
/// <param name="Name">Id used on the command line, in events and in the truth file (kebab-case).</param>
/// <param name="RestDirection">World direction of the segment's long axis, from the joint outward, at rest.</param>
/// <param name="Axis">World rotation axis of the joint; a positive angle is the exercise's movement.</param>
/// <param name="BandOffsetM">Distance of the band from the joint, along the segment.</param>
/// <param name="RomDeg">Typical range of motion of a full rep.</param>
/// <param name="RiseS">Typical time of the concentric phase (rest to peak).</param>
/// <param name="HoldS">Typical hold at the peak.</param>
/// <param name="ReturnS">Typical time back to rest.</param>
/// <param name="PauseS">Typical pause between reps.</param>
/// <param name="LiftM">Vertical travel of the joint itself at full range (heel raise, squat, sit-to-stand).</param>
public sealed record Exercise(
    string Name, string Title, Segment Segment, Vec3 RestDirection, Vec3 Axis, double BandOffsetM,
    double RomDeg, double RiseS, double HoldS, double ReturnS, double PauseS, double LiftM = 0)
{
    /// <summary>Orientation of the segment at rest: x along the segment, z along the joint axis.</summary>
    public Quat RestOrientation
    {
        get
        {
            var x = RestDirection.Normalized();
            var z = (Axis - Axis.Dot(x) * x).Normalized();
            return Quat.FromBasis(x, z.Cross(x), z);
        }
    }
}

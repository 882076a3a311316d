namespace HepSense.FirmwareSim.Physics;

/// <summary>
/// A home-program set as poses (for <see cref="PoseImu"/>): the segment turns about the exercise's joint by the track's
/// angle with the effort tremor about its cross axis, as <see cref="ImuSynthesizer"/> moves it (the same samples to a few
/// hundredths of m/s^2), the joint placed so that
/// the band rests at <paramref name="bandRest"/>.
/// </summary>
public static class ExercisePoses
{
    public static Func<double, Pose> Of(Exercise exercise, AngleTrack track, Tremor tremor, Vec3 bandRest)
    {
        var axis = exercise.Axis.Normalized();
        var rest = exercise.RestOrientation;
        var offset = new Vec3(exercise.BandOffsetM, 0, 0);
        var nominal = exercise.RomDeg * Math.PI / 180;
        var joint = bandRest - rest.Rotate(offset);
        return t =>
        {
            var (angle, _, _) = track.At(t);
            var (wobble, _) = tremor.At(t, Math.Abs(angle) / nominal);
            var swung = Quat.FromAxisAngle(axis, angle) * rest;
            // The tremor turns the band but, as in the joint model, does not carry it (a 1 degree wobble at 9 Hz would
            // otherwise shake it by several m/s^2, far more than real tremor).
            return new Pose(swung * Quat.FromAxisAngle(Vec3.UnitY, wobble), joint + swung.Rotate(offset) + new Vec3(0, 0, exercise.LiftM * angle / nominal));
        };
    }

    /// <summary>Where the band rests for the exercise: lying on a mat, seated on a chair, or standing (the walk's height).</summary>
    public static Vec3 BandRest(Exercise exercise, Vec3 standing) => exercise.Name switch
    {
        "straight-leg-raise" or "hip-abduction-side-lying" or "heel-slide-supine" or "bridge" => new(0.5, -0.1, 0.12),
        "knee-extension-seated" or "knee-extension-hold" => new(0.5, -0.1, 0.12),
        "sit-to-stand" => new(0.3, -0.1, 0.48),
        _ => standing + new Vec3(0.3, 0, 0),
    };
}

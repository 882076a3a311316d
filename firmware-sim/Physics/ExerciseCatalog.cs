namespace HepSense.FirmwareSim.Physics;

/// <summary>
/// Exercises of real home programs, with typical tempo and range of motion (from common PT protocols:
/// 2-3 s up, 0-2 s hold, 2-3 s down; ranges as prescribed for post-operative and elderly patients).
/// </summary>
public static class ExerciseCatalog
{
    static readonly Vec3 Down = -Vec3.UnitZ, Forward = Vec3.UnitX, Up = Vec3.UnitZ;
    static readonly Vec3 Right = -Vec3.UnitY, Left = Vec3.UnitY, Back = -Vec3.UnitX;

    public static IReadOnlyList<Exercise> All { get; } =
    [
        // Seated, shin hanging; the knee straightens: the shin swings forward and up about the knee's left-right axis.
        new("knee-extension-seated", "Seated knee extension", Segment.Ankle, Down, Right, 0.38, 70, 1.5, 2.0, 1.5, 2.0),
        // The thigh, knee to hip, turns from horizontal (seated) to vertical (standing) about the knee.
        new("sit-to-stand", "Sit to stand", Segment.Thigh, Back, Left, 0.25, 80, 1.8, 0.6, 2.0, 1.5),
        // Standing, knees bend 30-45 degrees: the thigh, knee to hip, tips back about the knee as the hips drop.
        new("mini-squat", "Mini squat", Segment.Thigh, Up, Right, 0.25, 35, 1.6, 0.8, 1.6, 1.0),
        // The whole body rises on the toes: the shin lifts 7 cm and tilts a few degrees forward.
        new("heel-raise", "Heel raise", Segment.Ankle, Up, Left, 0.1, 8, 1.0, 1.0, 1.2, 0.8, LiftM: 0.07),
        // Supine, leg straight along x; it lifts to about 45 degrees about the hip.
        new("straight-leg-raise", "Straight-leg raise (supine)", Segment.Ankle, Forward, Right, 0.85, 45, 1.8, 2.0, 2.0, 1.5),
        // Lying on the left side, leg along x; it lifts upward in the frontal plane about the hip.
        new("hip-abduction-side-lying", "Hip abduction (side-lying)", Segment.Ankle, Forward, Right, 0.85, 30, 1.5, 1.0, 1.8, 1.2),
        // Supine, knees bent: the thigh goes from 45 degrees sloping down to near horizontal as the hips lift.
        new("bridge", "Bridge", Segment.Thigh, new Vec3(-0.7, 0, -0.7), Left, 0.3, 35, 1.5, 2.0, 1.8, 1.5),
        // Arm straight, raised forward and up about the shoulder's left-right axis.
        new("shoulder-flexion", "Shoulder flexion", Segment.Wrist, Down, Right, 0.58, 140, 2.0, 0.5, 2.2, 1.2),
        // Arm straight, raised sideways about the shoulder's front-back axis (right arm).
        new("shoulder-abduction", "Shoulder abduction", Segment.Wrist, Down, Back, 0.58, 110, 2.0, 0.5, 2.2, 1.2),
        // Elbow flexion, upper arm still: the forearm swings forward and up about the elbow.
        new("biceps-curl", "Biceps curl", Segment.Wrist, Down, Right, 0.26, 125, 1.3, 0.3, 1.8, 1.0),
        // The slow hold exercise: knee extension held 10 s at the top (quadriceps isometric).
        new("knee-extension-hold", "Seated knee extension with 10 s hold", Segment.Ankle, Down, Right, 0.38, 60, 2.5, 10, 2.5, 3.0),
        // Supine, the heel slides toward the buttock: the shin, ankle to knee, rises about the ankle.
        new("heel-slide-supine", "Heel slide (supine)", Segment.Shin, Back, Left, 0.15, 60, 2.5, 0.5, 2.5, 1.5),
        // Standing, elbow at the side bent 90 degrees: the forearm turns outward about the vertical axis,
        // so gravity stays put in the band's frame and only the gyroscope sees the rep.
        new("shoulder-external-rotation", "Shoulder external rotation (band)", Segment.Forearm, Forward, Down, 0.2, 70, 1.5, 0.5, 1.8, 1.0),
    ];

    public static Exercise? Find(string name) =>
        All.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));

    public static string Names => string.Join(", ", All.Select(e => e.Name));
}

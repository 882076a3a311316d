namespace HepSense.Grains.Clinical;

/// <summary>
/// The exercise library every clinic starts with. Names are the ones bands, phones, firmware-sim and the shared
/// recordings (data/imu/manifest.csv) use; typical tempo (one rep: up, hold, down) and range come from the same
/// PT protocols as the simulator's catalogue. Recorded gym exercises carry no hints.
/// </summary>
public static class BuiltInExercises
{
    private const string Videos = "https://videos.hepsense.org/";

    public static IReadOnlyList<ExerciseDefinition> All { get; } =
    [
        Pt("knee-extension-seated", "Seated knee extension", "Sit tall, straighten the knee fully, lower slowly.", "knee", 4.2, 70),
        Pt("knee-extension-hold", "Seated knee extension with 10 s hold", "Straighten the knee, hold 10 seconds at the top, lower slowly.", "knee", 15, 60),
        Pt("sit-to-stand", "Sit to stand", "From a firm chair, stand up without the hands, sit down with control.", "knee", 4.4, 80),
        Pt("mini-squat", "Mini squat", "Standing, bend the knees 30 to 45 degrees, back straight, rise again.", "knee", 4.0, 35),
        Pt("heel-slide-supine", "Heel slide (supine)", "Lying on the back, slide the heel toward the buttock and back.", "knee", 5.5, 60),
        Pt("heel-raise", "Heel raise", "Standing, rise onto the toes, lower slowly.", "ankle", 3.2, 8),
        Pt("straight-leg-raise", "Straight-leg raise (supine)", "Lying on the back, knee straight, lift the leg to 45 degrees, lower slowly.", "hip", 5.8, 45),
        Pt("straight-leg-raise-supine", "Straight-leg raise (supine, recorded)", "Lying on the back, knee straight, lift the leg, lower slowly.", "hip", 5.8, 45),
        Pt("hip-abduction-side-lying", "Hip abduction (side-lying)", "Lying on the side, lift the top leg upward, lower slowly.", "hip", 4.3, 30),
        Pt("hip-extension-prone", "Hip extension (prone)", "Lying on the stomach, lift the straight leg from the hip, lower slowly.", "hip", 4.5, 20),
        Pt("bridge", "Bridge", "Lying on the back, knees bent, lift the hips, hold, lower.", "hip", 5.3, 35),
        Pt("trunk-lean-seated", "Seated trunk lean", "Sitting, lean the trunk forward from the hips and back upright.", "trunk", 4.0, 30),
        Pt("shoulder-flexion", "Shoulder flexion", "Arm straight, raise it forward and up, lower slowly.", "shoulder", 4.7, 140),
        Pt("shoulder-flexion-standing", "Shoulder flexion (standing, recorded)", "Standing, raise the straight arm forward and up, lower slowly.", "shoulder", 4.7, 140),
        Pt("shoulder-abduction", "Shoulder abduction", "Arm straight, raise it sideways, lower slowly.", "shoulder", 4.7, 110),
        Pt("shoulder-external-rotation", "Shoulder external rotation (band)", "Elbow at the side bent 90 degrees, turn the forearm outward against the band.", "shoulder", 3.8, 70),
        Pt("pendulum-prone", "Pendulum (prone)", "Lying on the stomach, let the arm hang and swing it gently.", "shoulder", 3.0, 30),
        Pt("biceps-curl", "Biceps curl", "Upper arm still, bend the elbow fully, lower slowly.", "elbow", 3.4, 125),
        Pt("biceps-curl-seated", "Biceps curl (seated, recorded)", "Seated, upper arm still, bend the elbow, lower slowly.", "elbow", 3.4, 125),
        .. Gym("elbow", "straight-bar-biceps-curl", "rope-biceps-curl", "barbell-biceps-curl", "alt-dumbbell-biceps-curl",
            "rope-triceps-extension", "straight-bar-triceps-extension", "triceps-dips"),
        .. Gym("shoulder", "cable-deltoid-cross-overs", "leverage-high-row", "lat-pulldown-straight", "lat-pulldown-angled", "dumbbell-row",
            "deltoid-row", "dumbbell-chest-press", "dumbbell-chest-fly", "overhead-pull", "angle-chest-press", "cable-cross-overs",
            "dumbbell-press", "dumbbell-front-rise", "lateral-raise", "barbell-press", "barbell-pullup"),
        .. Gym("trunk", "side-dips", "twist", "pulldown-crunch"),
    ];

    public static ExerciseDefinition? Find(string name) =>
        All.FirstOrDefault(e => string.Equals(e.Id, name, StringComparison.OrdinalIgnoreCase));

    private static ExerciseDefinition Pt(string id, string name, string instructions, string region, double tempoS, double rangeDeg) =>
        new(id, name, instructions, Videos + id, region, Side.Both, tempoS, rangeDeg);

    private static IEnumerable<ExerciseDefinition> Gym(string region, params string[] ids) =>
        ids.Select(id => new ExerciseDefinition(id, Title(id), "Gym exercise from the shared recordings.", null, region, Side.Both, null, null));

    private static string Title(string id) => char.ToUpperInvariant(id[0]) + id[1..].Replace('-', ' ');
}

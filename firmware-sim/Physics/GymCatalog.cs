namespace HepSense.FirmwareSim.Physics;

/// <summary>
/// Gym exercises with a band on the right wrist (a smartwatch, as in MM-Fit or RecoFit). Ranges and joint travel from
/// typical form: curls and extensions turn the forearm a lot; presses, rows, squats, lunges and deadlifts carry the
/// wrist with little turn; a push-up plants the hand, so the band only tilts with the forearm.
/// </summary>
public static class GymCatalog
{
    static readonly Vec3 Down = -Vec3.UnitZ, Up = Vec3.UnitZ, Forward = Vec3.UnitX, Back = -Vec3.UnitX;
    static readonly Vec3 Right = -Vec3.UnitY, Left = Vec3.UnitY;

    /// <summary>Standing, arm hanging.</summary>
    static readonly Place Standing = new(new(0, -0.25, 0.85), Down);

    /// <summary>Bent over a dumbbell on the floor in front of the feet, the hand turned to its handle.</summary>
    static readonly Place Floor = new(new(0.3, -0.25, 0.2), new(0.3, 0, -1), RollDeg: 30);

    /// <summary>Lying on a bench (its top 0.45 m up, head forward), the dumbbells resting on the thighs.</summary>
    static readonly Place OnThighs = new(new(-0.45, -0.15, 0.7), new(-1, 0, 0.3));

    /// <summary>Lying on the bench, the dumbbell kicked up to the chest, forearm vertical.</summary>
    static readonly Place AtChest = new(new(0, -0.32, 0.78), Up);

    public static IReadOnlyList<GymExercise> All { get; } =
    [
        // Elbow at the side; the forearm swings forward and up while the hand supinates and the elbow drifts forward.
        new("dumbbell-biceps-curl", new(0.02, -0.25, 1.11), Down, Right, 0.26, 130, new(0.05, 0, 0.04), 60, Standing, Floor),
        // The same swing with the palm kept facing in.
        new("hammer-curl", new(0.02, -0.25, 1.11), Down, Right, 0.26, 120, new(0.05, 0, 0.04), 0, Standing, Floor),
        // Dumbbell at the shoulder, forearm vertical: the elbow rises 38 cm and in, the forearm straightens 15 degrees.
        new("shoulder-press", new(0, -0.38, 1.3), new(0, -0.2, 1), Back, 0.26, 15, new(0, 0.14, 0.38), 0, Standing, Floor),
        // Arm almost straight, raised sideways to shoulder height about the shoulder's front-back axis.
        new("lateral-raise", new(0, -0.2, 1.45), Down, Back, 0.58, 85, Vec3.Zero, 0, Standing, Floor),
        // Bent over 45 degrees, arm hanging: the elbow pulls up and back, the forearm stays nearly vertical.
        new("bent-over-row", new(0.35, -0.25, 0.72), Down, Left, 0.26, 20, new(-0.12, 0, 0.27), 0, Standing, Floor),
        // Upper arm by the ear, the dumbbell behind the head: the forearm swings back and up over the elbow.
        new("triceps-overhead-extension", new(-0.02, -0.12, 1.8), new(-0.3, 0, -1), Left, 0.26, 135, new(0, 0, 0.02), 0, Standing, Floor),
        // Supine, arms extended over the chest (s = 0 at the top): the wrist comes down 36 cm and out, the forearm barely tilts.
        new("bench-press", new(0, -0.2, 0.86), Up, Forward, 0.26, 12, new(0, -0.12, -0.36), 0, OnThighs, AtChest),
        // Hand planted under the shoulder, band 5 cm up the forearm: the forearm tilts as the elbow bends; the wrist stays put.
        new("push-up", new(0.45, -0.22, 0.04), new(-0.1, 0, -1), Right, -0.05, 25, Vec3.Zero, 0, Standing, null),
        // A dumbbell held at the chest with both hands: the body drops 45 cm, the forearms tilt with the torso.
        new("goblet-squat", new(0.15, -0.15, 1.05), new(0.3, 0.4, 0.85), Right, 0.26, 15, new(0.1, 0, -0.45), 0, Standing, Floor),
        // Dumbbells at the sides: a step forward and down and back; the arm swings a little.
        new("lunge", new(0, -0.22, 1.45), Down, Left, 0.6, 8, new(0.35, 0, -0.38), 0, Standing, Floor),
        // From the floor (s = 0 at the bottom, bent over): the shoulders rise 60 cm and back, the arms hang.
        new("deadlift", new(0.22, -0.22, 0.85), Down, Right, 0.6, 10, new(-0.2, 0, 0.6), 0, Standing, null),
    ];

    public static GymExercise? Find(string name) =>
        All.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));
}

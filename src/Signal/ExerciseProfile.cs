namespace HepSense.Signal;

/// <summary>
/// What is known in advance about the exercise, when anything is. Optional: the detector finds
/// tempo and range by itself; a profile only sharpens the partial flag and the plausible rep length.
/// </summary>
/// <param name="PrescribedRomDeg">Range of motion the therapist prescribed; a rep well below it is partial.</param>
/// <param name="TypicalRepSeconds">Expected duration of one rep, hold included.</param>
public sealed record ExerciseProfile(double? PrescribedRomDeg = null, double? TypicalRepSeconds = null);

using HepSense.FirmwareSim.Physics;

namespace HepSense.FirmwareSim.People;

/// <summary>One exercise of a home program as the therapist prescribed it.</summary>
public sealed record Prescription(Exercise Exercise, int Sets, int Reps, double HoldS, double RestS);

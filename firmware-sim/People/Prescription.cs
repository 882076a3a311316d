using HepSense.FirmwareSim.Physics;

namespace HepSense.FirmwareSim.People;

/// <summary>One exercise of a home program as the therapist prescribed it.</summary>
/// <param name="RomDeg">The range of motion prescribed, when the therapist set one (sent as the program's target_rom_deg).</param>
public sealed record Prescription(Exercise Exercise, int Sets, int Reps, double HoldS, double RestS, double? RomDeg = null);

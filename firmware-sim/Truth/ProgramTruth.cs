using HepSense.FirmwareSim.People;

namespace HepSense.FirmwareSim.Truth;

/// <summary>The prescription the patient was given, so adherence can be computed from the truth alone.</summary>
public sealed record ProgramTruth(IReadOnlyList<PrescribedTruth> Exercises, int SessionsPerDay, int DaysPerWeek)
{
    public static ProgramTruth Of(PatientProfile p) => new(
        p.Program.Select(rx => new PrescribedTruth(rx.Exercise.Name, rx.Sets, rx.Reps, rx.HoldS, rx.RestS)).ToList(),
        p.SessionsPerDay, p.DaysPerWeek);
}

public sealed record PrescribedTruth(string Exercise, int Sets, int Reps, double HoldS, double RestS);

using HepSense.FirmwareSim.Truth;

namespace HepSense.FirmwareSim.Cohort;

/// <summary>What one simulated patient did (truth) and which faults their band suffered.</summary>
public sealed record PatientRun(PatientTruth Truth, IReadOnlyList<FaultTruth> Faults);

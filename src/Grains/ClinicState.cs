using HepSense.Grains.Clinical;

namespace HepSense.Grains;

[GenerateSerializer]
public sealed class ClinicState
{
    /// <summary>Null until the clinic is created.</summary>
    [Id(0)] public string? Name { get; set; }
    [Id(1)] public List<TherapistInfo> Therapists { get; set; } = [];
    /// <summary>Patient ids, ordered.</summary>
    [Id(2)] public List<string> Patients { get; set; } = [];
    [Id(3)] public List<ProgramTemplate> Templates { get; set; } = [];
    /// <summary>The clinic's own exercises, added to the built-in library.</summary>
    [Id(4)] public List<ExerciseDefinition> Exercises { get; set; } = [];
}

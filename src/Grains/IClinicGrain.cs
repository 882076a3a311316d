using HepSense.Grains.Clinical;
using Orleans.Concurrency;

namespace HepSense.Grains;

/// <summary>One clinic, keyed by clinic id: its therapists, patients, program templates and own exercises.
/// Every method but <see cref="Create"/> and <see cref="Get"/> rejects with NotFound until the clinic exists.</summary>
public interface IClinicGrain : IGrainWithStringKey
{
    /// <summary>Rejects with AlreadyExists when the clinic was created before.</summary>
    Task<ClinicInfo> Create(string name);

    /// <summary>Null when the clinic does not exist.</summary>
    Task<ClinicInfo?> Get();

    Task<TherapistInfo> AddTherapist(string therapistId, string name);

    Task<IReadOnlyList<TherapistInfo>> GetTherapists();

    /// <summary>Enrolls the patient here (see <see cref="IPatientGrain.Enroll"/>) and lists them.</summary>
    Task<PatientProfile> AddPatient(string patientId, string name, string timeZone);

    Task<IReadOnlyList<string>> GetPatients();

    Task<ProgramTemplate> SaveTemplate(ProgramTemplate template);

    Task<IReadOnlyList<ProgramTemplate>> GetTemplates();

    Task<ExerciseDefinition> AddExercise(ExerciseDefinition exercise);

    /// <summary>The built-in library plus the clinic's own exercises. Interleaves: a patient's grain asks while the clinic may be enrolling it.</summary>
    [AlwaysInterleave]
    Task<IReadOnlyList<ExerciseDefinition>> GetExercises();
}

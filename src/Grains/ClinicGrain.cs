using HepSense.Grains.Clinical;
using HepSense.Grains.Storage;

namespace HepSense.Grains;

/// <summary>
/// One clinic. The patient's own grain is the truth about which clinic a patient belongs to; the clinic keeps the
/// list to walk its patients (flags, reports). Enrolment goes through here so the patient is listed only once the
/// patient's grain accepted it.
/// </summary>
public sealed class ClinicGrain(
    [PersistentState("clinic", HepSenseStorage.Name)] IPersistentState<ClinicState> state) : Grain, IClinicGrain
{
    private string ClinicId => this.GetPrimaryKeyString();
    private ClinicState State => state.State;

    public async Task<ClinicInfo> Create(string name)
    {
        Ids.Require(ClinicId, "clinicId");
        if (string.IsNullOrWhiteSpace(name)) throw Rejection.Invalid("name is required");
        if (State.Name is not null) throw Rejection.AlreadyExists($"clinic '{ClinicId}' already exists");
        State.Name = name.Trim();
        await state.WriteOrDeactivate(this);
        return Info;
    }

    public Task<ClinicInfo?> Get() => Task.FromResult(State.Name is null ? null : Info);

    public async Task<TherapistInfo> AddTherapist(string therapistId, string name)
    {
        RequireExists();
        Ids.Require(therapistId, nameof(therapistId));
        var therapist = new TherapistInfo(therapistId, ClinicId, string.IsNullOrWhiteSpace(name) ? therapistId : name.Trim());
        State.Therapists.RemoveAll(t => t.TherapistId == therapistId);
        State.Therapists.Add(therapist);
        State.Therapists.Sort((a, b) => string.CompareOrdinal(a.TherapistId, b.TherapistId));
        await state.WriteOrDeactivate(this);
        return therapist;
    }

    public Task<IReadOnlyList<TherapistInfo>> GetTherapists()
    {
        RequireExists();
        return Task.FromResult<IReadOnlyList<TherapistInfo>>(State.Therapists.ToArray());
    }

    public async Task<PatientProfile> AddPatient(string patientId, string name, string timeZone)
    {
        RequireExists();
        var profile = await GrainFactory.GetGrain<IPatientGrain>(Ids.Require(patientId, nameof(patientId))).Enroll(ClinicId, name, timeZone);
        var at = State.Patients.BinarySearch(patientId, StringComparer.Ordinal);
        if (at < 0)
        {
            State.Patients.Insert(~at, patientId);
            await state.WriteOrDeactivate(this);
        }
        return profile;
    }

    public Task<IReadOnlyList<string>> GetPatients()
    {
        RequireExists();
        return Task.FromResult<IReadOnlyList<string>>(State.Patients.ToArray());
    }

    public async Task<ProgramTemplate> SaveTemplate(ProgramTemplate template)
    {
        RequireExists();
        Ids.Require(template.Id, "template_id");
        if (template.ClinicId != ClinicId) throw Rejection.Invalid($"template clinic_id '{template.ClinicId}' is not '{ClinicId}'");
        if (string.IsNullOrWhiteSpace(template.Name)) throw Rejection.Invalid("template name is required");
        var errors = ProgramVersioning.Errors(template.Instantiate(new DateOnly(2026, 1, 5)));
        if (errors.Count > 0) throw Rejection.Invalid("template rejected: " + string.Join("; ", errors));
        RequireKnown(template.Exercises.Select(e => e.Exercise));
        State.Templates.RemoveAll(t => t.Id == template.Id);
        State.Templates.Add(template);
        State.Templates.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        await state.WriteOrDeactivate(this);
        return template;
    }

    public Task<IReadOnlyList<ProgramTemplate>> GetTemplates()
    {
        RequireExists();
        return Task.FromResult<IReadOnlyList<ProgramTemplate>>(State.Templates.ToArray());
    }

    public async Task<ExerciseDefinition> AddExercise(ExerciseDefinition exercise)
    {
        RequireExists();
        var errors = exercise.Errors().ToArray();
        if (errors.Length > 0) throw Rejection.Invalid("exercise rejected: " + string.Join("; ", errors));
        if (BuiltInExercises.Find(exercise.Id) is not null) throw Rejection.AlreadyExists($"'{exercise.Id}' is a built-in exercise");
        State.Exercises.RemoveAll(e => e.Id == exercise.Id);
        State.Exercises.Add(exercise);
        await state.WriteOrDeactivate(this);
        return exercise;
    }

    public Task<IReadOnlyList<ExerciseDefinition>> GetExercises()
    {
        RequireExists();
        return Task.FromResult<IReadOnlyList<ExerciseDefinition>>([.. BuiltInExercises.All, .. State.Exercises.OrderBy(e => e.Id, StringComparer.Ordinal)]);
    }

    /// <summary>Every name must be in the library (built-in or the clinic's own): a typo would never match a band's set.</summary>
    private void RequireKnown(IEnumerable<string> exercises)
    {
        var unknown = exercises.Where(e => BuiltInExercises.Find(e) is null && !State.Exercises.Any(x => x.Id.Equals(e, StringComparison.OrdinalIgnoreCase))).ToArray();
        if (unknown.Length > 0) throw Rejection.Invalid($"unknown exercise: {string.Join(", ", unknown)} (see ListExercises)");
    }

    private void RequireExists()
    {
        if (State.Name is null) throw Rejection.NotFound($"clinic '{ClinicId}' does not exist");
    }

    private ClinicInfo Info => new(ClinicId, State.Name!);
}

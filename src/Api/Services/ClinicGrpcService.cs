using Grpc.Core;
using HepSense.Api.Access;
using HepSense.Contracts.Api;
using HepSense.Grains;
using HepSense.Grains.Clinical;
using ProgramTemplate = HepSense.Contracts.Api.ProgramTemplate;

namespace HepSense.Api.Services;

/// <summary>Clinics, therapists, patients, templates, the exercise library and the clinic's flags.</summary>
public sealed class ClinicGrpcService(IGrainFactory grains, AuditLog audit) : ClinicService.ClinicServiceBase
{
    public override async Task<Clinic> CreateClinic(CreateClinicRequest request, ServerCallContext context)
    {
        var clinicId = RequestRules.Id(request.ClinicId, "clinic_id");
        var name = RequestRules.Required(request.Name, "name");
        Caller.Of(context).RequireAdmin();
        var clinic = await grains.GetGrain<IClinicGrain>(clinicId).Create(name);
        return new Clinic { ClinicId = clinic.ClinicId, Name = clinic.Name };
    }

    public override async Task<Therapist> AddTherapist(AddTherapistRequest request, ServerCallContext context)
    {
        var clinicId = RequestRules.Id(request.ClinicId, "clinic_id");
        var therapistId = RequestRules.Id(request.TherapistId, "therapist_id");
        Caller.Of(context).RequireAdmin();
        var therapist = await grains.GetGrain<IClinicGrain>(clinicId).AddTherapist(therapistId, request.Name);
        return new Therapist { TherapistId = therapist.TherapistId, ClinicId = therapist.ClinicId, Name = therapist.Name };
    }

    public override async Task<Patient> AddPatient(AddPatientRequest request, ServerCallContext context)
    {
        var clinicId = RequestRules.Id(request.ClinicId, "clinic_id");
        var patientId = RequestRules.Id(request.PatientId, "patient_id");
        try { LocalTime.Zone(request.TimeZone); }
        catch (ArgumentException e) { throw RequestRules.Invalid("time_zone: " + e.Message); }
        Caller.Of(context).RequireClinic(clinicId);
        var profile = await grains.GetGrain<IClinicGrain>(clinicId).AddPatient(patientId, request.Name, request.TimeZone);
        return ApiMessages.Message(profile, []);
    }

    public override async Task<ListPatientsResponse> ListPatients(ListPatientsRequest request, ServerCallContext context)
    {
        var (clinicId, caller) = Clinic(request.ClinicId, context);
        var profiles = await ClinicRoster.Enrolled(grains, clinicId);
        var flags = await Task.WhenAll(profiles.Select(p => grains.GetGrain<IPatientGrain>(p.PatientId).GetFlags()));
        var response = new ListPatientsResponse();
        response.Patients.AddRange(profiles.Select((p, i) => ApiMessages.Message(p, flags[i])));
        await audit.Read(caller, nameof(ListPatients), clinicId, AuditLog.AllPatients);
        return response;
    }

    public override async Task<ListFlagsResponse> ListFlags(ListFlagsRequest request, ServerCallContext context)
    {
        var (clinicId, caller) = Clinic(request.ClinicId, context);
        // Only patients whose profile still names this clinic; one patient grain each, so they are asked together.
        var profiles = await ClinicRoster.Enrolled(grains, clinicId);
        var flags = (await Task.WhenAll(profiles.Select(p => grains.GetGrain<IPatientGrain>(p.PatientId).GetFlags()))).SelectMany(f => f).ToArray();
        var ordered = RiskFlags.Order(flags.Select(f => f.Flag)).Select(f => flags.First(c => ReferenceEquals(c.Flag, f)));
        var response = new ListFlagsResponse();
        response.Flags.AddRange(ordered.Select(ApiMessages.Message));
        await audit.Read(caller, nameof(ListFlags), clinicId, AuditLog.AllPatients);
        return response;
    }

    public override async Task<ProgramTemplate> SaveTemplate(SaveTemplateRequest request, ServerCallContext context)
    {
        var template = ApiMessages.Template(request.Template);
        Caller.Of(context).RequireClinic(template.ClinicId);
        return ApiMessages.Message(await grains.GetGrain<IClinicGrain>(template.ClinicId).SaveTemplate(template));
    }

    public override async Task<ListTemplatesResponse> ListTemplates(ListTemplatesRequest request, ServerCallContext context)
    {
        var (clinicId, _) = Clinic(request.ClinicId, context);
        var response = new ListTemplatesResponse();
        response.Templates.AddRange((await grains.GetGrain<IClinicGrain>(clinicId).GetTemplates()).Select(ApiMessages.Message));
        return response;
    }

    /// <summary>Without a clinic: the built-in library, for anyone signed in.</summary>
    public override async Task<ListExercisesResponse> ListExercises(ListExercisesRequest request, ServerCallContext context)
    {
        var exercises = string.IsNullOrEmpty(request.ClinicId)
            ? BuiltInExercises.All
            : await grains.GetGrain<IClinicGrain>(Clinic(request.ClinicId, context).Id).GetExercises();
        var response = new ListExercisesResponse();
        response.Exercises.AddRange(exercises.Select(ApiMessages.Message));
        return response;
    }

    private static (string Id, Caller Caller) Clinic(string clinicId, ServerCallContext context)
    {
        var id = RequestRules.Id(clinicId, "clinic_id");
        var caller = Caller.Of(context);
        caller.RequireClinic(id);
        return (id, caller);
    }
}

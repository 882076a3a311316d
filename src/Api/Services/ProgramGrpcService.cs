using Grpc.Core;
using HepSense.Api.Access;
using HepSense.Contracts.Api;
using HepSense.Grains;
using HepSense.Grains.Clinical;

namespace HepSense.Api.Services;

/// <summary>Patients' programs: versions, templates, progression proposals.</summary>
public sealed class ProgramGrpcService(IGrainFactory grains, PatientAccess access, AuditLog audit) : ProgramService.ProgramServiceBase
{
    public override async Task<ProgramVersion> SetProgram(SetProgramRequest request, ServerCallContext context)
    {
        var patientId = RequestRules.Id(request.PatientId, "patient_id");
        var draft = ApiMessages.Draft(request.Program, "program");
        var caller = Caller.Of(context);
        await access.Care(caller, patientId);
        var version = await grains.GetGrain<IPatientGrain>(patientId).SetProgram(draft, caller.Subject);
        return ApiMessages.Message(patientId, version);
    }

    public override async Task<ProgramVersion> ApplyTemplate(ApplyTemplateRequest request, ServerCallContext context)
    {
        var patientId = RequestRules.Id(request.PatientId, "patient_id");
        var clinicId = RequestRules.Id(request.ClinicId, "clinic_id");
        var templateId = RequestRules.Id(request.TemplateId, "template_id");
        var start = RequestRules.Date(request.StartDate, "start_date");
        var end = RequestRules.OptionalDate(request.EndDate, "end_date");
        RequestRules.InOrder(start, end, "start_date", "end_date");
        var caller = Caller.Of(context);
        caller.RequireClinic(clinicId);
        var profile = await access.Care(caller, patientId);
        if (profile.ClinicId != clinicId)
            throw new RpcException(new Status(StatusCode.FailedPrecondition, $"patient '{patientId}' is not a patient of clinic '{clinicId}'"));
        var template = (await grains.GetGrain<IClinicGrain>(clinicId).GetTemplates()).FirstOrDefault(t => t.Id == templateId)
            ?? throw RequestRules.NotFound($"template '{templateId}' does not exist in clinic '{clinicId}'");

        var draft = template.Instantiate(start);
        if (end is { } last)
            draft = draft with { Exercises = draft.Exercises.Select(e => e with { End = e.End is { } own && own < last ? own : last }).ToArray() };
        var version = await grains.GetGrain<IPatientGrain>(patientId).SetProgram(draft, caller.Subject);
        return ApiMessages.Message(patientId, version);
    }

    public override async Task<GetProgramResponse> GetProgram(GetProgramRequest request, ServerCallContext context)
    {
        var patientId = RequestRules.Id(request.PatientId, "patient_id");
        var caller = Caller.Of(context);
        var profile = await access.Read(caller, patientId);
        var history = await grains.GetGrain<IPatientGrain>(patientId).GetProgramHistory();
        await audit.Read(caller, nameof(GetProgram), profile.ClinicId, patientId);
        if (history.Count == 0) throw RequestRules.NotFound($"patient '{patientId}' has no program yet");
        var current = request.Version == 0 ? history[^1]
            : history.FirstOrDefault(v => v.Program.Version == request.Version)
              ?? throw RequestRules.NotFound($"version {request.Version} does not exist (latest is {history[^1].Program.Version})");
        var response = new GetProgramResponse { Current = ApiMessages.Message(patientId, current) };
        response.History.AddRange(history.Select(v => ApiMessages.Message(patientId, v)));
        return response;
    }

    public override async Task<ListProposalsResponse> ListProposals(ListProposalsRequest request, ServerCallContext context)
    {
        var patientId = RequestRules.Id(request.PatientId, "patient_id");
        var caller = Caller.Of(context);
        var profile = await access.Read(caller, patientId);
        var patient = grains.GetGrain<IPatientGrain>(patientId);
        var proposals = await patient.GetProposals();
        var history = await patient.GetProgramHistory();
        await audit.Read(caller, nameof(ListProposals), profile.ClinicId, patientId);

        var response = new ListProposalsResponse();
        response.Proposals.AddRange(proposals.Select(p => ApiMessages.Message(patientId, p)));
        if (history.Count > 0)
            response.Roadmap.AddRange(history[^1].Program.Exercises.Select(e =>
            {
                var road = new Roadmap { Exercise = e.Exercise };
                road.Steps.AddRange(Progression.Roadmap(e).Select(s => new Dose { Step = (uint)s.Step, Sets = (uint)s.Sets, Reps = (uint)s.Reps }));
                return road;
            }));
        return response;
    }

    public override async Task<Proposal> DecideProposal(DecideProposalRequest request, ServerCallContext context)
    {
        var patientId = RequestRules.Id(request.PatientId, "patient_id");
        var proposalId = RequestRules.Id(request.ProposalId, "proposal_id");
        var caller = Caller.Of(context);
        await access.Care(caller, patientId);
        var decided = await grains.GetGrain<IPatientGrain>(patientId).DecideProposal(proposalId, request.Accept, caller.Subject);
        return ApiMessages.Message(patientId, decided);
    }
}

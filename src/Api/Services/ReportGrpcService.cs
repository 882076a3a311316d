using Grpc.Core;
using HepSense.Api.Access;
using HepSense.Contracts.Api;
using HepSense.Grains;

namespace HepSense.Api.Services;

/// <summary>Remote therapeutic monitoring: a clinic's month, each patient's codes with their evidence.</summary>
public sealed class ReportGrpcService(IGrainFactory grains, AuditLog audit) : ReportService.ReportServiceBase
{
    public override async Task<RtmReport> GetRtmReport(GetRtmReportRequest request, ServerCallContext context)
    {
        var clinicId = RequestRules.Id(request.ClinicId, "clinic_id");
        var (year, month) = RequestRules.Month(request.Month, "month");
        var caller = Caller.Of(context);
        caller.RequireClinic(clinicId);

        var report = new RtmReport { ClinicId = clinicId, Month = $"{year:0000}-{month:00}" };
        foreach (var id in await grains.GetGrain<IClinicGrain>(clinicId).GetPatients())
        {
            var patient = grains.GetGrain<IPatientGrain>(id);
            if (await patient.GetProfile() is not { } profile || profile.ClinicId != clinicId) continue;
            // A patient without a monitoring episode (no program yet) has nothing to bill.
            report.Patients.Add(await patient.GetRtmMonth(year, month) is { } rtm ? ApiMessages.Message(rtm) : new RtmPatient { PatientId = id });
        }
        await audit.Read(caller, nameof(GetRtmReport), clinicId, AuditLog.AllPatients);
        return report;
    }
}

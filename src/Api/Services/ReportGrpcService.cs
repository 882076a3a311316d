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

        var profiles = await ClinicRoster.Enrolled(grains, clinicId);
        var months = await Task.WhenAll(profiles.Select(p => grains.GetGrain<IPatientGrain>(p.PatientId).GetRtmMonth(year, month)));
        var report = new RtmReport { ClinicId = clinicId, Month = $"{year:0000}-{month:00}" };
        // A patient without a monitoring episode (no program yet) has nothing to bill.
        report.Patients.AddRange(profiles.Select((p, i) => months[i] is { } rtm ? ApiMessages.Message(rtm) : new RtmPatient { PatientId = p.PatientId }));
        await audit.Read(caller, nameof(GetRtmReport), clinicId, AuditLog.AllPatients);
        return report;
    }
}

using Grpc.Core;
using HepSense.Api.Access;
using HepSense.Contracts.Api;
using HepSense.Grains;
using HepSense.Grains.Telemetry;

namespace HepSense.Api.Services;

/// <summary>A patient's reps: the history from InfluxDB, the daily totals from the patient's grain.</summary>
public sealed class RepGrpcService(IGrainFactory grains, InfluxQuery influx, PatientAccess access, AuditLog audit) : RepService.RepServiceBase
{
    public override async Task<ListRepsResponse> ListReps(ListRepsRequest request, ServerCallContext context)
    {
        var patientId = RequestRules.Id(request.PatientId, "patient_id");
        DateTimeOffset? from = request.From?.ToDateTimeOffset();
        DateTimeOffset? to = request.To?.ToDateTimeOffset();
        if (from >= to) throw RequestRules.Invalid($"from ({from:O}) must be before to ({to:O})");
        var caller = Caller.Of(context);
        var profile = await access.ReadEvenUnenrolled(caller, patientId);

        var reps = await influx.GetReps(patientId, from, to, context.CancellationToken);
        var tallies = await grains.GetGrain<IPatientGrain>(patientId).GetDailyTallies();

        await audit.Read(caller, nameof(ListReps), profile?.ClinicId ?? "", patientId);

        var response = new ListRepsResponse { PatientId = patientId, Total = (uint)reps.Count };
        response.Reps.AddRange(reps.Select(ApiMessages.Message));
        response.Days.AddRange(tallies
            .Where(t => InRange(t.Date, from, to))
            .Select(t => new DailyTotal
            {
                Date = ApiMessages.Day(t.Date),
                Exercise = t.Exercise,
                Reps = (uint)t.Reps,
                PartialReps = (uint)t.PartialReps,
                Sets = (uint)t.Sets,
            }));
        return response;
    }

    private static bool InRange(DateOnly date, DateTimeOffset? from, DateTimeOffset? to) =>
        (from is null || date >= DateOnly.FromDateTime(from.Value.UtcDateTime)) &&
        (to is null || date <= DateOnly.FromDateTime(to.Value.UtcDateTime));
}

using HepSense.Contracts.Api;
using HepSense.FirmwareSim.People;

namespace HepSense.FirmwareSim.Cohort;

/// <summary>
/// The patient's phone: reports pain before and after each session (0-10 scale), and a session done
/// without the band as self-reported. Through PatientService; skipped where the node lacks it.
/// </summary>
public sealed class PhoneApp(Grpc.Net.Client.GrpcChannel channel, ApiAvailability api)
{
    readonly PatientService.PatientServiceClient client = new(channel);

    public async Task ReportPainAsync(PatientProfile p, PlannedSession s, CancellationToken ct)
    {
        await Pain(p, s.PainBefore, s.Start, "before", ct);
        await Pain(p, s.PainAfter, s.End, "after", ct);
    }

    public async Task ReportUnwornAsync(PatientProfile p, PlannedSession s, CancellationToken ct)
    {
        await ReportPainAsync(p, s, ct);
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(s.Start, p.Zone).DateTime).ToString("yyyy-MM-dd");
        foreach (var group in s.Sets.GroupBy(x => x.Set.Exercise.Name))
            await api.TryAsync("PatientService.ReportSelfSession", async () => await client.ReportSelfSessionAsync(new ReportSelfSessionRequest
            {
                PatientId = p.Id, Date = date, Exercise = group.Key, Sets = (uint)group.Count(), Reps = (uint)group.Sum(x => x.Set.Reps.Count),
            }, cancellationToken: ct));
    }

    Task Pain(PatientProfile p, int score, DateTimeOffset when, string moment, CancellationToken ct) =>
        api.TryAsync("PatientService.ReportPain", async () => await client.ReportPainAsync(new ReportPainRequest
        {
            PatientId = p.Id, Score = (uint)score, When = when.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'"), Moment = moment,
        }, cancellationToken: ct));
}

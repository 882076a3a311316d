using HepSense.Contracts.Access;
using HepSense.Contracts.Api;
using HepSense.Grains.Clinical;
using static HepSense.EndToEnd.Tests.Clinical;

namespace HepSense.EndToEnd.Tests;

/// <summary>A node on PostgreSQL, stopped and started again: the clinical numbers stay, and a band that resends its session counts nothing twice.</summary>
public sealed class DurabilityEndToEndTests
{
    [Fact]
    public async Task A_restarted_node_keeps_adherence_pain_and_programs_and_a_resent_session_is_not_counted_again()
    {
        await using var node = new PostgresNode();
        await node.Fixture.InitializeAsync();
        var n = node.Fixture;
        var utc = TimeZoneInfo.Utc;
        var today = Today(utc);
        var yesterday = today.AddDays(-1);
        var sessionStart = LocalTime.At(yesterday, new TimeOnly(10, 0), utc);

        await new ClinicService.ClinicServiceClient(n.Channel).CreateClinicAsync(new CreateClinicRequest { ClinicId = "dur", Name = "Durable" });
        using var therapist = As(n, Roles.Therapist, "dana", "dur");
        await new ClinicService.ClinicServiceClient(therapist).AddPatientAsync(new AddPatientRequest { ClinicId = "dur", PatientId = "paul", TimeZone = "UTC" });
        await new ProgramService.ProgramServiceClient(therapist).SetProgramAsync(new SetProgramRequest { PatientId = "paul", Program = Daily(yesterday, Knee) });
        var band = await new DeviceService.DeviceServiceClient(therapist).ProvisionDeviceAsync(new ProvisionDeviceRequest { DeviceId = "paul-band", PatientId = "paul" });
        var streamed = await Stream(n, "paul-band", band.Secret, sessionStart, seed: 11);
        await new PatientService.PatientServiceClient(therapist).ReportPainAsync(new ReportPainRequest { PatientId = "paul", Score = 4, When = sessionStart.AddMinutes(5).ToString("O") });

        var request = new GetAdherenceRequest { PatientId = "paul", From = yesterday.ToString("yyyy-MM-dd"), To = today.ToString("yyyy-MM-dd") };
        var before = await Poll.Until(async () => await new PatientService.PatientServiceClient(therapist).GetAdherenceAsync(request), a => a.Days[0].RepsDone >= streamed);
        Assert.Equal((uint)streamed, before.Days[0].RepsDone);

        await n.Restart();

        var patients = new PatientService.PatientServiceClient(therapist);
        var after = await patients.GetAdherenceAsync(request);
        Assert.Equal(before.Days.Select(d => (d.SessionsDone, d.RepsDone, d.PartialReps)), after.Days.Select(d => (d.SessionsDone, d.RepsDone, d.PartialReps)));
        Assert.Equal(4u, Assert.Single((await patients.ListPainAsync(new ListPainRequest { PatientId = "paul" })).Reports).Score);
        Assert.Equal(1u, (await new ProgramService.ProgramServiceClient(therapist).GetProgramAsync(new GetProgramRequest { PatientId = "paul" })).Current.Version);
        Assert.Equal("dur", Assert.Single((await new ClinicService.ClinicServiceClient(therapist).ListPatientsAsync(new ListPatientsRequest { ClinicId = "dur" })).Patients).ClinicId);

        // The band sends the same session again (same sequence numbers and device times): every batch is a duplicate.
        Assert.Equal(streamed, await Stream(n, "paul-band", band.Secret, sessionStart, seed: 11));
        var device = await new DeviceService.DeviceServiceClient(therapist).GetDeviceAsync(new GetDeviceRequest { DeviceId = "paul-band" });
        Assert.True(device.DuplicatesDropped > 0, "the resent batches should be dropped as duplicates");
        Assert.Equal((uint)streamed, (await patients.GetAdherenceAsync(request)).Days[0].RepsDone);
    }

    private sealed class PostgresNode : IAsyncDisposable
    {
        public NodeFixture Fixture { get; } = new() { OnPostgres = true };

        public async ValueTask DisposeAsync() => await Fixture.DisposeAsync();
    }
}

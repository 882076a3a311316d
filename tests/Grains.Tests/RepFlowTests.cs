namespace HepSense.Grains.Tests;

/// <summary>Reps found in a band's stream reach the patient's tallies and InfluxDB, attributed and on the band's clock.</summary>
[Collection(ClusterCollection.Name)]
public sealed class RepFlowTests(ClusterFixture fixture)
{
    private const long T0 = 1_780_000_000_000;
    private const float Rate = 50;

    [Fact]
    public async Task Reps_reach_the_patient_and_InfluxDB_for_the_chosen_exercise()
    {
        var device = fixture.Client.GetGrain<IDeviceGrain>($"band-{Guid.NewGuid():N}");
        var patientId = $"pat-{Guid.NewGuid():N}";
        await device.Provision(patientId);
        var batches = Batches.Stream(Movement.Reps(10, Rate), Rate, T0).ToList();
        var expected = OfflineReps.Count(batches, Rate);
        Assert.InRange(expected, 9, 11); // ten clean reps: the detector must see about ten

        await device.ReportEvent(new DeviceEventData(T0, "knee-extension-seated", false));
        foreach (var batch in batches)
            Assert.Equal(IngestOutcome.Accepted, await device.Ingest(batch));
        await device.ReportEvent(new DeviceEventData(T0 + 40_000, null, SessionEnded: true));

        var tally = Assert.Single(await fixture.Client.GetGrain<IPatientGrain>(patientId).GetDailyTallies());
        Assert.Equal("knee-extension-seated", tally.Exercise);
        Assert.Equal(DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(T0).UtcDateTime), tally.Date);
        Assert.Equal(expected, tally.Reps);

        // No flush here: the session's end waited until the writer had sent it all.
        var stored = await fixture.Query.GetReps(patientId);
        Assert.Equal(batches.Sum(b => b.Samples.Length / 12), await fixture.Query.CountImuPoints(patientId));
        Assert.Equal(expected, stored.Count);
        var end = DateTimeOffset.FromUnixTimeMilliseconds(T0 + (long)(batches.Count * 1000));
        Assert.All(stored, r =>
        {
            Assert.Equal("knee-extension-seated", r.Exercise);
            Assert.InRange(r.Start, DateTimeOffset.FromUnixTimeMilliseconds(T0), end);
            Assert.True(r.End > r.Start);
        });
    }

    [Fact]
    public async Task A_band_that_goes_silent_mid_rep_gets_its_last_rep_counted()
    {
        var device = fixture.Client.GetGrain<IDeviceGrain>($"band-{Guid.NewGuid():N}");
        var patientId = $"pat-{Guid.NewGuid():N}";
        await device.Provision(patientId);
        // Ten reps after 4 s of rest, cut half a second before the last one is back: only a flush reports it.
        var movement = Movement.Reps(10, Rate);
        var batches = Batches.Stream(movement.Take((int)((4 + 30 - 0.5) * Rate)).ToList(), Rate, T0).ToList();
        var (streaming, flushed) = OfflineReps.Find(batches, Rate);
        Assert.True(flushed > streaming, $"the cut should leave a rep pending ({streaming} vs {flushed})");

        foreach (var batch in batches) await device.Ingest(batch);

        // No session end: the grain's idle timer (5 s without a batch) must flush. Bounded wait, not a speed check.
        var patient = fixture.Client.GetGrain<IPatientGrain>(patientId);
        var reps = await Poll.Until(async () => (await patient.GetDailyTallies()).Sum(t => t.Reps), n => n >= flushed, TimeSpan.FromSeconds(30));
        Assert.Equal(flushed, reps);
        Assert.Equal("unknown", Assert.Single(await patient.GetDailyTallies()).Exercise);
    }

    [Fact]
    public async Task A_band_that_streams_again_from_seq_zero_without_provisioning_is_counted_again()
    {
        var device = fixture.Client.GetGrain<IDeviceGrain>($"band-{Guid.NewGuid():N}");
        var patientId = $"pat-{Guid.NewGuid():N}";
        await device.Provision(patientId);
        var movement = Movement.Reps(10, Rate);
        // A simulator replaying faster than real time: the second run starts (device clock) before the first one's end.
        var first = Batches.Stream(movement, Rate, T0).ToList();
        var second = Batches.Stream(movement, Rate, T0 + 10_000).ToList();
        var expected = OfflineReps.Count(first, Rate);

        foreach (var run in new[] { first, second })
        {
            foreach (var batch in run) Assert.Equal(IngestOutcome.Accepted, await device.Ingest(batch));
            await device.ReportEvent(new DeviceEventData(run[^1].DeviceTimeMs + 1000, null, SessionEnded: true));
        }
        Assert.Equal(IngestOutcome.Duplicate, await device.Ingest(second[0])); // a redelivery is still one

        Assert.Equal(2 * expected, Assert.Single(await fixture.Client.GetGrain<IPatientGrain>(patientId).GetDailyTallies()).Reps);
        Assert.Equal((ulong)(first.Count + second.Count), (await device.GetSnapshot()).BatchesAccepted);
    }

    [Fact]
    public async Task Sessions_the_band_ended_stay_two_however_short_the_rest_between_them()
    {
        // A shift worker: a session, "session ended", and ten minutes later the next one (the 45-min rest rule alone merges them).
        var clinic = $"c-{Guid.NewGuid():N}";
        var patientId = $"pat-{Guid.NewGuid():N}";
        await fixture.Client.GetGrain<IClinicGrain>(clinic).Create("Night shift");
        await fixture.Client.GetGrain<IClinicGrain>(clinic).AddPatient(patientId, "Sam", "Etc/UTC");
        var day = DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(T0).UtcDateTime);
        var patient = fixture.Client.GetGrain<IPatientGrain>(patientId);
        await patient.SetProgram(new Clinical.ProgramDraft([new Clinical.PrescribedExercise("knee-extension-seated", 1, 10, 0, 30,
            Clinical.Side.Both, Clinical.Frequency.Daily(2), day)], day), "t1");
        var device = fixture.Client.GetGrain<IDeviceGrain>($"band-{Guid.NewGuid():N}");
        await device.Provision(patientId);

        var movement = Movement.Reps(10, Rate);
        var first = Batches.Stream(movement, Rate, T0).ToList();
        var second = Batches.Stream(movement, Rate, T0 + 600_000, (ulong)first.Count).ToList();
        foreach (var run in new[] { first, second })
        {
            await device.ReportEvent(new DeviceEventData(run[0].DeviceTimeMs, "knee-extension-seated", false));
            foreach (var batch in run) Assert.Equal(IngestOutcome.Accepted, await device.Ingest(batch));
            await device.ReportEvent(new DeviceEventData(run[^1].DeviceTimeMs + 1000, null, SessionEnded: true));
        }

        var adherence = await patient.GetAdherence(day, day);
        Assert.Equal(2, adherence.Days[0].SessionsDone);
        Assert.Equal(2 * OfflineReps.Count(first, Rate), adherence.Days[0].RepsDone);
    }
}

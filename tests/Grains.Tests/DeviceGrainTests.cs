namespace HepSense.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class DeviceGrainTests(ClusterFixture fixture)
{
    private const long T0 = 1_780_000_000_000;

    private static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    private async Task<(IDeviceGrain Device, string Secret, string PatientId)> Provisioned()
    {
        var device = fixture.Client.GetGrain<IDeviceGrain>(NewId("band"));
        var patientId = NewId("pat");
        return (device, await device.Provision(patientId), patientId);
    }

    [Fact]
    public async Task Provisioned_band_authenticates_with_its_secret_only()
    {
        var (device, secret, patientId) = await Provisioned();

        Assert.True(await device.Authenticate(secret));
        Assert.False(await device.Authenticate(secret[..^1] + (secret[^1] == 'A' ? 'B' : 'A')));
        Assert.False(await device.Authenticate(""));
        Assert.Equal(patientId, (await device.GetSnapshot()).PatientId);
        Assert.Matches("^[0-9a-f]{64}$", secret); // 32 bytes in hex: safe on any command line
    }

    [Fact]
    public async Task Reprovisioning_revokes_the_old_secret()
    {
        var (device, first, _) = await Provisioned();
        var second = await device.Provision(NewId("pat"));

        Assert.NotEqual(first, second);
        Assert.False(await device.Authenticate(first));
        Assert.True(await device.Authenticate(second));
    }

    [Fact]
    public async Task Unknown_band_is_refused()
    {
        var device = fixture.Client.GetGrain<IDeviceGrain>(NewId("stranger"));

        Assert.False(await device.Authenticate("anything"));
        Assert.Equal(IngestOutcome.UnknownDevice, await device.Ingest(Batches.AtRest(0, T0)));
        Assert.Null((await device.GetSnapshot()).PatientId);
    }

    [Fact]
    public async Task Provisioning_rejects_an_invalid_patient_id()
    {
        var device = fixture.Client.GetGrain<IDeviceGrain>(NewId("band"));
        await Assert.ThrowsAsync<ArgumentException>(() => device.Provision("x' OR 1=1"));
        Assert.False(await device.Authenticate(""));
    }

    [Fact]
    public async Task Duplicates_are_dropped_and_late_batches_accepted_once()
    {
        var (device, _, _) = await Provisioned();
        async Task<IngestOutcome> Send(ulong seq) => await device.Ingest(Batches.AtRest(seq, T0 + (long)seq * 1000));

        Assert.Equal(IngestOutcome.Accepted, await Send(0));
        Assert.Equal(IngestOutcome.Accepted, await Send(1));
        Assert.Equal(IngestOutcome.Duplicate, await Send(1));    // QoS 1 redelivery
        Assert.Equal(IngestOutcome.Accepted, await Send(5));     // 2, 3, 4 missing
        Assert.Equal(IngestOutcome.Accepted, await Send(3));     // late, first time
        Assert.Equal(IngestOutcome.Duplicate, await Send(3));    // late, again
        Assert.Equal(IngestOutcome.Duplicate, await Send(0));

        var snapshot = await device.GetSnapshot();
        Assert.Equal(4UL, snapshot.BatchesAccepted);
        Assert.Equal(3UL, snapshot.DuplicatesDropped);
        Assert.Equal(2UL, snapshot.Gaps);                        // 2 and 4 still missing
        Assert.Equal(5UL, snapshot.LastSeq);
    }

    [Fact]
    public async Task Duplicate_filter_survives_deactivation()
    {
        var (device, secret, _) = await Provisioned();
        for (ulong seq = 0; seq < 3; seq++)
            Assert.Equal(IngestOutcome.Accepted, await device.Ingest(Batches.AtRest(seq, T0 + (long)seq * 1000)));

        await fixture.Cluster.DeactivateAsync(device);

        Assert.True(await device.Authenticate(secret));
        Assert.Equal(IngestOutcome.Duplicate, await device.Ingest(Batches.AtRest(2, T0 + 2000)));
        Assert.Equal(IngestOutcome.Accepted, await device.Ingest(Batches.AtRest(3, T0 + 3000)));
        Assert.Equal(4UL, (await device.GetSnapshot()).BatchesAccepted);
    }

    [Fact]
    public async Task Malformed_samples_are_refused_and_the_next_batch_goes_through()
    {
        var (device, _, _) = await Provisioned();
        var bad = Batches.AtRest(0, T0) with { Samples = new byte[13] };

        await Assert.ThrowsAsync<ArgumentException>(() => device.Ingest(bad));
        Assert.Equal(IngestOutcome.Accepted, await device.Ingest(Batches.AtRest(0, T0)));
        Assert.Equal(1UL, (await device.GetSnapshot()).BatchesAccepted);
    }

    [Fact]
    public async Task Impossible_batches_and_exercise_names_are_refused()
    {
        var (device, _, _) = await Provisioned();

        await Assert.ThrowsAsync<ArgumentException>(() => device.Ingest(Batches.AtRest(0, T0) with { SampleRateHz = 0 }));
        await Assert.ThrowsAsync<ArgumentException>(() => device.Ingest(Batches.AtRest(0, T0) with { AccelScale = float.NaN }));
        await Assert.ThrowsAsync<ArgumentException>(() => device.ReportEvent(new DeviceEventData(T0, "squat\n,patient=x", false)));
        Assert.Equal(IngestOutcome.Accepted, await device.Ingest(Batches.AtRest(0, T0)));
    }

    [Fact]
    public async Task Raw_samples_reach_InfluxDB_once_each()
    {
        var (device, _, patientId) = await Provisioned();
        for (ulong seq = 0; seq < 4; seq++)
            await device.Ingest(Batches.AtRest(seq, T0 + (long)seq * 1000));
        await device.Ingest(Batches.AtRest(1, T0 + 1000)); // duplicate: not written again

        await fixture.Telemetry.FlushAsync();

        Assert.Equal(4 * 25, await fixture.Query.CountImuPoints(patientId));
    }

    [Fact]
    public async Task A_stream_too_slow_for_rep_detection_is_still_stored()
    {
        var (device, _, patientId) = await Provisioned();
        for (ulong seq = 0; seq < 3; seq++)
            Assert.Equal(IngestOutcome.Accepted, await device.Ingest(Batches.AtRest(seq, T0 + (long)seq * 1000, samples: 2, rateHz: 2)));
        await device.ReportEvent(new DeviceEventData(T0 + 3000, null, SessionEnded: true));

        await fixture.Telemetry.FlushAsync();
        Assert.Equal(6, await fixture.Query.CountImuPoints(patientId));
    }

    [Fact]
    public async Task Status_is_kept()
    {
        var (device, _, _) = await Provisioned();
        await device.ReportStatus(new DeviceStatusData(T0, 81.5f, false, "1.4.2", -60));

        var snapshot = await device.GetSnapshot();
        Assert.Equal(81.5f, snapshot.BatteryPct);
        Assert.Equal("1.4.2", snapshot.Firmware);
    }
}

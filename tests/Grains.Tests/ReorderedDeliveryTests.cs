namespace HepSense.Grains.Tests;

/// <summary>Batches the band's grain receives out of order are put back in order before rep detection.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ReorderedDeliveryTests(ClusterFixture fixture)
{
    private const long T0 = 1_780_000_000_000;
    private const float Rate = 50;

    /// <summary>Delivers the batches in the given order, ends the session, and returns the patient's reps and the band's gaps.</summary>
    private async Task<(int Reps, ulong Gaps)> Deliver(IReadOnlyList<ImuBatchData> batches, IEnumerable<int> order)
    {
        var device = fixture.Client.GetGrain<IDeviceGrain>($"band-{Guid.NewGuid():N}");
        var patientId = $"pat-{Guid.NewGuid():N}";
        await device.Provision(patientId);
        foreach (var i in order) Assert.Equal(IngestOutcome.Accepted, await device.Ingest(batches[i]));
        await device.ReportEvent(new DeviceEventData(batches[^1].DeviceTimeMs + 1000, null, SessionEnded: true));
        var tallies = await fixture.Client.GetGrain<IPatientGrain>(patientId).GetDailyTallies();
        return (tallies.Sum(t => t.Reps), (await device.GetSnapshot()).Gaps);
    }

    /// <summary>Moves batch <paramref name="late"/> to just after batch <paramref name="after"/>.</summary>
    private static List<int> Delay(int count, int late, int after)
    {
        var order = Enumerable.Range(0, count).Where(i => i != late).ToList();
        order.Insert(order.IndexOf(after) + 1, late);
        return order;
    }

    public static TheoryData<string, int, int> LateBatches => new()
    {
        // Each late batch carries part of a rep: fed out of order or not at all, the detector misses that rep.
        { "two swapped mid-rep", 9, 10 },
        { "three held", 12, 15 },
        { "four held, within the 5 s bound", 21, 25 },
        { "near the end", 33, 34 },
    };

    [Theory]
    [MemberData(nameof(LateBatches))]
    public async Task A_batch_that_arrives_late_still_counts_as_in_order_delivery_would(string why, int late, int after)
    {
        var batches = Batches.Stream(Movement.Reps(10, Rate), Rate, T0).ToList();
        var expected = OfflineReps.Count(batches, Rate);
        Assert.InRange(expected, 9, 11);

        var (reps, gaps) = await Deliver(batches, Delay(batches.Count, late, after));

        Assert.True(expected == reps, $"{why}: {reps} reps, in order {expected}");
        Assert.Equal(0UL, gaps);
    }

    [Fact]
    public async Task A_batch_that_never_arrives_costs_only_its_own_samples()
    {
        var batches = Batches.Stream(Movement.Reps(10, Rate), Rate, T0).ToList();
        var survivors = batches.Where(b => b.Seq != 15).ToList();

        var (reps, gaps) = await Deliver(batches, Enumerable.Range(0, batches.Count).Where(i => i != 15));

        Assert.Equal(OfflineReps.Count(survivors, Rate), reps); // the gap is given up and every later batch still reaches the detector
        Assert.Equal(1UL, gaps);
    }

    [Fact]
    public async Task Batches_held_behind_a_missing_one_at_the_session_end_are_still_counted()
    {
        // The band stops after batch 34 (mid-rep) and ends the session while 32..34 wait for 31, which never comes.
        var batches = Batches.Stream(Movement.Reps(10, Rate), Rate, T0).Take(35).ToList();
        var missing = 31;
        var survivors = batches.Where(b => b.Seq != (ulong)missing).ToList();

        var (reps, gaps) = await Deliver(batches, Enumerable.Range(0, batches.Count).Where(i => i != missing));

        Assert.Equal(OfflineReps.Count(survivors, Rate), reps);
        Assert.Equal(1UL, gaps);
    }

    [Fact]
    public async Task Batches_held_when_the_band_goes_silent_are_fed_by_the_idle_flush()
    {
        // As above, but no session end: only the grain's idle timer (5 s without a batch) can give up the gap.
        var batches = Batches.Stream(Movement.Reps(10, Rate), Rate, T0).Take(35).ToList();
        var survivors = batches.Where(b => b.Seq != 31).ToList();
        var expected = OfflineReps.Count(survivors, Rate);
        var device = fixture.Client.GetGrain<IDeviceGrain>($"band-{Guid.NewGuid():N}");
        var patientId = $"pat-{Guid.NewGuid():N}";
        await device.Provision(patientId);

        foreach (var batch in survivors) Assert.Equal(IngestOutcome.Accepted, await device.Ingest(batch));

        // Bounded wait, not a speed check.
        var patient = fixture.Client.GetGrain<IPatientGrain>(patientId);
        var reps = await Poll.Until(async () => (await patient.GetDailyTallies()).Sum(t => t.Reps), n => n >= expected, TimeSpan.FromSeconds(30));
        Assert.Equal(expected, reps);
    }
}

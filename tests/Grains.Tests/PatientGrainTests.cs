namespace HepSense.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class PatientGrainTests(ClusterFixture fixture)
{
    private static RepRecord Rep(string patient, string exercise, DateTimeOffset start, int set, int repInSet, bool partial = false) =>
        new(patient, "band-1", exercise, start, start.AddSeconds(2), 60, 90, partial, 0.9, set, repInSet);

    [Fact]
    public async Task Reps_are_tallied_per_day_and_exercise_and_persist()
    {
        var id = $"pat-{Guid.NewGuid():N}";
        var patient = fixture.Client.GetGrain<IPatientGrain>(id);
        var monday = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

        await patient.RecordReps([
            Rep(id, "squat", monday, 1, 1), Rep(id, "squat", monday.AddSeconds(3), 1, 2), Rep(id, "squat", monday.AddSeconds(6), 1, 3, partial: true),
            Rep(id, "squat", monday.AddMinutes(2), 2, 1),
            Rep(id, "curl", monday.AddMinutes(5), 1, 1),
        ]);
        await patient.RecordReps([Rep(id, "squat", monday.AddDays(1), 1, 1)]);
        await fixture.Cluster.DeactivateAsync(patient);

        var tallies = await patient.GetDailyTallies();
        Assert.Equal(
            [
                new DailyTally(new DateOnly(2026, 11, 23), "curl", 1, 0, 1),
                new DailyTally(new DateOnly(2026, 11, 23), "squat", 4, 1, 2),
                new DailyTally(new DateOnly(2026, 11, 24), "squat", 1, 0, 1),
            ],
            tallies);
    }

    [Fact]
    public async Task A_retried_call_counts_its_reps_once_in_the_tallies_and_the_watchers_hear_only_new_ones()
    {
        var id = $"pat-{Guid.NewGuid():N}";
        var patient = fixture.Client.GetGrain<IPatientGrain>(id);
        var monday = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
        RepRecord[] first = [Rep(id, "squat", monday, 1, 1), Rep(id, "squat", monday.AddSeconds(3), 1, 2, partial: true)];
        var later = Rep(id, "squat", monday.AddSeconds(6), 1, 3);

        // The band's grain saw the first call fail after the patient had written it, and sends those reps again with the next one.
        await patient.RecordReps(first);
        var watcher = new Watcher();
        var reference = fixture.Client.CreateObjectReference<IRepObserver>(watcher);
        await patient.Subscribe(reference);
        await patient.RecordReps([.. first, later]);
        await fixture.Cluster.DeactivateAsync(patient);
        await patient.RecordReps([.. first, later]); // remembered in the stored state too

        Assert.Equal([new DailyTally(new DateOnly(2026, 11, 23), "squat", 3, 1, 1)], await patient.GetDailyTallies());
        Assert.Equal([later], await watcher.Reps.Task.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task A_call_whose_write_failed_is_not_taken_for_done_when_it_is_retried()
    {
        var id = $"pat-{Guid.NewGuid():N}";
        var patient = fixture.Client.GetGrain<IPatientGrain>(id);
        var monday = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
        RepRecord[] reps = [Rep(id, "squat", monday, 1, 1), Rep(id, "squat", monday.AddSeconds(3), 1, 2)];

        FailingWrites.Arm(patient.GetGrainId());
        await Assert.ThrowsAnyAsync<Exception>(() => patient.RecordReps(reps));
        await patient.RecordReps(reps);                      // the band's retry
        await fixture.Cluster.DeactivateAsync(patient);

        Assert.Equal([new DailyTally(new DateOnly(2026, 11, 23), "squat", 2, 0, 1)], await patient.GetDailyTallies());
    }

    [Fact]
    public async Task A_new_patient_has_no_tallies()
    {
        Assert.Empty(await fixture.Client.GetGrain<IPatientGrain>($"pat-{Guid.NewGuid():N}").GetDailyTallies());
    }

    [Fact]
    public async Task Observers_see_new_reps()
    {
        var id = $"pat-{Guid.NewGuid():N}";
        var patient = fixture.Client.GetGrain<IPatientGrain>(id);
        var watcher = new Watcher();
        var reference = fixture.Client.CreateObjectReference<IRepObserver>(watcher);
        await patient.Subscribe(reference);

        var rep = Rep(id, "squat", DateTimeOffset.UtcNow, 1, 1);
        await patient.RecordReps([rep]);

        // Bounded wait for a one-way call: a failure bound, not a speed assertion.
        var seen = await watcher.Reps.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal([rep], seen);
        await patient.Unsubscribe(reference);
    }

    private sealed class Watcher : IRepObserver
    {
        public TaskCompletionSource<IReadOnlyList<RepRecord>> Reps { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task OnReps(IReadOnlyList<RepRecord> reps)
        {
            Reps.TrySetResult(reps);
            return Task.CompletedTask;
        }
    }
}

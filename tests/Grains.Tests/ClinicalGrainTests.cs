using HepSense.Grains.Clinical;

namespace HepSense.Grains.Tests;

/// <summary>The clinical model in the grains: clinics, patients, programs, sets from reps, adherence, flags, proposals, reminders, RTM.
/// "Now" is <see cref="ClusterFixture.Clock"/>: a patient in Berlin whose program starts Monday 2 March 2026.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ClinicalGrainTests(ClusterFixture fixture) : IDisposable
{
    private const string Zone = "Europe/Berlin";
    private static readonly TimeZoneInfo Berlin = LocalTime.Zone(Zone);
    private static readonly DateOnly Monday = new(2026, 3, 2);

    public void Dispose() => ClusterFixture.Clock.Reset();

    private static DateTimeOffset Local(DateOnly date, int hour, int minute = 0) => LocalTime.At(date, new TimeOnly(hour, minute), Berlin);

    private static PrescribedExercise Knee(int sets = 2, int reps = 10, int timesPerDay = 1) =>
        new("knee-extension-seated", sets, reps, 0, 30, Side.Both, Frequency.Daily(timesPerDay), Monday);

    /// <summary>One set: <paramref name="reps"/> reps of 3 s, one every 4 s.</summary>
    private static IReadOnlyList<RepRecord> Set(string patient, DateTimeOffset start, int reps, int partial = 0, string exercise = "knee-extension-seated", string device = "b1") =>
        Enumerable.Range(0, reps).Select(i => new RepRecord(patient, device, exercise, start.AddSeconds(4 * i), start.AddSeconds(4 * i + 3),
            70, 90, i < partial, 0.9, 1, i + 1)).ToArray();

    private async Task<(string Clinic, IPatientGrain Patient, string Id)> Enrolled()
    {
        var clinic = $"c-{Guid.NewGuid():N}";
        var id = $"p-{Guid.NewGuid():N}";
        await fixture.Client.GetGrain<IClinicGrain>(clinic).Create("Physio Nord");
        await fixture.Client.GetGrain<IClinicGrain>(clinic).AddPatient(id, "Maria", Zone);
        return (clinic, fixture.Client.GetGrain<IPatientGrain>(id), id);
    }

    [Fact]
    public async Task A_clinic_is_created_once_and_a_patient_belongs_to_one_clinic()
    {
        var (clinic, patient, id) = await Enrolled();
        var twice = await Assert.ThrowsAsync<Rejection>(() => fixture.Client.GetGrain<IClinicGrain>(clinic).Create("again"));
        Assert.Equal(RejectionKind.AlreadyExists, twice.Kind);

        var other = fixture.Client.GetGrain<IClinicGrain>($"c-{Guid.NewGuid():N}");
        await other.Create("Other");
        var taken = await Assert.ThrowsAsync<Rejection>(() => other.AddPatient(id, "Maria", Zone));
        Assert.Equal(RejectionKind.AlreadyExists, taken.Kind);
        Assert.Empty(await other.GetPatients());

        var missing = await Assert.ThrowsAsync<Rejection>(() => fixture.Client.GetGrain<IClinicGrain>($"c-{Guid.NewGuid():N}").GetPatients());
        Assert.Equal(RejectionKind.NotFound, missing.Kind);
        var badZone = await Assert.ThrowsAsync<Rejection>(() => fixture.Client.GetGrain<IClinicGrain>(clinic).AddPatient("p2", "X", "Mars/Olympus"));
        Assert.Contains("Mars/Olympus", badZone.Message);

        Assert.Equal([id], await fixture.Client.GetGrain<IClinicGrain>(clinic).GetPatients());
        Assert.Equal(clinic, (await patient.GetProfile())!.ClinicId);
        await fixture.Cluster.DeactivateAsync(patient);
        Assert.Equal(Zone, (await patient.GetProfile())!.TimeZone);
    }

    [Fact]
    public async Task Program_changes_are_versions_and_a_rejected_one_changes_nothing()
    {
        var (_, patient, _) = await Enrolled();
        ClusterFixture.Clock.Now = Local(Monday, 9);
        var bad = await Assert.ThrowsAsync<Rejection>(() => patient.SetProgram(new ProgramDraft([Knee() with { Exercise = "knee-extensoin" }], Monday), "t1"));
        Assert.Equal(RejectionKind.Invalid, bad.Kind);
        Assert.Contains("knee-extensoin", bad.Message);
        var zeroSets = await Assert.ThrowsAsync<Rejection>(() => patient.SetProgram(new ProgramDraft([Knee(sets: 0)], Monday), "t1"));
        Assert.Contains("sets must be 1 to 20", zeroSets.Message);
        Assert.Empty(await patient.GetProgramHistory());
        Assert.Null(await patient.GetRtmMonth(2026, 3)); // no episode before the first program

        var first = await patient.SetProgram(new ProgramDraft([Knee()], Monday), "t1");
        Assert.Equal(1, first.Program.Version);
        Assert.Empty(first.Warnings);
        string[] six = ["knee-extension-seated", "sit-to-stand", "mini-squat", "heel-raise", "bridge", "straight-leg-raise"];
        var second = await patient.SetProgram(new ProgramDraft(six.Select(e => Knee() with { Exercise = e }).ToArray(), Monday.AddDays(7)), "t1");
        Assert.Equal(2, second.Program.Version);
        Assert.Contains("6 exercises", Assert.Single(second.Warnings));

        await fixture.Cluster.DeactivateAsync(patient);
        var history = await patient.GetProgramHistory();
        Assert.Equal([1, 2], history.Select(v => v.Program.Version));
        Assert.Single(history[1].Warnings);
        Assert.Equal(Monday, (await patient.GetRtmMonth(2026, 3))!.Periods[0].Start); // the episode starts with the first program
    }

    [Fact]
    public async Task Reps_become_sets_and_adherence_without_counting_a_redelivery_twice()
    {
        var (_, patient, id) = await Enrolled();
        ClusterFixture.Clock.Now = Local(Monday.AddDays(1), 12);
        await patient.SetProgram(new ProgramDraft([Knee()], Monday), "t1");

        var first = Set(id, Local(Monday, 9), 10, partial: 2);
        var second = Set(id, Local(Monday, 9, 2), 10);
        await patient.RecordReps(first);
        await patient.RecordReps(second);
        await patient.RecordReps(second); // the band's grain retried after a failure: nothing new
        Assert.Equal(20, (await patient.GetDailyTallies()).Sum(t => t.Reps)); // the rep query's daily totals agree

        var adherence = await patient.GetAdherence(Monday, Monday.AddDays(1));
        var monday = adherence.Days[0];
        Assert.Equal((1, 1, 20, 20, 2), (monday.SessionsPrescribed, monday.SessionsDone, monday.RepsPrescribed, monday.RepsDone, monday.PartialReps));
        var tuesday = adherence.Days[1];
        Assert.Equal((1, 0, 0), (tuesday.SessionsPrescribed, tuesday.SessionsDone, tuesday.RepsDone));
        var exercise = Assert.Single(adherence.Exercises, e => e.Date == Monday);
        Assert.Equal((2, 2, 20, 20), (exercise.SetsPrescribed, exercise.SetsDone, exercise.RepsPrescribed, exercise.RepsDone));
        Assert.Equal(1, adherence.Streak.Current);

        await fixture.Cluster.DeactivateAsync(patient);
        Assert.Equal(20, (await patient.GetAdherence(Monday, Monday)).Days[0].RepsDone);
        Assert.Equal([Monday], (await patient.GetRtmMonth(2026, 3))!.DataDays);
    }

    [Fact]
    public async Task Two_overlapping_streams_of_one_band_count_the_same_in_the_daily_tallies_and_in_adherence()
    {
        // A replay run twice in a row at full speed: the second stream (the band's next session) starts 2 s into the first.
        var (_, patient, id) = await Enrolled();
        ClusterFixture.Clock.Now = Local(Monday, 12);
        await patient.SetProgram(new ProgramDraft([Knee()], Monday), "t1");
        await patient.RecordReps(Set(id, Local(Monday, 9), 10).Select(r => r with { SessionId = "b1#0" }).ToArray());
        await patient.RecordReps(Set(id, Local(Monday, 9).AddSeconds(2), 10).Select(r => r with { SessionId = "b1#1" }).ToArray());

        Assert.Equal(20, (await patient.GetDailyTallies()).Sum(t => t.Reps));
        Assert.Equal(20, (await patient.GetAdherence(Monday, Monday)).Days[0].RepsDone);
    }

    [Fact]
    public async Task Flags_say_why_and_watchers_hear_of_new_ones()
    {
        var (_, patient, id) = await Enrolled();
        ClusterFixture.Clock.Now = Local(Monday.AddDays(4), 12);
        await patient.SetProgram(new ProgramDraft([Knee()], Monday), "t1");
        var watcher = new Watcher();
        var reference = fixture.Client.CreateObjectReference<IPatientObserver>(watcher);
        await patient.Subscribe(reference);

        await patient.ReportPain(new PainReport(Local(Monday.AddDays(3), 18), 8, PainTiming.AfterSession));
        var flags = await patient.GetFlags();
        Assert.Equal([RiskKind.HighPain, RiskKind.NoData, RiskKind.LowAdherence], flags.Select(f => f.Flag.Kind));
        Assert.Contains("pain 8/10", flags[0].Flag.Reason);
        Assert.Contains("no sensor data for 4 days", flags[1].Flag.Reason);
        Assert.Equal(Monday.AddDays(4), flags[0].Since);

        var heard = await watcher.Flags.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Contains(heard, f => f.Flag.Kind == RiskKind.HighPain);
        await patient.Unsubscribe(reference);

        var future = await Assert.ThrowsAsync<Rejection>(() => patient.ReportPain(new PainReport(Local(Monday.AddDays(6), 9), 3)));
        Assert.Contains("future", future.Message);
        var outOfScale = await Assert.ThrowsAsync<Rejection>(() => patient.ReportPain(new PainReport(Local(Monday, 9), 11)));
        Assert.Contains("0 to 10", outOfScale.Message);
        Assert.Single(await patient.GetPain(DateTimeOffset.MinValue, DateTimeOffset.MaxValue));
    }

    [Fact]
    public async Task Three_complete_pain_free_sessions_propose_more_reps_and_accepting_makes_a_version()
    {
        var (_, patient, id) = await Enrolled();
        ClusterFixture.Clock.Now = Local(Monday.AddDays(3), 12);
        await patient.SetProgram(new ProgramDraft([Knee()], Monday), "t1");
        for (var day = 0; day < 3; day++)
        {
            var date = Monday.AddDays(day);
            await patient.RecordReps(Set(id, Local(date, 9), 10));
            await patient.RecordReps(Set(id, Local(date, 9, 2), 10));
            await patient.ReportPain(new PainReport(Local(date, 9, 10), 2, PainTiming.AfterSession));
        }

        var proposal = Assert.Single(await patient.GetProposals());
        Assert.Equal((2, 10, 2, 12), (proposal.Proposal.FromSets, proposal.Proposal.FromReps, proposal.Proposal.ToSets, proposal.Proposal.ToReps));
        Assert.Single(await patient.GetProposals()); // no second while one is pending

        var accepted = await patient.DecideProposal(proposal.Id, accept: true, "t1");
        Assert.Equal(ProposalStatus.Accepted, accepted.Proposal.Status);
        var current = (await patient.GetProgramHistory())[^1].Program;
        Assert.Equal((2, 12, Monday.AddDays(3)), (current.Exercises[0].Sets, current.Exercises[0].Reps, current.EffectiveFrom));

        var again = await Assert.ThrowsAsync<Rejection>(() => patient.DecideProposal(proposal.Id, accept: false, "t1"));
        Assert.Equal(RejectionKind.FailedPrecondition, again.Kind);
        var unknown = await Assert.ThrowsAsync<Rejection>(() => patient.DecideProposal("p99", accept: true, "t1"));
        Assert.Equal(RejectionKind.NotFound, unknown.Kind);
    }

    [Fact]
    public async Task A_missed_session_is_reminded_once_on_every_band_and_old_windows_are_not()
    {
        var (_, patient, id) = await Enrolled();
        await patient.AddDevice($"{id}-left");
        await patient.AddDevice($"{id}-right");
        ClusterFixture.Clock.Now = Local(Monday, 8);
        await patient.SetProgram(new ProgramDraft([Knee(timesPerDay: 2)], Monday), "t1");
        await patient.RecordReps(Set(id, Local(Monday, 9), 10)); // session 1 started; session 2 (14-22) never

        ClusterFixture.Clock.Now = Local(Monday, 22, 30);
        var due = Assert.Single(await patient.CheckReminders());
        Assert.Equal("2026-03-02#2", due.Key);
        Assert.Empty(await patient.CheckReminders());
        await fixture.Cluster.DeactivateAsync(patient);
        Assert.Empty(await patient.CheckReminders()); // remembered durably
        foreach (var band in new[] { $"{id}-left", $"{id}-right" })
            Assert.Contains("Session 2 of 2026-03-02", Assert.Single(ClusterFixture.Downlink.To(band)).Reminder.Message);

        // A program set up today for a month in the past reminds nothing of that month.
        var (_, late, lateId) = await Enrolled();
        await late.AddDevice($"{lateId}-band");
        ClusterFixture.Clock.Now = Local(Monday.AddDays(30), 23);
        await late.SetProgram(new ProgramDraft([Knee() with { Start = Monday }], Monday), "t1");
        Assert.Empty(await late.CheckReminders());
        ClusterFixture.Clock.Now = Local(Monday.AddDays(31), 23);
        Assert.Equal("2026-04-02#1", Assert.Single(await late.CheckReminders()).Key);
    }

    [Fact]
    public async Task Therapist_time_sums_per_month_and_earns_codes_with_an_interactive_call()
    {
        var (_, patient, id) = await Enrolled();
        ClusterFixture.Clock.Now = Local(Monday.AddDays(29), 12);
        await patient.SetProgram(new ProgramDraft([Knee()], Monday), "t1");
        for (var day = 0; day < 16; day++) await patient.RecordReps(Set(id, Local(Monday.AddDays(day), 9), 5));
        Assert.Equal(15, await patient.LogTime(new TherapistTime(Monday.AddDays(3), 15, false, "t1")));
        Assert.Equal(41, await patient.LogTime(new TherapistTime(Monday.AddDays(10), 26, true, "t1")));
        await Assert.ThrowsAsync<Rejection>(() => patient.LogTime(new TherapistTime(Monday, 0, true, "t1")));

        var march = (await patient.GetRtmMonth(2026, 3))!;
        Assert.Equal(16, march.DataDays.Count);
        Assert.Equal(["98975", "98977", "98980", "98981"], march.Codes);
    }

    private sealed class Watcher : IPatientObserver
    {
        public TaskCompletionSource<IReadOnlyList<CurrentFlag>> Flags { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public Task OnReps(IReadOnlyList<RepRecord> reps) => Task.CompletedTask;
        public Task OnFlags(IReadOnlyList<CurrentFlag> flags) { Flags.TrySetResult(flags); return Task.CompletedTask; }
        public Task OnReminder(DueReminder reminder) => Task.CompletedTask;
    }
}

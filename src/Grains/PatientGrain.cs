using HepSense.Contracts.Band;
using HepSense.Grains.Clinical;
using HepSense.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Utilities;

namespace HepSense.Grains;

/// <summary>
/// One patient. Keeps what happened (profile, program versions, detected sets, pain, self-reports, therapist time,
/// proposals, reminded sessions, flags) and asks the clinical rules (<see cref="Clinical"/>) for everything derived:
/// adherence, flags, proposals, reminders, RTM codes. "Now" comes from the injected <see cref="TimeProvider"/>.
/// Tallies per UTC day and exercise stay for the foundation's rep query.
/// </summary>
public sealed class PatientGrain(
    [PersistentState("patient", HepSenseStorage.Name)] IPersistentState<PatientState> state,
    [FromKeyedServices(Clock.Key)] TimeProvider clock,
    IBandDownlink downlink,
    ILogger<PatientGrain> logger) : Grain, IPatientGrain, IRemindable
{
    public static readonly TimeSpan ObserverLease = TimeSpan.FromMinutes(1);
    /// <summary>The durable tick: after a restart or deactivation, missed windows are still found (the rules look back a day).</summary>
    public static readonly TimeSpan ReminderPeriod = TimeSpan.FromMinutes(15);
    public const string ReminderName = "sessions";
    /// <summary>The longest range one adherence read may cover.</summary>
    public const int MaxAdherenceDays = 366;

    private readonly ObserverManager<IRepObserver> _observers = new(ObserverLease, logger);
    private IGrainTimer? _windowTimer;

    private PatientState State => state.State;
    private string PatientId => this.GetPrimaryKeyString();
    private TimeZoneInfo Zone => LocalTime.Zone(State.TimeZone);
    private DateOnly Today => LocalTime.DateOf(clock.GetUtcNow(), Zone);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        ArmWindowTimer();
        return Task.CompletedTask;
    }

    public async Task RecordReps(IReadOnlyList<RepRecord> reps)
    {
        // One rule for the tallies, the sets and the watchers alike: a rep recorded before (a retried call) is left out.
        var fresh = State.RecentReps.Take(reps);
        if (fresh.Count == 0) return;
        var tallies = State.Tallies;
        var added = false;
        foreach (var rep in fresh)
        {
            var date = DateOnly.FromDateTime(rep.Start.UtcDateTime);
            // Sorted by date and reps are recent: found near the end.
            var at = tallies.FindLastIndex(t => t.Date == date && t.Exercise == rep.Exercise);
            var tally = at >= 0 ? tallies[at] : new DailyTally(date, rep.Exercise, 0, 0, 0);
            tally = tally with
            {
                Reps = tally.Reps + 1,
                PartialReps = tally.PartialReps + (rep.Partial ? 1 : 0),
                Sets = tally.Sets + (rep.RepInSet == 1 ? 1 : 0),
            };
            if (at >= 0) tallies[at] = tally;
            else { tallies.Add(tally); added = true; }
        }
        // Kept sorted; only a new (date, exercise) can break the order.
        if (added) tallies.Sort((a, b) => (a.Date, a.Exercise).CompareTo((b.Date, b.Exercise)));
        RepSets.AppendTo(State.Sets, fresh); // in place, like the tallies: a failed write drops the activation
        await state.WriteOrDeactivate(this);
        if (_observers.Count > 0) await _observers.Notify(o => o.OnReps(fresh));
    }

    public Task<IReadOnlyList<DailyTally>> GetDailyTallies() =>
        Task.FromResult<IReadOnlyList<DailyTally>>(State.Tallies.ToList());

    public Task Subscribe(IRepObserver observer)
    {
        _observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task Unsubscribe(IRepObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    public async Task<PatientProfile> Enroll(string clinicId, string name, string timeZone)
    {
        Ids.Require(PatientId, "patient_id");
        Ids.Require(clinicId, "clinic_id");
        Invalid(() => LocalTime.Zone(timeZone));
        if (State.ClinicId is { } other && other != clinicId)
            throw Rejection.AlreadyExists($"patient '{PatientId}' belongs to another clinic");
        State.ClinicId = clinicId;
        State.Name = string.IsNullOrWhiteSpace(name) ? PatientId : name.Trim();
        State.TimeZone = timeZone;
        await state.WriteOrDeactivate(this);
        return Profile;
    }

    public Task<PatientProfile?> GetProfile() => Task.FromResult(State.ClinicId is null ? null : Profile);

    public async Task AddDevice(string deviceId)
    {
        Ids.Require(deviceId, "device_id");
        if (State.Devices.Contains(deviceId)) return;
        State.Devices.Add(deviceId);
        State.Devices.Sort(StringComparer.Ordinal);
        await state.WriteOrDeactivate(this);
    }

    public async Task RemoveDevice(string deviceId)
    {
        if (State.Devices.Remove(deviceId)) await state.WriteOrDeactivate(this);
    }

    public async Task<ProgramVersionView> SetProgram(ProgramDraft draft, string changedBy)
    {
        RequireEnrolled();
        var library = await GrainFactory.GetGrain<IClinicGrain>(State.ClinicId!).GetExercises();
        var unknown = draft.Exercises.Where(e => e is not null && !library.Any(l => e.Is(l.Id))).Select(e => e.Exercise).ToArray();
        if (unknown.Length > 0) throw Rejection.Invalid($"program: unknown exercise {string.Join(", ", unknown.Select(u => $"'{u}'"))} (see ListExercises)");

        var change = Invalid(() => ProgramVersioning.AddVersion(State.Program, draft, clock.GetUtcNow(), changedBy));
        State.Program = change.History;
        State.Episode ??= new MonitoringEpisode($"{PatientId}-1", draft.EffectiveFrom);
        await state.WriteOrDeactivate(this);
        await ArmReminders();
        return new ProgramVersionView(change.Version, change.Warnings);
    }

    public Task<IReadOnlyList<ProgramVersionView>> GetProgramHistory()
    {
        RequireEnrolled();
        return Task.FromResult<IReadOnlyList<ProgramVersionView>>(State.Program.Versions.Select(ProgramVersionView.Of).ToArray());
    }

    public Task<double?> GetTargetRom(string exercise) =>
        Task.FromResult(State.ClinicId is null ? null : State.Program.At(Today)?.Find(exercise)?.TargetRomDeg);

    public async Task<PainReport> ReportPain(PainReport report)
    {
        RequireEnrolled();
        var errors = report.Errors().ToArray();
        if (errors.Length > 0) throw Rejection.Invalid(string.Join("; ", errors));
        // A day of slack: a simulated cohort's last day may run ahead of the wall clock in eastern time zones.
        if (report.At > clock.GetUtcNow().AddDays(1)) throw Rejection.Invalid($"when ({report.At:O}) is more than a day in the future");
        // Kept at the patient's offset, so the dates the flags quote are the patient's days.
        report = report with { At = TimeZoneInfo.ConvertTime(report.At, Zone) };
        var at = State.Pain.FindLastIndex(p => p.At <= report.At);
        State.Pain.Insert(at + 1, report);
        await state.WriteOrDeactivate(this);
        await RefreshFlags();
        return report;
    }

    public Task<IReadOnlyList<PainReport>> GetPain(DateTimeOffset from, DateTimeOffset to)
    {
        RequireEnrolled();
        return Task.FromResult<IReadOnlyList<PainReport>>(State.Pain.Where(p => p.At >= from && p.At <= to).ToArray());
    }

    public async Task ReportSelf(SelfReport report)
    {
        RequireEnrolled();
        var errors = report.Errors().ToArray();
        if (errors.Length > 0) throw Rejection.Invalid(string.Join("; ", errors));
        State.SelfReports.Add(report);
        await state.WriteOrDeactivate(this);
    }

    public async Task<int> LogTime(TherapistTime time)
    {
        RequireEnrolled();
        var errors = time.Errors().ToArray();
        if (errors.Length > 0) throw Rejection.Invalid(string.Join("; ", errors));
        State.TherapistTime.Add(time);
        await state.WriteOrDeactivate(this);
        return State.TherapistTime.Where(t => t.Date.Year == time.Date.Year && t.Date.Month == time.Date.Month).Sum(t => t.Minutes);
    }

    public Task<PatientAdherence> GetAdherence(DateOnly from, DateOnly to)
    {
        RequireEnrolled();
        if (to < from) throw Rejection.Invalid($"to ({to:yyyy-MM-dd}) is before from ({from:yyyy-MM-dd})");
        if (to.DayNumber - from.DayNumber >= MaxAdherenceDays) throw Rejection.Invalid($"from..to spans more than {MaxAdherenceDays} days");
        var now = clock.GetUtcNow();
        var matches = Adherence.Matches(State.Program, Zone, State.Sets, from, to, now);
        var days = matches.Select(m => Adherence.Day(m, State.SelfReports)).ToArray();
        var today = LocalTime.DateOf(now, Zone);
        return Task.FromResult(new PatientAdherence(
            days, matches.SelectMany(Adherence.ExerciseDays).ToArray(), matches.Select(Adherence.SessionsPartlyDone).ToArray(),
            Adherence.Summary(days, from, to), Adherence.Streaks(days, to < today ? to : today)));
    }

    public async Task<IReadOnlyList<CurrentFlag>> GetFlags()
    {
        RequireEnrolled();
        return await RefreshFlags();
    }

    public async Task<IReadOnlyList<ProposalEntry>> GetProposals()
    {
        RequireEnrolled();
        if (State.Program.Current is { } program)
        {
            var now = clock.GetUtcNow();
            var today = Today;
            // Four weeks cover the last three sessions of any exercise done at least once a week.
            var matches = Adherence.Matches(State.Program, Zone, State.Sets, today.AddDays(-28), today, now);
            var added = false;
            foreach (var exercise in program.Exercises)
            {
                if (Progression.Propose(exercise, matches, State.Pain, State.Proposals.Select(p => p.Proposal).ToArray(), now) is not { } proposal) continue;
                State.Proposals.Add(new ProposalEntry($"p{State.Proposals.Count + 1}", proposal));
                added = true;
            }
            if (added) await state.WriteOrDeactivate(this);
        }
        return State.Proposals.ToArray();
    }

    public async Task<ProposalEntry> DecideProposal(string proposalId, bool accept, string decidedBy)
    {
        RequireEnrolled();
        var at = State.Proposals.FindIndex(p => p.Id == proposalId);
        if (at < 0) throw Rejection.NotFound($"proposal '{proposalId}' does not exist");
        var entry = State.Proposals[at];
        if (entry.Proposal.Status != ProposalStatus.Pending)
            throw Rejection.FailedPrecondition($"proposal '{proposalId}' was already {entry.Proposal.Status.ToString().ToLowerInvariant()}");

        var now = clock.GetUtcNow();
        var decided = entry with { Proposal = Progression.Decide(entry.Proposal, accept, decidedBy, now) };
        if (accept)
        {
            var draft = Precondition(() => Progression.Apply(State.Program.Current!, decided.Proposal, Today));
            State.Program = Invalid(() => ProgramVersioning.AddVersion(State.Program, draft, now, decidedBy)).History;
        }
        State.Proposals[at] = decided;
        await state.WriteOrDeactivate(this);
        return decided;
    }

    public Task<RtmMonth?> GetRtmMonth(int year, int month)
    {
        RequireEnrolled();
        if (month is < 1 or > 12 || year is < 2000 or > 2100) throw Rejection.Invalid($"month {year:0000}-{month:00} is not a calendar month");
        if (State.Episode is not { } episode) return Task.FromResult<RtmMonth?>(null);
        // Up to today: a period still running is reported with what it has so far, marked so.
        return Task.FromResult<RtmMonth?>(RtmBilling.Month(
            PatientId, episode, RepSets.DataDays(State.Sets, Zone), State.TherapistTime, year, month, Today));
    }

    public async Task<IReadOnlyList<DueReminder>> CheckReminders()
    {
        if (State.ClinicId is null || State.Program.Versions.Count == 0) return [];
        var now = clock.GetUtcNow();
        // A window that closed before the first program was set was never asked of the patient (a cohort set up in the past).
        var programSince = State.Program.Versions[0].ChangedAt;
        var due = Reminders.Due(State.Program, Zone, SessionGrouping.Group(State.Sets), State.Reminded, now)
            .Where(d => d.WindowEnd > programSince).ToArray();
        if (due.Length == 0) return [];

        // Remembered before sending: a slot is reminded at most once, even if the node stops mid-way.
        var keep = Today.AddDays(-7).ToString("yyyy-MM-dd");
        State.Reminded = [.. State.Reminded.Where(k => string.CompareOrdinal(k, keep) >= 0), .. due.Select(d => d.Key)];
        await state.WriteOrDeactivate(this);

        foreach (var reminder in due)
        {
            var command = new DeviceCommand
            {
                IssuedMs = now.ToUnixTimeMilliseconds(),
                Reminder = new HapticReminder { Message = ReminderText(reminder), Pulses = 3 },
            };
            foreach (var device in State.Devices)
            {
                try
                {
                    await downlink.SendAsync(device, command);
                }
                catch (Exception e)
                {
                    logger.LogWarning("Patient {Patient}: reminder {Key} not sent to band {Device}: {Reason}", PatientId, reminder.Key, device, e.Message);
                }
            }
            if (_observers.Count > 0) await _observers.Notify(o => ((IPatientObserver)o).OnReminder(reminder), o => o is IPatientObserver);
            logger.LogInformation("Patient {Patient}: reminded session {Key}", PatientId, reminder.Key);
        }
        return due;
    }

    public static string ReminderText(DueReminder reminder) =>
        $"Session {reminder.Occurrence + 1} of {reminder.Date:yyyy-MM-dd} is still to do: {string.Join(", ", reminder.Exercises)}";

    /// <summary>The tick also keeps the flags current, so a watcher hears of one that went up without anyone reading.</summary>
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        await CheckReminders();
        if (State.ClinicId is not null) await RefreshFlags();
        ArmWindowTimer();
    }

    /// <summary>The durable tick, plus a timer at the next window's end so a reminder goes out on time while the grain is active.</summary>
    private async Task ArmReminders()
    {
        await this.RegisterOrUpdateReminder(ReminderName, ReminderPeriod, ReminderPeriod);
        ArmWindowTimer();
    }

    private void ArmWindowTimer()
    {
        if (State.ClinicId is null || State.Program.Versions.Count == 0) return;
        if (Reminders.NextCheck(State.Program, Zone, clock.GetUtcNow()) is not { } next) return;
        var due = next - clock.GetUtcNow() + TimeSpan.FromSeconds(1);
        _windowTimer?.Dispose();
        _windowTimer = this.RegisterGrainTimer(async _ =>
        {
            await CheckReminders();
            ArmWindowTimer();
        }, new GrainTimerCreationOptions(due, Timeout.InfiniteTimeSpan));
    }

    /// <summary>Evaluates the flags now; keeps the day each went up; tells watchers about new ones.</summary>
    private async Task<IReadOnlyList<CurrentFlag>> RefreshFlags()
    {
        var now = clock.GetUtcNow();
        var zone = Zone;
        var today = LocalTime.DateOf(now, zone);
        var days = Adherence.Days(State.Program, zone, State.Sets, State.SelfReports, today.AddDays(-2 * RiskThresholds.Default.AdherenceDays), today, now);
        var lastData = RepSets.DataDays(State.Sets, zone) is { Count: > 0 } data ? data[^1] : (DateOnly?)null;
        var snapshots = await Task.WhenAll(State.Devices.Select(d => GrainFactory.GetGrain<IDeviceGrain>(d).GetSnapshot()));
        var bands = snapshots.Select(s => new BandStatus(s.DeviceId, s.LastSeen, s.Firmware is null ? null : s.BatteryPct, false)).ToArray();
        var flags = RiskFlags.Evaluate(new RiskInput(PatientId, today, now, days, lastData, State.Pain, bands));

        var current = flags.Select(f => new CurrentFlag(f, State.Flags.FirstOrDefault(c => c.SameAs(f))?.Since ?? today)).ToList();
        var raised = current.Where(c => !State.Flags.Any(old => old.SameAs(c.Flag))).ToArray();
        var changed = raised.Length > 0 || State.Flags.Count != current.Count;
        State.Flags = current;
        if (changed)
        {
            await state.WriteOrDeactivate(this);
            if (raised.Length > 0 && _observers.Count > 0)
                await _observers.Notify(o => ((IPatientObserver)o).OnFlags(raised), o => o is IPatientObserver);
        }
        return current;
    }

    private PatientProfile Profile => new(PatientId, State.ClinicId!, State.Name, State.TimeZone, State.Devices.ToArray());

    private void RequireEnrolled()
    {
        if (State.ClinicId is null) throw Rejection.NotFound($"patient '{PatientId}' does not exist");
    }

    /// <summary>The rules say "invalid" with <see cref="ArgumentException"/>; the API says it with a <see cref="Rejection"/>.</summary>
    private static T Invalid<T>(Func<T> rule)
    {
        try { return rule(); }
        catch (ArgumentException e) { throw Rejection.Invalid(e.Message); }
    }

    private static T Precondition<T>(Func<T> rule)
    {
        try { return rule(); }
        catch (ArgumentException e) { throw Rejection.FailedPrecondition(e.Message); }
    }
}

using System.Threading.Channels;
using Grpc.Core;
using HepSense.Api.Access;
using HepSense.Contracts.Access;
using HepSense.Contracts.Api;
using HepSense.Grains;
using HepSense.Grains.Clinical;
using Adherence = HepSense.Contracts.Api.Adherence;
using PainReport = HepSense.Contracts.Api.PainReport;

namespace HepSense.Api.Services;

/// <summary>What patients and therapists read and report day to day: adherence, pain, self-reports, therapist time, the live stream.</summary>
public sealed class PatientGrpcService(IGrainFactory grains, PatientAccess access, AuditLog audit, [FromKeyedServices(Clock.Key)] TimeProvider clock) : PatientService.PatientServiceBase
{
    /// <summary>Well within <see cref="PatientGrain.ObserverLease"/>, so a watch never lapses.</summary>
    private static readonly TimeSpan Resubscribe = TimeSpan.FromSeconds(20);

    public override async Task<Adherence> GetAdherence(GetAdherenceRequest request, ServerCallContext context)
    {
        var patientId = RequestRules.Id(request.PatientId, "patient_id");
        var from = RequestRules.Date(request.From, "from");
        var to = RequestRules.Date(request.To, "to");
        RequestRules.InOrder(from, to, "from", "to");
        var caller = Caller.Of(context);
        var profile = await access.Read(caller, patientId);
        var adherence = await grains.GetGrain<IPatientGrain>(patientId).GetAdherence(from, to);
        await audit.Read(caller, nameof(GetAdherence), profile.ClinicId, patientId);
        return ApiMessages.Message(patientId, adherence);
    }

    public override async Task<PainReport> ReportPain(ReportPainRequest request, ServerCallContext context)
    {
        var patientId = RequestRules.Id(request.PatientId, "patient_id");
        if (request.Score > Grains.Clinical.PainReport.Max) throw RequestRules.Invalid($"score must be 0 to 10 (got {request.Score})");
        var when = RequestRules.OptionalInstant(request.When, "when") ?? clock.GetUtcNow();
        var moment = ApiMessages.Moment(request.Moment, "moment");
        await access.Read(Caller.Of(context), patientId);
        var report = await grains.GetGrain<IPatientGrain>(patientId).ReportPain(new Grains.Clinical.PainReport(when, (int)request.Score, moment));
        return ApiMessages.Message(patientId, report);
    }

    /// <summary>From and to are patient-local days (inclusive); either may be left out.</summary>
    public override async Task<ListPainResponse> ListPain(ListPainRequest request, ServerCallContext context)
    {
        var patientId = RequestRules.Id(request.PatientId, "patient_id");
        var from = RequestRules.OptionalDate(request.From, "from");
        var to = RequestRules.OptionalDate(request.To, "to");
        RequestRules.InOrder(from, to, "from", "to");
        var caller = Caller.Of(context);
        var profile = await access.Read(caller, patientId);
        var zone = LocalTime.Zone(profile.TimeZone);
        var reports = await grains.GetGrain<IPatientGrain>(patientId).GetPain(
            from is { } f ? LocalTime.StartOf(f, zone) : DateTimeOffset.MinValue,
            to is { } t ? LocalTime.StartOf(t.AddDays(1), zone).AddTicks(-1) : DateTimeOffset.MaxValue);
        await audit.Read(caller, nameof(ListPain), profile.ClinicId, patientId);
        var response = new ListPainResponse();
        response.Reports.AddRange(reports.Select(r => ApiMessages.Message(patientId, r)));
        return response;
    }

    public override async Task<ReportSelfSessionResponse> ReportSelfSession(ReportSelfSessionRequest request, ServerCallContext context)
    {
        var patientId = RequestRules.Id(request.PatientId, "patient_id");
        var date = RequestRules.Date(request.Date, "date");
        if (request.Sets > 50) throw RequestRules.Invalid($"sets must be 0 to 50 (got {request.Sets})");
        if (request.Reps is < 1 or > 10_000) throw RequestRules.Invalid($"reps (all reps of the session) must be 1 to 10000 (got {request.Reps})");
        var exercise = string.IsNullOrWhiteSpace(request.Exercise) ? null : request.Exercise.Trim();
        await access.Read(Caller.Of(context), patientId);
        await grains.GetGrain<IPatientGrain>(patientId).ReportSelf(new SelfReport(date, 1, (int)request.Reps, exercise));
        return new ReportSelfSessionResponse();
    }

    /// <summary>Therapists of the patient's clinic only: the minutes are theirs. The date defaults to the patient's today.</summary>
    public override async Task<LogTherapistTimeResponse> LogTherapistTime(LogTherapistTimeRequest request, ServerCallContext context)
    {
        var patientId = RequestRules.Id(request.PatientId, "patient_id");
        if (request.Minutes is < 1 or > 1440) throw RequestRules.Invalid($"minutes must be 1 to 1440 (got {request.Minutes})");
        var date = RequestRules.OptionalDate(request.Date, "date");
        var caller = Caller.Of(context);
        if (caller.Role != Roles.Therapist) throw Caller.Denied("only therapists log therapist time");
        var profile = await access.Care(caller, patientId);
        var day = date ?? LocalTime.DateOf(clock.GetUtcNow(), LocalTime.Zone(profile.TimeZone));
        var minutes = await grains.GetGrain<IPatientGrain>(patientId).LogTime(
            new TherapistTime(day, (int)request.Minutes, request.Interactive, caller.Subject, string.IsNullOrWhiteSpace(request.Note) ? null : request.Note));
        return new LogTherapistTimeResponse { MonthMinutes = (uint)minutes };
    }

    /// <summary>The patient's current flags first, then reps, new flags and reminders as they happen, until the caller cancels.</summary>
    public override async Task Watch(WatchRequest request, IServerStreamWriter<PatientEvent> responseStream, ServerCallContext context)
    {
        var patientId = RequestRules.Id(request.PatientId, "patient_id");
        var caller = Caller.Of(context);
        var profile = await access.Read(caller, patientId);
        await audit.Read(caller, nameof(Watch), profile.ClinicId, patientId);

        var patient = grains.GetGrain<IPatientGrain>(patientId);
        var events = Channel.CreateBounded<PatientEvent>(new BoundedChannelOptions(1024) { FullMode = BoundedChannelFullMode.DropOldest });
        // Orleans holds the watcher only weakly: the KeepAlive in finally keeps it alive for the whole call
        // (a local alone does not: a Release build let it go after the first await).
        var watcher = new PatientWatcher(events.Writer);
        var reference = grains.CreateObjectReference<IPatientObserver>(watcher);
        var stop = context.CancellationToken;
        try
        {
            await patient.Subscribe(reference);
            foreach (var flag in await patient.GetFlags())
                await responseStream.WriteAsync(new PatientEvent { Flag = ApiMessages.Message(flag) }, stop);

            using var renew = new PeriodicTimer(Resubscribe);
            var tick = renew.WaitForNextTickAsync(stop).AsTask();
            while (!stop.IsCancellationRequested)
            {
                var next = events.Reader.WaitToReadAsync(stop).AsTask();
                if (await Task.WhenAny(next, tick) == tick)
                {
                    if (!await tick) break;
                    await patient.Subscribe(reference);
                    tick = renew.WaitForNextTickAsync(stop).AsTask();
                }
                while (events.Reader.TryRead(out var e)) await responseStream.WriteAsync(e, stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The caller went away: that is how a watch ends.
        }
        finally
        {
            try { await patient.Unsubscribe(reference); } catch (Exception) { /* the lease ends it anyway */ }
            grains.DeleteObjectReference<IPatientObserver>(reference);
            GC.KeepAlive(watcher);
        }
    }

    private sealed class PatientWatcher(ChannelWriter<PatientEvent> events) : IPatientObserver
    {
        public Task OnReps(IReadOnlyList<RepRecord> reps)
        {
            foreach (var rep in reps) events.TryWrite(new PatientEvent { Rep = ApiMessages.Message(rep) });
            return Task.CompletedTask;
        }

        public Task OnFlags(IReadOnlyList<CurrentFlag> flags)
        {
            foreach (var flag in flags) events.TryWrite(new PatientEvent { Flag = ApiMessages.Message(flag) });
            return Task.CompletedTask;
        }

        public Task OnReminder(DueReminder reminder)
        {
            events.TryWrite(new PatientEvent { Reminder = PatientGrain.ReminderText(reminder) });
            return Task.CompletedTask;
        }
    }
}

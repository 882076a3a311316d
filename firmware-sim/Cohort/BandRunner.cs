using Google.Protobuf;
using HepSense.Contracts.Band;
using HepSense.FirmwareSim.Band;
using HepSense.FirmwareSim.People;
using HepSense.FirmwareSim.Physics;
using HepSense.FirmwareSim.Truth;

namespace HepSense.FirmwareSim.Cohort;

/// <summary>Everything the bands of one run share.</summary>
/// <param name="Send">Null to only simulate (write the truth) without a node.</param>
/// <param name="Phone">The patient's phone app: pain and self-reported sessions; null when the API is not used.</param>
public sealed record CohortContext(DateOnly FirstDay, int Days, double RateHz, FaultRates Faults, DateTimeOffset Epoch,
    Func<PatientProfile, BandClient>? Send, SendStats Stats, SimClock Clock, int Window, PhoneApp? Phone);

/// <summary>
/// One patient's band over the whole study: plans each day's sessions, synthesises every set, and
/// sends it the way band firmware would: status, ExerciseChosen, batches, SessionEnded, with the
/// injected faults (offline buffering and catch-up, drops, duplicates, reordering, lost batches,
/// clock skew and drift, low battery, malformed payloads on request). Returns the ground truth.
/// </summary>
public sealed class BandRunner(PatientProfile patient, CohortContext ctx, int malformed)
{
    readonly Random rng = new(patient.Seed);                    // what the patient does
    readonly Random faultRng = new(patient.Seed ^ 0x2545F491);  // what goes wrong with the band
    readonly List<FaultTruth> faults = [];
    readonly List<OutMessage> outbox = [];
    readonly SensorSpec spec = SensorSpec.Default;
    BandClock clock = new(ctx.Epoch);
    ulong seq;
    double battery = 100;
    bool lowBatteryReported;
    DateTimeOffset? offlineSince;
    DateTimeOffset lastSession;

    string Device => patient.Device;

    public async Task<PatientRun> RunAsync(CancellationToken ct)
    {
        clock = DrawClock();
        lastSession = ctx.Epoch;
        var sessions = SessionPlanner.Plan(patient, ctx.FirstDay, ctx.Days, rng).ToList();
        var malformedAt = Enumerable.Range(0, malformed).Select(_ => faultRng.Next(Math.Max(1, sessions.Count(s => s.Worn)))).ToList();

        await using var band = ctx.Send?.Invoke(patient);
        var sender = band is null ? null : new OutboxSender(band, ctx.Stats, ctx.Window, ctx.Clock);
        var worn = new List<SessionTruth>();
        var unworn = new List<SessionTruth>();
        var wornIndex = 0;
        foreach (var s in sessions)
        {
            if (!s.Worn)
            {
                unworn.Add(new SessionTruth(s.Start, s.End, s.Sets.Select(t => Unrecorded(t)).ToList(), s.PainBefore, s.PainAfter) { Id = SessionId(s), Day = s.Day });
                if (ctx.Phone is { } phone) await phone.ReportUnwornAsync(patient, s, ct);
                continue;
            }
            var truth = Session(s, malformedAt.Count(i => i == wornIndex));
            wornIndex++;
            worn.Add(truth);
            if (offlineSince is null)
            {
                if (sender is not null) await sender.SendAsync(outbox, ct);
                outbox.Clear();
            }
            if (ctx.Phone is { } app) await app.ReportPainAsync(patient, s, ct);
        }
        if (offlineSince is { } since) CameOnline(since, Max(since, ctx.Epoch.AddDays(ctx.Days + 1)));   // back in reach when the study ends
        if (sender is not null) await sender.SendAsync(outbox, ct);

        var truthOf = new PatientTruth(patient.Id, Device, patient.Persona.Name, worn) { UnwornSessions = unworn };
        return new PatientRun(truthOf, faults);
    }

    SessionTruth Session(PlannedSession s, int malformedHere)
    {
        Battery(s.Start);
        // The band may be out of reach for the whole session: it records and uploads at the next one.
        if (offlineSince is { } since) CameOnline(since, s.Start);
        else if (faultRng.NextDouble() < ctx.Faults.OfflineSession) offlineSince = s.Start;

        outbox.Add(Message("status", new DeviceStatus
        {
            DeviceTimeMs = clock.DeviceMs(s.Start), BatteryPct = (float)Math.Round(battery, 1), Firmware = SimInfo.Firmware,
            RssiDbm = -45 - faultRng.Next(40), BufferedBatches = (ulong)outbox.Count(m => m.Channel == "imu"),
        }, s.Start));

        var sets = new List<SetTruth>();
        foreach (var timed in s.Sets)
        {
            var (set, start) = (timed.Set, timed.Start);
            var mounting = Mounting.Random(rng);
            var recording = SetRecorder.Record(set, mounting, SensorModel.Typical(rng, spec), ctx.RateHz, patient.Persona.SwayDeg, rng, patient.Persona.TremorDeg);
            var batches = BatchBuilder.Split(recording, start, seq, sensor: spec).ToList();
            var firstSeq = seq;
            seq += (ulong)batches.Count;
            sets.Add(TruthBuilder.ForSet(set, start, mounting, firstSeq, seq - 1));
            battery -= recording.Duration.TotalMinutes * 0.4;

            outbox.Add(Message("event", new DeviceEvent { DeviceTimeMs = clock.DeviceMs(start), ExerciseChosen = new ExerciseChosen { Exercise = set.Exercise.Name } }, start));
            var messages = batches.Select(b =>
            {
                var trueTime = DateTimeOffset.FromUnixTimeMilliseconds(b.DeviceTimeMs);
                b.DeviceTimeMs = clock.DeviceMs(trueTime);
                return new OutMessage("imu", b.ToByteArray(), trueTime, b.Seq, Samples: (int)(b.Samples.Length / (2 * b.Channels)));
            }).ToList();
            InjectSetFaults(messages);
            if (malformedHere-- > 0) InjectMalformed(messages, batches);
            outbox.AddRange(messages);
        }
        var end = s.End;
        outbox.Add(Message("event", new DeviceEvent { DeviceTimeMs = clock.DeviceMs(end), SessionEnded = new SessionEnded() }, end));
        lastSession = end;
        return new SessionTruth(s.Start, end, sets, s.PainBefore, s.PainAfter) { Id = SessionId(s), Day = s.Day };
    }

    void InjectSetFaults(List<OutMessage> messages)
    {
        if (messages.Count < 4) return;
        var f = ctx.Faults;
        if (faultRng.NextDouble() < f.LostBatch)
        {
            var i = 1 + faultRng.Next(messages.Count - 2);
            Fault("lost_batch", messages[i].TrueTime, messages[i].Seq, detail: "never sent: the band's buffer overflowed");
            messages.RemoveAt(i);
        }
        if (faultRng.NextDouble() < f.OutOfOrder)
        {
            var i = 1 + faultRng.Next(messages.Count - 2);
            (messages[i], messages[i + 1]) = (messages[i + 1], messages[i]);
            Fault("out_of_order", messages[i].TrueTime, messages[i].Seq, detail: $"seq {messages[i].Seq} sent before seq {messages[i + 1].Seq}");
        }
        if (faultRng.NextDouble() < f.Duplicate)
        {
            var i = faultRng.Next(messages.Count - 1);
            var again = Math.Min(messages.Count, i + 1 + faultRng.Next(3));
            messages.Insert(again, messages[i] with { TrueTime = messages[Math.Max(i, again - 1)].TrueTime });
            Fault("duplicate", messages[i].TrueTime, messages[i].Seq, detail: "delivered twice (the PUBACK was lost, the band resent it)");
        }
        if (faultRng.NextDouble() < f.Disconnect)
        {
            // Out of range for a while: the batches of that stretch wait in the band and go out on reconnect.
            var i = 1 + faultRng.Next(messages.Count - 2);
            var outage = 3 + faultRng.NextDouble() * 40;
            var resume = messages[i].TrueTime + TimeSpan.FromSeconds(outage);
            var buffered = messages.Skip(i).Count(m => m.TrueTime < resume);
            messages.Insert(i, OutMessage.Drop(messages[i].TrueTime));
            for (var k = i + 1; k < messages.Count && messages[k].TrueTime < resume; k++) messages[k] = messages[k] with { TrueTime = resume };
            Fault("disconnect", messages[i].TrueTime, messages[i + 1].Seq, outage, $"connection dropped; {buffered} batches buffered and sent on reconnect");
        }
    }

    void InjectMalformed(List<OutMessage> messages, List<ImuBatch> batches)
    {
        var i = faultRng.Next(messages.Count);
        var kind = Malformed.Kinds[faultRng.Next(Malformed.Kinds.Length)];
        var template = batches.FirstOrDefault(b => b.Seq == messages[i].Seq) ?? batches[0];
        messages.Insert(i + 1, new OutMessage("imu", Malformed.Make(kind, template, faultRng), messages[i].TrueTime, template.Seq, ExpectRefused: true));
        Fault("malformed", messages[i].TrueTime, template.Seq, detail: kind);
    }

    void CameOnline(DateTimeOffset since, DateTimeOffset at)
    {
        var buffered = outbox.Count(m => m.Channel == "imu");
        Fault("disconnect", since, null, (at - since).TotalSeconds, $"offline; {buffered} batches buffered and uploaded on reconnect");
        offlineSince = null;
        // The catch-up goes out when the band is back: at `at`, not at the recorded times.
        for (var k = 0; k < outbox.Count; k++) outbox[k] = outbox[k] with { TrueTime = at };
    }

    /// <summary>Drains in standby and while streaming; charged most nights (forgetful patients less often).</summary>
    void Battery(DateTimeOffset now)
    {
        var days = Math.Max(0, (now - lastSession).TotalDays);
        battery -= days * 9;
        var nights = (int)Math.Floor(days + 0.3);
        var chargeRate = patient.Persona.WearRate < 0.8 ? 0.3 : 0.7;
        for (var n = 0; n < nights && battery < 60; n++)
            if (rng.NextDouble() < chargeRate) battery = 100;
        battery = Math.Max(3, battery);
        if (battery < 15 && !lowBatteryReported)
        {
            Fault("low_battery", now, null, detail: $"{battery:0}% at session start");
            lowBatteryReported = true;
        }
        if (battery >= 15) lowBatteryReported = false;
    }

    BandClock DrawClock()
    {
        var c = new BandClock(ctx.Epoch);
        if (faultRng.NextDouble() < ctx.Faults.ClockSkew)
        {
            var skew = (2 + faultRng.NextDouble() * 298) * (faultRng.NextDouble() < 0.5 ? -1 : 1);
            c = c with { SkewSeconds = Math.Round(skew, 3) };
            Fault("clock_skew", ctx.Epoch, null, c.SkewSeconds, "device clock = true time + seconds");
        }
        if (faultRng.NextDouble() < ctx.Faults.ClockDrift)
        {
            var ppm = (20 + faultRng.NextDouble() * 180) * (faultRng.NextDouble() < 0.5 ? -1 : 1);
            c = c with { DriftPpm = Math.Round(ppm, 1) };
            Fault("clock_drift", ctx.Epoch, null, detail: $"{c.DriftPpm} ppm: device clock gains {c.DriftPpm * 86400e-6:0.00} s per day from {ctx.Epoch:yyyy-MM-dd}");
        }
        return c;
    }

    OutMessage Message(string channel, IMessage message, DateTimeOffset at) => new(channel, message.ToByteArray(), at);

    void Fault(string kind, DateTimeOffset at, ulong? seqNo, double? seconds = null, string? detail = null) =>
        faults.Add(new FaultTruth(kind, Device, at) { Seq = seqNo, Seconds = seconds is { } s ? Math.Round(s, 3) : null, Detail = detail });

    static SetTruth Unrecorded(TimedSet t)
    {
        DateTimeOffset At(double s) => t.Start.AddTicks((long)Math.Round(s * TimeSpan.TicksPerSecond));
        return new SetTruth(t.Set.Exercise.Name, t.Set.Reps.Select((m, i) => new RepTruth(At(m.Start), At(m.End), Math.Round(m.AmplitudeDeg, 2), t.Set.Partial[i])).ToList())
            { Start = t.Start, End = At(t.Set.Seconds), PrescribedReps = t.Set.PrescribedReps };
    }

    static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    string SessionId(PlannedSession s) => $"{patient.Id}-d{s.Day:00}-s{s.Slot}";
}

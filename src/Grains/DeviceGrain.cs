using HepSense.Grains.Storage;
using HepSense.Grains.Telemetry;
using HepSense.Signal;
using Microsoft.Extensions.Logging;

namespace HepSense.Grains;

/// <summary>
/// One band. Filters redeliveries by sequence number, runs the streaming rep detector over the band's batches
/// in order, places each rep on the band's clock, attributes it to the patient and the chosen exercise, and
/// hands it to the <see cref="IPatientGrain"/> (awaited) and to the node's <see cref="TelemetryWriter"/>.
/// <para>
/// Persistence: state is written on provisioning, status and events, after any batch that produced reps (so a
/// redelivery of that batch cannot count them twice), every <see cref="WriteEvery"/> accepted batches, and on
/// deactivation. A crash can thus forget the seqs of up to <see cref="WriteEvery"/> - 1 rep-free batches; those
/// were acknowledged, so the band does not resend them, and if it did, their raw points would overwrite
/// themselves in InfluxDB (same series and time). The cost saved is one storage write per band per second.
/// </para>
/// <para>
/// Batches are stored as they arrive, but reach the detector in sequence order through a <see cref="ReorderBuffer{T}"/>:
/// one that arrives early is held (in memory, a few seconds at most) until the missing one arrives or the gap is given
/// up. A batch that arrives after its gap was given up is stored but not fed: a causal detector cannot go back in time.
/// Held batches are fed whenever the detector is flushed (idle, session end, exercise change, deactivation); a crash
/// loses them as detector input, like the detector's own state, while their raw samples are already in InfluxDB.
/// </para>
/// </summary>
public sealed class DeviceGrain(
    [PersistentState("device", HepSenseStorage.Name)] IPersistentState<DeviceState> state,
    TelemetryWriter telemetry,
    ILogger<DeviceGrain> logger) : Grain, IDeviceGrain
{
    private const int WriteEvery = 16;
    /// <summary>No batch for this long: the band stopped, so a rep still pending is reported.</summary>
    private static readonly TimeSpan IdleFlush = TimeSpan.FromSeconds(5);
    /// <summary>A jump in device time larger than this starts a fresh detector.</summary>
    private const long MaxTimeJumpMs = 5_000;
    private static readonly TimeSpan SessionFlushBound = TimeSpan.FromSeconds(5);

    private DeviceState State => state.State;
    private string DeviceId => this.GetPrimaryKeyString();

    private RepDetector? _detector;
    private SampleClock? _clock;
    private (float Rate, int Channels) _detectorShape;
    private IGrainTimer? _idleTimer;
    private int _unwrittenBatches;
    /// <summary>Batches on their way to the detector, in seq order; also keeps a redelivery after a failed turn from being fed twice.</summary>
    private readonly ReorderBuffer<(ImuBatchData Batch, ImuSample[] Samples)> _reorder = new();
    /// <summary>Reps found but not yet taken by the patient's grain (its call failed): retried with the next ones.</summary>
    private readonly List<RepRecord> _unrecorded = [];

    public async Task<string> Provision(string patientId)
    {
        Ids.Require(DeviceId, "deviceId");
        Ids.Require(patientId, nameof(patientId));
        await EndStream();

        var (secret, stored) = DeviceSecret.Issue();
        // A (re)provisioned band numbers its batches from the start again.
        State.PatientId = patientId;
        State.Secret = stored;
        State.Seqs = new SeqWindow();
        State.Exercise = null;
        _reorder.Reset();
        _unrecorded.Clear();
        await state.WriteStateAsync();
        logger.LogInformation("Device {Device} provisioned for patient {Patient}", DeviceId, patientId);
        return secret;
    }

    public Task<bool> Authenticate(string secret) =>
        Task.FromResult(State is { PatientId: not null, Secret: { } stored } && stored.Matches(secret));

    public async Task<IngestOutcome> Ingest(ImuBatchData batch)
    {
        if (State.PatientId is not { } patientId) return IngestOutcome.UnknownDevice;

        var verdict = State.Seqs.Classify(batch.Seq, batch.DeviceTimeMs);
        if (verdict == SeqVerdict.Duplicate)
        {
            State.DuplicatesDropped++;
            return IngestOutcome.Duplicate;
        }
        var samples = SampleDecoder.Decode(batch); // validates: a refused batch changes nothing

        if (verdict == SeqVerdict.Restart)
        {
            logger.LogInformation("Device {Device} numbers its batches from {Seq} again: a new stream", DeviceId, batch.Seq);
            await EndStream();
            State.Seqs = new SeqWindow();
            _reorder.Reset();
        }
        await telemetry.WriteAsync(Points.Samples(
            telemetry.Options.RawSamples, patientId, DeviceId, batch, samples, telemetry.Options.DecimatedRateHz));

        _reorder.Offer(batch.Seq, batch.DeviceTimeMs, (batch, samples)); // false: too late for the detector, stored only
        var recorded = await FeedReady(giveUp: false);
        recorded += await Record([]); // reps an earlier turn could not hand over
        ArmIdleTimer();

        // Only now is the batch done: a failure above lets the band's redelivery try again.
        State.Seqs.Mark(batch.Seq, batch.DeviceTimeMs);
        State.BatchesAccepted++;
        State.LastSeen = DateTimeOffset.UtcNow;
        if (recorded > 0 || ++_unwrittenBatches >= WriteEvery) await WriteState();
        return IngestOutcome.Accepted;
    }

    public async Task ReportStatus(DeviceStatusData status)
    {
        if (State.PatientId is null) return; // only provisioned bands get past authentication
        State.BatteryPct = status.BatteryPct;
        State.Firmware = status.Firmware;
        State.LastSeen = DateTimeOffset.UtcNow;
        await telemetry.WriteAsync(Points.StatusLine(State.PatientId, DeviceId, status));
        await WriteState();
    }

    public async Task ReportEvent(DeviceEventData deviceEvent)
    {
        if (State.PatientId is null) return;
        if (deviceEvent.Exercise is { Length: > 0 } chosen) Ids.RequireExercise(chosen, nameof(deviceEvent.Exercise));
        if (deviceEvent.SessionEnded)
        {
            await EndStream();
            await SessionIntoInflux();
            State.SessionsEnded++; // reps from now on belong to the band's next session
        }
        if (deviceEvent.Exercise is { Length: > 0 } exercise && exercise != State.Exercise)
        {
            // Reps still pending in the detector, or in held batches, belong to the exercise that was being done.
            await EndStream();
            State.Exercise = exercise;
        }
        await WriteState();
    }

    public Task<DeviceSnapshot> GetSnapshot() => Task.FromResult(new DeviceSnapshot(
        DeviceId, State.PatientId, State.BatchesAccepted, State.DuplicatesDropped, State.Seqs.Missing,
        State.Seqs.Highest, State.LastSeen, State.BatteryPct, State.Firmware));

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        try
        {
            await EndStream();
            if (State.PatientId is not null) await WriteState();
        }
        catch (Exception e)
        {
            logger.LogError(e, "Device {Device} could not flush on deactivation ({Reason})", DeviceId, reason);
        }
    }

    /// <summary>Feeds an in-order batch to the detector, starting a fresh one when the stream's shape or clock breaks.</summary>
    private async Task<List<DetectedRep>> Detect(ImuBatchData batch, ImuSample[] samples)
    {
        var shape = (batch.SampleRateHz, batch.Channels);
        if (_clock is not null && (shape != _detectorShape || Math.Abs(batch.DeviceTimeMs - _clock.ExpectedNextMs!.Value) > MaxTimeJumpMs))
            await FlushDetector();

        if (_clock is null)
        {
            var profile = await Profile();
            _clock = new SampleClock(batch.SampleRateHz);
            _detectorShape = shape;
            try
            {
                _detector = new RepDetector(batch.SampleRateHz, batch.Channels == 6, profile);
            }
            catch (ArgumentException e)
            {
                // A stream the detector cannot read (e.g. too slow a rate) is still stored, just not counted.
                logger.LogWarning("Device {Device}: no rep detection for {Rate} Hz, {Channels} channels: {Reason}",
                    DeviceId, batch.SampleRateHz, batch.Channels, e.Message);
            }
        }
        _clock.Append(batch.DeviceTimeMs, samples.Length);
        var reps = new List<DetectedRep>();
        _detector?.Process(samples, reps);
        return reps;
    }

    /// <summary>
    /// What the detector may know of the chosen exercise: the range the patient's program prescribes, asked once per
    /// detector (a change of exercise flushes the detector, so the next one asks again). Nothing when no exercise was
    /// chosen or none is prescribed. The library's typical tempo is not passed: offline on data/imu it cost counts.
    /// A failed call costs the flag's reference, never the batch: the detector then judges reps by their set.
    /// </summary>
    private async Task<ExerciseProfile?> Profile()
    {
        if (State is not { PatientId: { } patientId, Exercise: { } exercise }) return null;
        try
        {
            return await GrainFactory.GetGrain<IPatientGrain>(patientId).GetTargetRom(exercise) is { } rom ? new ExerciseProfile(rom) : null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Device {Device}: no prescribed range for {Exercise}", DeviceId, exercise);
            return null;
        }
    }

    /// <summary>
    /// Feeds the batches the reorder buffer lets go, in seq order (all held ones when <paramref name="giveUp"/>), and
    /// records each one's reps before the next batch can start a fresh detector and clock. Returns how many were recorded.
    /// </summary>
    private async Task<int> FeedReady(bool giveUp)
    {
        var recorded = 0;
        while (_reorder.TryTake(giveUp, out var next)) recorded += await Record(await Detect(next.Batch, next.Samples));
        return recorded;
    }

    /// <summary>The band's stream pauses or ends: held batches are fed (their gaps given up), then the detector is flushed.</summary>
    private async Task EndStream()
    {
        await FeedReady(giveUp: true);
        await FlushDetector();
    }

    private void ArmIdleTimer()
    {
        _idleTimer ??= this.RegisterGrainTimer(OnIdle, new GrainTimerCreationOptions(IdleFlush, Timeout.InfiniteTimeSpan));
        _idleTimer.Change(IdleFlush, Timeout.InfiniteTimeSpan);
    }

    private async Task OnIdle(CancellationToken cancellationToken)
    {
        await EndStream();
        await WriteState();
    }

    /// <summary>Ends the current detector's stream: its pending rep is recorded, the next batch starts a new one.</summary>
    private async Task FlushDetector()
    {
        if (_clock is null) return;
        var reps = new List<DetectedRep>();
        _detector?.Flush(reps);
        await Record(reps);
        _detector = null;
        _clock = null;
    }

    /// <summary>Places reps on the band's clock and hands them on; returns how many reached the patient.</summary>
    private async Task<int> Record(IReadOnlyList<DetectedRep> detected)
    {
        if (State.PatientId is not { } patientId) return 0;
        if (detected.Count > 0 && _clock is not null)
        {
            var exercise = State.Exercise ?? "unknown";
            var session = $"{DeviceId}#{State.SessionsEnded}";
            _unrecorded.AddRange(detected.Select(r => new RepRecord(
                patientId, DeviceId, exercise,
                DateTimeOffset.FromUnixTimeMilliseconds(_clock.ToDeviceMs(r.StartSample)),
                DateTimeOffset.FromUnixTimeMilliseconds(_clock.ToDeviceMs(r.EndSample)),
                r.RomDeg, r.PeakAngularSpeedDps, r.Partial, r.Confidence, r.SetNumber, r.RepInSet, session)));
        }
        if (_unrecorded.Count == 0) return 0;

        var reps = _unrecorded.ToList();
        await GrainFactory.GetGrain<IPatientGrain>(patientId).RecordReps(reps);
        _unrecorded.Clear();
        await telemetry.WriteAsync(reps.Select(Points.RepLine));
        return reps.Count;
    }

    /// <summary>
    /// A session's end is rare and is awaited by the band: it waits, for at most <see cref="SessionFlushBound"/>,
    /// until the writer has sent everything queued. Once the band has its acknowledgement, the session is in
    /// InfluxDB and a report can be read. If InfluxDB is slow the lines stay buffered and nothing is lost.
    /// </summary>
    private async Task SessionIntoInflux()
    {
        using var bound = new CancellationTokenSource(SessionFlushBound);
        try
        {
            await telemetry.FlushAsync(bound.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or InvalidOperationException)
        {
            logger.LogWarning("Device {Device}: session end acknowledged before InfluxDB had it all ({Reason})", DeviceId, e.Message);
        }
    }

    private async Task WriteState()
    {
        await state.WriteStateAsync();
        _unwrittenBatches = 0;
    }
}

using HepSense.Contracts.Band;
using HepSense.FirmwareSim.Band;
using HepSense.FirmwareSim.Recording;
using Spectre.Console;

namespace HepSense.FirmwareSim.Commands;

/// <summary>
/// Streams one recorded or synthesised set the way a band does: status, ExerciseChosen, the batches,
/// SessionEnded; shows progress and returns the process exit code (0 only when every batch was acknowledged).
/// </summary>
public static class SessionSender
{
    public static Task<int> SendAsync(SingleBandSettings settings, string exercise, ImuRecording recording,
        DateTimeOffset deviceStart, CancellationToken ct) =>
        SendAsync(settings, [new SetStream(exercise, recording, deviceStart)], ct);

    /// <summary>Streams the sets of one session in order, sequence numbers continuing across sets from 0.</summary>
    public static async Task<int> SendAsync(SingleBandSettings settings, IReadOnlyList<SetStream> sets, CancellationToken ct)
    {
        var console = AnsiConsole.Console;
        try
        {
            var secret = settings.GivenSecret ?? "";
            if (settings.Provision)
            {
                using var node = new NodeProvisioner(settings.Grpc, settings.Token);
                secret = await node.ProvisionAsync(settings.Device, settings.Patient, ct);
                console.MarkupLineInterpolated($"[grey]provisioned {settings.Device} for {settings.Patient} via {settings.Grpc}[/]");
            }

            await using var band = new BandClient(settings.Broker, settings.Device, secret, settings.ClientOptions);
            await band.ConnectAsync(ct);
            Warn(console, "status", await band.PublishAsync(new DeviceStatus
                { DeviceTimeMs = sets[0].Start.ToUnixTimeMilliseconds(), BatteryPct = 87, Firmware = SimInfo.Firmware, RssiDbm = -58 }, ct));

            var seq = 0ul;
            int samples = 0, batchCount = 0, acked = 0;
            var refusals = new List<Refusal>();
            await ProgressDisplay.Of(console).StartAsync(async p =>
            {
                foreach (var set in sets)
                {
                    var batches = BatchBuilder.Split(set.Recording, set.Start, seq).ToList();
                    seq += (ulong)batches.Count;
                    var task = p.AddTask($"{settings.Device} {set.Exercise}", maxValue: batches.Count);
                    Warn(console, "ExerciseChosen event", await band.PublishAsync(new DeviceEvent
                        { DeviceTimeMs = set.Start.ToUnixTimeMilliseconds(), ExerciseChosen = new ExerciseChosen { Exercise = set.Exercise } }, ct));
                    var result = await BatchStreamer.StreamAsync(band, batches, settings.Speed, settings.Window, _ => task.Increment(1), ct);
                    samples += set.Recording.Samples.Count;
                    batchCount += batches.Count;
                    acked += result.Acknowledged;
                    refusals.AddRange(result.Refusals);
                }
            });
            var last = sets[^1];
            Warn(console, "SessionEnded event", await band.PublishAsync(new DeviceEvent
                { DeviceTimeMs = (last.Start + last.Recording.Duration).ToUnixTimeMilliseconds(), SessionEnded = new SessionEnded() }, ct));

            foreach (var r in refusals.Take(5))
                console.MarkupLineInterpolated($"[red]batch seq {r.Seq} refused: {r.Reason}[/]");
            console.MarkupLineInterpolated(
                $"{settings.Device}: {samples} samples in {batchCount} batches, [green]{acked} acknowledged[/], {(refusals.Count > 0 ? "[red]" : "")}{refusals.Count} refused{(refusals.Count > 0 ? "[/]" : "")}, {band.Reconnects} reconnects");
            return refusals.Count == 0 ? 0 : 2;
        }
        catch (BandConnectionException e)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return 3;
        }
    }

    public sealed record SetStream(string Exercise, ImuRecording Recording, DateTimeOffset Start);

    static void Warn(IAnsiConsole console, string what, PublishOutcome outcome)
    {
        if (!outcome.Accepted) console.MarkupLineInterpolated($"[yellow]warning: {what} refused: {outcome.Reason}[/]");
    }
}

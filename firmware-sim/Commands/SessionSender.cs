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
    public static async Task<int> SendAsync(SingleBandSettings settings, string exercise, ImuRecording recording,
        DateTimeOffset deviceStart, CancellationToken ct)
    {
        var console = AnsiConsole.Console;
        try
        {
            var secret = settings.GivenSecret ?? "";
            if (settings.Provision)
            {
                using var node = new NodeProvisioner(settings.Grpc);
                secret = await node.ProvisionAsync(settings.Device, settings.Patient, ct);
                console.MarkupLineInterpolated($"[grey]provisioned {settings.Device} for {settings.Patient} via {settings.Grpc}[/]");
            }

            var batches = BatchBuilder.Split(recording, deviceStart).ToList();
            await using var band = new BandClient(settings.Broker, settings.Device, secret, settings.ClientOptions);
            await band.ConnectAsync(ct);
            var startMs = deviceStart.ToUnixTimeMilliseconds();
            var endMs = startMs + (long)recording.Duration.TotalMilliseconds;

            Warn(console, "status", await band.PublishAsync(new DeviceStatus
                { DeviceTimeMs = startMs, BatteryPct = 87, Firmware = SimInfo.Firmware, RssiDbm = -58 }, ct));
            var chosen = await band.PublishAsync(new DeviceEvent { DeviceTimeMs = startMs, ExerciseChosen = new ExerciseChosen { Exercise = exercise } }, ct);
            Warn(console, "ExerciseChosen event", chosen);

            StreamResult result = null!;
            await Progress(console).StartAsync(async p =>
            {
                var task = p.AddTask($"{settings.Device} {exercise}", maxValue: batches.Count);
                result = await BatchStreamer.StreamAsync(band, batches, settings.Speed, settings.Window, _ => task.Increment(1), ct);
            });
            Warn(console, "SessionEnded event", await band.PublishAsync(
                new DeviceEvent { DeviceTimeMs = endMs, SessionEnded = new SessionEnded() }, ct));

            foreach (var r in result.Refusals.Take(5))
                console.MarkupLineInterpolated($"[red]batch seq {r.Seq} refused: {r.Reason}[/]");
            console.MarkupLineInterpolated(
                $"{settings.Device}: {recording.Samples.Count} samples in {batches.Count} batches, [green]{result.Acknowledged} acknowledged[/], {(result.Refused > 0 ? "[red]" : "")}{result.Refused} refused{(result.Refused > 0 ? "[/]" : "")}, {band.Reconnects} reconnects");
            return result.Refused == 0 ? 0 : 2;
        }
        catch (BandConnectionException e)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return 3;
        }
    }

    public static Spectre.Console.Progress Progress(IAnsiConsole console) => console.Progress()
        .AutoClear(false)
        .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn());

    static void Warn(IAnsiConsole console, string what, PublishOutcome outcome)
    {
        if (!outcome.Accepted) console.MarkupLineInterpolated($"[yellow]warning: {what} refused: {outcome.Reason}[/]");
    }
}

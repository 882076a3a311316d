using System.ComponentModel;
using Grpc.Core;
using Grpc.Net.Client;
using HepSense.Contracts.Api;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HepSense.Cli.Commands;

/// <summary>A patient's reps, flags and reminders as they happen (the current flags first), until Ctrl+C or --for.</summary>
public sealed class WatchCommand : NodeCommand<WatchCommand.Settings>
{
    public sealed class Settings : PatientSettings
    {
        [CommandOption("--for <SECONDS>")]
        [Description("Stop after this many seconds. Default: until Ctrl+C.")]
        public double? For { get; init; }

        public override ValidationResult Validate() => Require.All(base.Validate(), Require.InRange(For, 0.1, 86400, "--for"));
    }

    protected override async Task<int> RunAsync(GrpcChannel channel, Settings settings, CancellationToken cancellation)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        if (settings.For is { } seconds) stop.CancelAfter(TimeSpan.FromSeconds(seconds));
        if (!settings.Json) AnsiConsole.MarkupLine($"[grey]Watching {settings.Patient.EscapeMarkup()}: reps, flags and reminders as they happen (Ctrl+C stops).[/]");
        using var call = new PatientService.PatientServiceClient(channel).Watch(new WatchRequest { PatientId = settings.Patient }, cancellationToken: stop.Token);
        try
        {
            await foreach (var e in call.ResponseStream.ReadAllAsync(stop.Token))
            {
                if (settings.Json) JsonOutput.Write(Json(e));
                else AnsiConsole.MarkupLine(Line(e));
            }
        }
        catch (Exception e) when (stop.IsCancellationRequested && e is OperationCanceledException or RpcException { StatusCode: StatusCode.Cancelled })
        {
            // --for ran out or Ctrl+C: that is how a watch ends.
        }
        return 0;
    }

    /// <summary>One JSON object per event, on its own line, with its "event" kind.</summary>
    public static object Json(PatientEvent e) => e.KindCase switch
    {
        PatientEvent.KindOneofCase.Rep => new
        {
            @event = "rep",
            start = Dates.Instant(e.Rep.Start.ToDateTimeOffset()),
            exercise = e.Rep.Exercise,
            partial = e.Rep.Partial,
            set = e.Rep.SetNumber,
            rep_in_set = e.Rep.RepInSet,
            rom_deg = Math.Round(e.Rep.RomDeg, 1),
            device = e.Rep.DeviceId,
        },
        PatientEvent.KindOneofCase.Flag => new { @event = "flag", patient = e.Flag.PatientId, kind = e.Flag.Kind, reason = e.Flag.Reason, urgency = e.Flag.Urgency },
        PatientEvent.KindOneofCase.Reminder => (object)new { @event = "reminder", text = e.Reminder },
        _ => new { @event = "unknown" },
    };

    public static string Line(PatientEvent e) => e.KindCase switch
    {
        PatientEvent.KindOneofCase.Rep =>
            $"{e.Rep.Start.ToDateTime():HH:mm:ss} rep  {e.Rep.Exercise.EscapeMarkup()} set {e.Rep.SetNumber} rep {e.Rep.RepInSet}, " +
            $"{e.Rep.RomDeg:0}° {(e.Rep.Partial ? "[yellow]partial[/]" : "[green]full[/]")}",
        PatientEvent.KindOneofCase.Flag => $"{DateTime.UtcNow:HH:mm:ss} flag {FlagView.Kind(e.Flag.Kind)}: {e.Flag.Reason.EscapeMarkup()}",
        PatientEvent.KindOneofCase.Reminder => $"{DateTime.UtcNow:HH:mm:ss} [blue]reminder[/] {e.Reminder.EscapeMarkup()}",
        _ => "[grey]an event this console does not know[/]",
    };
}

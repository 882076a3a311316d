using System.ComponentModel;
using HepSense.FirmwareSim.Recording;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HepSense.FirmwareSim.Commands;

/// <summary>Streams a recorded CSV through one band, as a real band would have sent it.</summary>
public sealed class ReplayCommand : AsyncCommand<ReplayCommand.Settings>
{
    public sealed class Settings : SingleBandSettings
    {
        [CommandOption("--file <PATH>")]
        [Description("Recording in the replay CSV format (t,ax,ay,az,gx,gy,gz; see data/imu/README.md). Empty gyro columns send 3 channels.")]
        public string File { get; set; } = "";

        [CommandOption("--exercise <NAME>")]
        [Description("Exercise announced by an ExerciseChosen event before the samples, e.g. knee-extension-seated.")]
        public string Exercise { get; set; } = "";

        [CommandOption("--rate <HZ>")]
        [Description("Sample rate of the file; default: inferred from its t column.")]
        public double? Rate { get; set; }

        [CommandOption("--start <ISO-8601>")]
        [Description("Device clock at the first sample; default: now.")]
        public DateTimeOffset? Start { get; set; }

        public override ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(File)) return ValidationResult.Error("--file is required.");
            if (!System.IO.File.Exists(File)) return ValidationResult.Error($"--file: '{File}' does not exist.");
            if (string.IsNullOrWhiteSpace(Exercise)) return ValidationResult.Error("--exercise is required.");
            if (Rate is <= 0 or > 1000) return ValidationResult.Error("--rate must be in 1..1000 Hz.");
            return base.Validate();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken ct)
    {
        ImuRecording recording;
        try { recording = ImuCsv.Read(settings.File, settings.Rate); }
        catch (Exception e) when (e is FormatException or IOException)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return 1;
        }
        if (recording.RateHz is < 1 or > 1000)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {settings.File}: sample rate {recording.RateHz} Hz is outside 1..1000; pass --rate.");
            return 1;
        }
        var start = settings.Start ?? DateTimeOffset.UtcNow;
        return await SessionSender.SendAsync(settings, settings.Exercise, recording, start, ct);
    }
}

using System.ComponentModel;
using Grpc.Net.Client;
using HepSense.Contracts.Api;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HepSense.Cli.Commands;

public sealed class DevicesAddCommand : NodeCommand<DevicesAddCommand.Settings>
{
    public sealed class Settings : NodeSettings
    {
        [CommandOption("--device <ID>")]
        [Description("The band's id (A-Z, a-z, 0-9, '_', '-').")]
        public string Device { get; init; } = "";

        [CommandOption("--patient <ID>")]
        [Description("The patient who wears it.")]
        public string Patient { get; init; } = "";

        public override ValidationResult Validate() => Require.All(Require.Value(Device, "--device"), Require.Value(Patient, "--patient"));
    }

    protected override async Task<int> RunAsync(GrpcChannel channel, Settings settings, CancellationToken cancellation)
    {
        var client = new DeviceService.DeviceServiceClient(channel);
        var r = await client.ProvisionDeviceAsync(new ProvisionDeviceRequest { DeviceId = settings.Device, PatientId = settings.Patient }, cancellationToken: cancellation);
        if (settings.Json)
        {
            JsonOutput.Write(new { device = r.DeviceId, secret = r.Secret, patient = settings.Patient, topic_prefix = r.MqttTopicPrefix });
            return 0;
        }
        AnsiConsole.MarkupLine($"Band [bold]{r.DeviceId.EscapeMarkup()}[/] provisioned for patient [bold]{settings.Patient.EscapeMarkup()}[/].");
        AnsiConsole.MarkupLine($"MQTT username: {r.DeviceId.EscapeMarkup()}   topics: {r.MqttTopicPrefix.EscapeMarkup()}…");
        AnsiConsole.MarkupLine($"MQTT secret (shown once, store it in the band): [yellow]{r.Secret.EscapeMarkup()}[/]");
        return 0;
    }
}

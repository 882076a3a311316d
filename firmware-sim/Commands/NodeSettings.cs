using System.ComponentModel;
using HepSense.FirmwareSim.Band;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HepSense.FirmwareSim.Commands;

/// <summary>Options every command that talks to a node shares: where it is and how bands get their secrets.</summary>
public class NodeSettings : CommandSettings
{
    public const string SecretVariable = "HEPSENSE_DEVICE_SECRET";

    [CommandOption("--mqtt <HOST:PORT>")]
    [Description("The node's MQTT broker.")]
    [DefaultValue("127.0.0.1:1883")]
    public string Mqtt { get; set; } = "127.0.0.1:1883";

    [CommandOption("--grpc <URL>")]
    [Description("The node's gRPC endpoint (HTTP/2 cleartext), used by --provision.")]
    [DefaultValue("http://127.0.0.1:5080")]
    public string Grpc { get; set; } = "http://127.0.0.1:5080";

    [CommandOption("--provision")]
    [Description("Register the band(s) with the node first (DeviceService.ProvisionDevice) and use the secret it issues.")]
    public bool Provision { get; set; }

    [CommandOption("--token <JWT>")]
    [Description("Bearer token for the node's API (admin, to provision). Default: $HEPSENSE_TOKEN, else one minted from the node's local signing key (~/.hepsense/signing.key or $HEPSENSE_SIGNING_KEY_FILE).")]
    public string? Token { get; set; }

    [CommandOption("--secret <SECRET>")]
    [Description("MQTT password of the band when not provisioning. Default: the HEPSENSE_DEVICE_SECRET environment variable.")]
    public string? Secret { get; set; }

    [CommandOption("--window <N>")]
    [Description("Batches per band that may await their PUBACK at once.")]
    [DefaultValue(8)]
    public int Window { get; set; } = 8;

    [CommandOption("--retry-seconds <S>")]
    [Description("How long a band keeps reconnecting to an unreachable broker before giving up.")]
    [DefaultValue(10.0)]
    public double RetrySeconds { get; set; } = 10;

    [CommandOption("--ack-timeout <S>")]
    [Description("Seconds to wait for a CONNACK or PUBACK before the band treats the connection as lost and resends.")]
    [DefaultValue(10.0)]
    public double AckTimeout { get; set; } = 10;

    public BrokerAddress Broker => BrokerAddress.Parse(Mqtt);

    public BandClientOptions ClientOptions => new() { RetryFor = TimeSpan.FromSeconds(RetrySeconds), Timeout = TimeSpan.FromSeconds(AckTimeout) };

    /// <summary>The secret given on the command line or in the environment, when not provisioning.</summary>
    public string? GivenSecret => Secret ?? Environment.GetEnvironmentVariable(SecretVariable);

    public override ValidationResult Validate()
    {
        if (!BrokerAddress.TryParse(Mqtt, out _)) return ValidationResult.Error($"--mqtt must be HOST:PORT, got '{Mqtt}'.");
        if (!Uri.TryCreate(Grpc, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            return ValidationResult.Error($"--grpc must be an http:// or https:// URL, got '{Grpc}'.");
        if (Window < 1) return ValidationResult.Error("--window must be at least 1.");
        if (RetrySeconds < 0) return ValidationResult.Error("--retry-seconds must not be negative.");
        if (AckTimeout is <= 0 or > 3600) return ValidationResult.Error("--ack-timeout must be 0..3600 seconds.");
        return ValidationResult.Success();
    }
}

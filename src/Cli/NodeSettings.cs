using System.ComponentModel;
using Spectre.Console.Cli;

namespace HepSense.Cli;

/// <summary>Options every command shares: where the node is and how to print.</summary>
public class NodeSettings : CommandSettings
{
    [CommandOption("--grpc <URL>")]
    [Description("The node's gRPC address. Default: $HEPSENSE_GRPC or http://127.0.0.1:5080.")]
    public string Grpc { get; init; } = Environment.GetEnvironmentVariable("HEPSENSE_GRPC") ?? "http://127.0.0.1:5080";

    [CommandOption("--token <JWT>")]
    [Description("Bearer token. Default: $HEPSENSE_TOKEN, else an admin token minted from this machine's signing key.")]
    public string? Token { get; init; }

    [CommandOption("--json")]
    [Description("Print one JSON object instead of tables.")]
    public bool Json { get; init; }
}

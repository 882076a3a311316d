using System.ComponentModel;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HepSense.Cli.Commands;

/// <summary>Asks the node's gRPC health service; with --wait, polls until it is serving (scripts use it to start a node).</summary>
public sealed class HealthCommand : NodeCommand<HealthCommand.Settings>
{
    public sealed class Settings : NodeSettings
    {
        [CommandOption("--wait <SECONDS>")]
        [Description("Keep asking until the node is serving or this many seconds have passed.")]
        public int Wait { get; init; }
    }

    protected override async Task<int> RunAsync(GrpcChannel channel, Settings settings, CancellationToken cancellation)
    {
        var client = new Health.HealthClient(channel);
        var deadline = DateTime.UtcNow.AddSeconds(settings.Wait);
        while (true)
        {
            var (status, detail) = await Ask(client, cancellation);
            var serving = status == HealthCheckResponse.Types.ServingStatus.Serving;
            if (serving || DateTime.UtcNow >= deadline)
            {
                if (settings.Json) JsonOutput.Write(new { grpc = settings.Grpc, status = status.ToString(), detail });
                else AnsiConsole.MarkupLine($"{settings.Grpc.EscapeMarkup()}: {(serving ? "[green]serving[/]" : $"[red]{status}[/]")} {detail.EscapeMarkup()}");
                return serving ? 0 : 1;
            }
            await Task.Delay(500, cancellation);
        }
    }

    private static async Task<(HealthCheckResponse.Types.ServingStatus, string)> Ask(Health.HealthClient client, CancellationToken cancellation)
    {
        try
        {
            var r = await client.CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow.AddSeconds(10), cancellationToken: cancellation);
            return (r.Status, "");
        }
        catch (RpcException e) when (e.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded)
        {
            return (HealthCheckResponse.Types.ServingStatus.Unknown, e.Status.Detail);
        }
    }
}

using Grpc.Net.Client;
using HepSense.Contracts.Api;
using Spectre.Console;

namespace HepSense.Cli.Commands;

/// <summary>The node's ingest counters: what it accepted, which redeliveries it dropped, and what it refused and why.</summary>
public sealed class StatsCommand : NodeCommand<NodeSettings>
{
    protected override async Task<int> RunAsync(GrpcChannel channel, NodeSettings settings, CancellationToken cancellation)
    {
        var s = await new DeviceService.DeviceServiceClient(channel).GetIngestStatsAsync(new GetIngestStatsRequest(), cancellationToken: cancellation);
        var rejected = s.Rejected.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).ToList();
        if (settings.Json)
        {
            JsonOutput.Write(new { accepted = s.Accepted, duplicates = s.Duplicates, rejected = rejected.ToDictionary(kv => kv.Key, kv => kv.Value) });
            return 0;
        }
        var chart = new BarChart().Label($"[bold]Ingest since the node started[/]: {s.Accepted:N0} batches accepted").Width(Math.Min(90, AnsiConsole.Profile.Width));
        chart.AddItem("duplicates (redelivered, dropped)", s.Duplicates, Color.Grey);
        foreach (var (reason, count) in rejected) chart.AddItem($"refused: {reason}".EscapeMarkup(), count, Color.Yellow);
        AnsiConsole.Write(chart);
        return 0;
    }
}

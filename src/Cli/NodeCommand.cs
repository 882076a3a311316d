using Grpc.Core;
using Grpc.Net.Client;
using HepSense.Contracts.Access;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HepSense.Cli;

/// <summary>Base of every command: opens the channel and turns gRPC failures and <see cref="CliError"/> into one clear line and exit code 1.</summary>
public abstract class NodeCommand<TSettings> : AsyncCommand<TSettings> where TSettings : NodeSettings
{
    public sealed override async Task<int> ExecuteAsync(CommandContext context, TSettings settings, CancellationToken cancellation)
    {
        try
        {
            using var channel = NodeChannel.Open(settings.Grpc, settings.Token);
            return await RunAsync(channel, settings, cancellation);
        }
        catch (RpcException e)
        {
            var why = e.StatusCode == StatusCode.Unavailable ? $"the node at {settings.Grpc} is unreachable ({e.Status.Detail})" : e.Status.Detail;
            Console.Error.WriteLine($"error: {e.StatusCode}: {why}");
            return 1;
        }
        catch (CliError e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
    }

    protected abstract Task<int> RunAsync(GrpcChannel channel, TSettings settings, CancellationToken cancellation);
}

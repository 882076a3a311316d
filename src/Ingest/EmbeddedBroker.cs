using System.Net;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MQTTnet.Server;

namespace HepSense.Ingest;

/// <summary>
/// The MQTTnet broker inside the node. It starts in <see cref="StartedAsync"/>, after every hosted service
/// (the Orleans silo included) has started, and stops in <see cref="StoppingAsync"/>, before any of them stops:
/// bands are only accepted while their grains can be reached, whatever the registration order.
/// </summary>
public sealed class EmbeddedBroker(
    IOptions<MqttOptions> options, BandAccess access, UplinkHandler uplinks, ILoggerFactory loggers)
    : IHostedLifecycleService, IAsyncDisposable
{
    readonly ILogger _logger = loggers.CreateLogger<EmbeddedBroker>();
    MqttServer? _server;

    /// <summary>The port the broker listens on (the configured one, or the one the OS chose for port 0); valid once started.</summary>
    public int Port { get; private set; }

    public IPAddress Address { get; private set; } = IPAddress.Loopback;

    public MqttServer Server => _server ?? throw new InvalidOperationException("The MQTT broker is not running.");

    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        Address = IPAddress.Parse(o.Address ?? "127.0.0.1");

        var serverOptions = new MqttServerOptionsBuilder()
            .WithDefaultEndpoint()
            .WithDefaultEndpointBoundIPAddress(Address)
            .WithDefaultEndpointBoundIPV6Address(IPAddress.None) // IPv4 only: bind exactly what was configured
            .WithDefaultEndpointPort(o.Port)
            .WithPersistentSessions()
            .Build();
        var server = new MqttServerFactory().CreateMqttServer(serverOptions, new MqttNetLogBridge(loggers));
        server.ValidatingConnectionAsync += e => access.OnConnectAsync(e, server);
        server.InterceptingSubscriptionAsync += access.OnSubscribeAsync;
        server.InterceptingPublishAsync += uplinks.OnPublishAsync;
        await server.StartAsync();
        // MQTTnet writes the bound port back into the endpoint options, so port 0 needs no guessing.
        Port = serverOptions.DefaultEndpointOptions.Port;
        _server = server;
        _logger.LogInformation("MQTT broker listening on {Address}:{Port}", Address, Port);
    }

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        if (_server is not { } server)
            return;
        _server = null;
        await server.StopAsync();
        server.Dispose();
        _logger.LogInformation("MQTT broker stopped");
    }

    public async ValueTask DisposeAsync() => await StoppingAsync(CancellationToken.None);

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

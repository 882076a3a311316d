using HepSense.Grains;
using HepSense.Grains.Storage;
using HepSense.Grains.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HepSense.Ingest.Tests;

/// <summary>
/// A real Orleans silo (localhost clustering, memory grain storage) running the real grains, writing to a
/// database of its own on the real InfluxDB, with the real embedded broker on a free port: composed the way
/// src/Api composes a node. Shared by every integration test: starting a silo is the slow part.
/// </summary>
public sealed class NodeFixture : IAsyncLifetime
{
    IHost _host = null!;

    public TestInflux Influx { get; } = new();
    public IngestFaults Faults { get; } = new();
    public int MqttPort => Service<EmbeddedBroker>().Port;
    public IngestStats Stats => Service<IngestStats>();
    public IGrainFactory Grains => Service<IGrainFactory>();

    public T Service<T>() where T : notnull => _host.Services.GetRequiredService<T>();

    public async Task InitializeAsync()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddConfiguration(Influx.Configuration(new Dictionary<string, string?>
        {
            ["HepSense:Mqtt:Port"] = "0",
            ["HepSense:Storage"] = "memory",
        }));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // Ingest registered before the silo on purpose: the broker must still start only once the silo is up.
        builder.Services.AddHepSenseIngest(builder.Configuration);
        builder.Services.AddHepSenseTelemetry(builder.Configuration);
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(siloPort: FreePort.Next(), gatewayPort: FreePort.Next())
            .AddHepSenseStorage(builder.Configuration)
            .AddIncomingGrainCallFilter(Faults));
        _host = builder.Build();
        await _host.StartAsync();
    }

    /// <summary>Provisions a fresh band for a fresh patient and returns its id and secret.</summary>
    public async Task<(string Device, string Secret)> ProvisionAsync(string prefix = "band")
    {
        var device = $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 64)];
        var secret = await Grains.GetGrain<IDeviceGrain>(device).Provision($"patient-{device}");
        return (device, secret);
    }

    public Task<DeviceSnapshot> SnapshotAsync(string device) => Grains.GetGrain<IDeviceGrain>(device).GetSnapshot();

    public async Task DisposeAsync()
    {
        try
        {
            await _host.StopAsync();
            _host.Dispose();
        }
        finally
        {
            await Influx.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class NodeCollection : ICollectionFixture<NodeFixture>
{
    public const string Name = "node";
}

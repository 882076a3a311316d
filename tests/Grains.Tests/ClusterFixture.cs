using HepSense.Grains.Storage;
using HepSense.Grains.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Orleans.TestingHost;

namespace HepSense.Grains.Tests;

/// <summary>One in-process silo with the node's storage set up in memory mode (same serializer as PostgreSQL)
/// and the real telemetry writer on a test database.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public TestInflux Influx { get; } = new();
    public InProcessTestCluster Cluster { get; private set; } = null!;
    public IClusterClient Client => Cluster.Client;
    public IServiceProvider Silo => Cluster.Silos[0].ServiceProvider;
    public TelemetryWriter Telemetry => Silo.GetRequiredService<TelemetryWriter>();
    public InfluxQuery Query => Silo.GetRequiredService<InfluxQuery>();
    public static TestClock Clock { get; } = new();
    public static RecordingDownlink Downlink { get; } = new();

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        var configuration = Influx.Configuration(new Dictionary<string, string?> { ["HepSense:Storage"] = "memory" });
        builder.ConfigureSiloHost((_, host) =>
        {
            host.Services.AddHepSenseTelemetry(configuration);
            host.Services.AddKeyedSingleton<TimeProvider>(Grains.Clock.Key, Clock);
            host.Services.AddSingleton<IBandDownlink>(Downlink);
        });
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddHepSenseStorage(configuration);
            // The same storage behind a switch that makes a write fail on demand (FailingWrites.Arm).
            var node = silo.Services.Last(d => d.ServiceType == typeof(IGrainStorage) && Equals(d.ServiceKey, HepSenseStorage.Name));
            silo.Services.Remove(node);
            silo.Services.AddKeyedSingleton<IGrainStorage>(HepSenseStorage.Name,
                (sp, key) => new FailingWrites((IGrainStorage)node.KeyedImplementationFactory!(sp, key)));
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        try
        {
            await Cluster.DisposeAsync();
        }
        finally
        {
            await Influx.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}

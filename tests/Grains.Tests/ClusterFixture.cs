using HepSense.Grains.Storage;
using HepSense.Grains.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace HepSense.Grains.Tests;

/// <summary>One in-process silo with memory grain storage and the real telemetry writer on a test database.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public TestInflux Influx { get; } = new();
    public InProcessTestCluster Cluster { get; private set; } = null!;
    public IClusterClient Client => Cluster.Client;
    public IServiceProvider Silo => Cluster.Silos[0].ServiceProvider;
    public TelemetryWriter Telemetry => Silo.GetRequiredService<TelemetryWriter>();
    public InfluxQuery Query => Silo.GetRequiredService<InfluxQuery>();

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        var configuration = Influx.Configuration();
        builder.ConfigureSiloHost((_, host) => host.Services.AddHepSenseTelemetry(configuration));
        builder.ConfigureSilo((_, silo) => silo.AddMemoryGrainStorage(HepSenseStorage.Name));
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

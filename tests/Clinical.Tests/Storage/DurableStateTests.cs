using HepSense.Grains.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HepSense.Clinical.Tests.Storage;

/// <summary>A real silo on the real PostgreSQL: state written before a restart is read back after it.</summary>
public sealed class DurableStateTests : IAsyncLifetime
{
    private readonly string serviceId = $"test-{Guid.NewGuid():N}";
    private readonly string clusterId = $"test-{Guid.NewGuid():N}";
    private readonly int siloPort = Postgres.FreePort();
    private readonly int gatewayPort = Postgres.FreePort();
    private readonly LogCapture logs = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => Postgres.DeleteRows(serviceId, clusterId);

    private IHost Silo(string clustering) => Host.CreateDefaultBuilder()
        .ConfigureAppConfiguration(c => c.Sources.Clear())
        .ConfigureAppConfiguration(c => c.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["HepSense:Clustering"] = clustering,
            ["HepSense:Postgres:ConnectionString"] = Postgres.ConnectionString + ";Password=not-a-real-secret",
            ["HepSense:Orleans:ServiceId"] = serviceId,
            ["HepSense:Orleans:ClusterId"] = clusterId,
            ["HepSense:Orleans:SiloPort"] = siloPort.ToString(),
            ["HepSense:Orleans:GatewayPort"] = gatewayPort.ToString(),
        }))
        .ConfigureLogging(l => l.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Information))
        .UseOrleans((context, silo) => silo
            .UseHepSenseClustering(context.Configuration)
            .AddHepSenseStorage(context.Configuration))
        .Build();

    [Theory]
    [InlineData("localhost")]
    [InlineData("postgres")]
    public async Task State_written_before_a_restart_is_read_back_after_it(string clustering)
    {
        using (var first = Silo(clustering))
        {
            await first.StartAsync();
            var grain = first.Services.GetRequiredService<IGrainFactory>().GetGrain<ICounterGrain>("maria");
            await grain.Add(12, "first set");
            await grain.Add(10, "second set");
            await grain.ScheduleReminder();
            await first.StopAsync();
        }

        Assert.Equal(1, await Postgres.Count("SELECT count(*) FROM orleansstorage WHERE serviceid = @id", serviceId));
        Assert.Equal(1, await Postgres.Count("SELECT count(*) FROM orleansreminderstable WHERE serviceid = @id", serviceId));

        using (var second = Silo(clustering))
        {
            await second.StartAsync();
            var state = await second.Services.GetRequiredService<IGrainFactory>().GetGrain<ICounterGrain>("maria").Get();
            await second.StopAsync();

            Assert.Equal(22, state.Total);
            Assert.Equal(["first set", "second set"], state.Entries.Select(e => e.Note));
            Assert.All(state.Entries, e => Assert.Equal(new DateOnly(2026, 3, 1), e.Day));
        }

        var members = await Postgres.Count("SELECT count(*) FROM orleansmembershiptable WHERE deploymentid = @id", clusterId);
        Assert.Equal(clustering == "postgres" ? 2 : 0, members);
        // Orleans logs the connection string when the provider starts: the password must not be in it.
        Assert.Contains(logs.Lines, l => l.Contains("Initialized storage provider"));
        Assert.DoesNotContain(logs.Lines, l => l.Contains("not-a-real-secret"));
    }
}

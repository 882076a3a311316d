using Grpc.Net.Client;
using HepSense.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace HepSense.EndToEnd.Tests;

/// <summary>
/// A real node in this process: Orleans silo, embedded MQTT broker, gRPC on Kestrel, writing to the
/// real InfluxDB (a database of its own, dropped at the end). Every port is free-picked.
/// </summary>
public sealed class NodeFixture : IAsyncLifetime
{
    public int MqttPort { get; } = FreePort.Next();
    public int GrpcPort { get; } = FreePort.Next();
    public string InfluxUrl { get; } = Environment.GetEnvironmentVariable("HEPSENSE_TEST_INFLUX") ?? "http://127.0.0.1:8086";
    public string Database { get; } = "hepsense_e2e_" + Guid.NewGuid().ToString("N")[..10];
    public string GrpcUrl => $"http://127.0.0.1:{GrpcPort}";
    public GrpcChannel Channel { get; private set; } = null!;
    public WebApplication App { get; private set; } = null!;
    public InfluxClient Influx { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App = Node.Build(
        [
            $"--HepSense:Mqtt:Port={MqttPort}",
            $"--HepSense:Grpc:Port={GrpcPort}",
            $"--HepSense:Influx:Url={InfluxUrl}",
            $"--HepSense:Influx:Database={Database}",
            $"--HepSense:Orleans:SiloPort={FreePort.Next()}",
            $"--HepSense:Orleans:GatewayPort={FreePort.Next()}",
            "--HepSense:Storage=memory",
            "--Logging:LogLevel:Default=Warning",
        ]);
        await App.StartAsync();
        Channel = GrpcChannel.ForAddress(GrpcUrl);
        Influx = new InfluxClient(InfluxUrl, Database);
    }

    public T Service<T>() where T : notnull => App.Services.GetRequiredService<T>();

    public async Task DisposeAsync()
    {
        Channel.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        await Influx.DropDatabase();
        Influx.Dispose();
    }
}

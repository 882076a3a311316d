using System.Net.Sockets;
using Grpc.Net.Client;
using HepSense.Contracts.Access;
using HepSense.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HepSense.EndToEnd.Tests;

/// <summary>
/// A real node in this process: Orleans silo, embedded MQTT broker, gRPC on Kestrel, writing to the
/// real InfluxDB (a database of its own, dropped at the end). Every port is free-picked.
/// </summary>
public sealed class NodeFixture : IAsyncLifetime
{
    public int MqttPort { get; private set; } = FreePort.Next();
    public int GrpcPort { get; private set; } = FreePort.Next();
    public string InfluxUrl { get; } = Environment.GetEnvironmentVariable("HEPSENSE_TEST_INFLUX") ?? "http://127.0.0.1:8086";
    public string Database { get; } = "hepsense_e2e_" + Guid.NewGuid().ToString("N")[..10];
    public string GrpcUrl => $"http://127.0.0.1:{GrpcPort}";

    /// <summary>The node's signing key; tools started by tests find it through HEPSENSE_SIGNING_KEY_FILE.</summary>
    public string SigningKeyFile { get; } = Path.Combine(Path.GetTempPath(), $"hepsense-e2e-{Guid.NewGuid():N}.key");
    public GrpcChannel Channel { get; private set; } = null!;
    public WebApplication App { get; private set; } = null!;
    public InfluxClient Influx { get; private set; } = null!;
    /// <summary>The audit log's lines (category HepSense.Audit, Information); the rest of the node logs warnings and up.</summary>
    public LogCapture Logs { get; } = new();

    /// <summary>Set before <see cref="InitializeAsync"/> to run the node on PostgreSQL (a service id of its own, removed at the end) instead of memory storage.</summary>
    public bool OnPostgres { get; init; }
    /// <summary>Set before <see cref="InitializeAsync"/> to give the clinical model a clock the test moves (Orleans keeps the real one).</summary>
    public TimeProvider? Clock { get; init; }
    public string ServiceId { get; } = "e2e-" + Guid.NewGuid().ToString("N")[..10];
    private int _siloPort = FreePort.Next(), _gatewayPort = FreePort.Next();

    /// <summary>The project's PostgreSQL (scripts/postgres.sh start; port HEPSENSE_PG_PORT, default 5433).</summary>
    public static string PostgresConnectionString =>
        Environment.GetEnvironmentVariable("HepSense__Postgres__ConnectionString") is { Length: > 0 } cs ? cs
        : $"Host=127.0.0.1;Port={Environment.GetEnvironmentVariable("HEPSENSE_PG_PORT") ?? "5433"};Database=hepsense;Username=postgres";

    public async Task InitializeAsync()
    {
        // A free-picked port is only free when picked: any outgoing connection on the machine may take it before the node
        // binds it. Then the node is stopped (its silo may have started) and started again on new ports.
        for (var attempt = 1; ; attempt++)
        {
            App = Build();
            try
            {
                await App.StartAsync();
                break;
            }
            catch (Exception e) when (attempt < 5 && AddressInUse(e))
            {
                await App.StopAsync();
                await App.DisposeAsync();
                (MqttPort, GrpcPort, _siloPort, _gatewayPort) = (FreePort.Next(), FreePort.Next(), FreePort.Next(), FreePort.Next());
            }
        }
        Channel = NodeChannel.Open(GrpcUrl, Token(Roles.Admin, "e2e-admin"));
        Influx = new InfluxClient(InfluxUrl, Database);
    }

    /// <summary>Stops the node (grains deactivate and write their state) and starts a new one on the same ports and storage.</summary>
    public async Task Restart()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        App = Build();
        await App.StartAsync();
    }

    private WebApplication Build() => Node.Build(
        [
            $"--HepSense:Mqtt:Port={MqttPort}",
            $"--HepSense:Grpc:Port={GrpcPort}",
            $"--HepSense:Influx:Url={InfluxUrl}",
            $"--HepSense:Influx:Database={Database}",
            $"--HepSense:Orleans:SiloPort={_siloPort}",
            $"--HepSense:Orleans:GatewayPort={_gatewayPort}",
            $"--HepSense:Orleans:ServiceId={ServiceId}",
            $"--HepSense:Orleans:ClusterId={ServiceId}",
            OnPostgres ? "--HepSense:Storage=postgres" : "--HepSense:Storage=memory",
            $"--HepSense:Postgres:ConnectionString={PostgresConnectionString}",
            $"--HepSense:Auth:SigningKeyFile={SigningKeyFile}",
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:HepSense.Audit=Information",
        ], builder =>
        {
            builder.Logging.AddProvider(Logs);
            if (Clock is not null) builder.Services.AddKeyedSingleton(Grains.Clock.Key, Clock);
        });

    private static bool AddressInUse(Exception? e) =>
        e is not null && (e is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse } || AddressInUse(e.InnerException));

    public string Token(string role, string subject, string? clinic = null) =>
        LocalTokenIssuer.Issue(LocalSigningKey.Load(SigningKeyFile), role, subject, clinic, TimeSpan.FromHours(1));

    public T Service<T>() where T : notnull => App.Services.GetRequiredService<T>();

    public async Task DisposeAsync()
    {
        if (App is null) return; // the node never started: keep the original failure visible
        Channel.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        await Influx.DropDatabase();
        Influx.Dispose();
        File.Delete(SigningKeyFile);
        if (OnPostgres)
        {
            await using var connection = new Npgsql.NpgsqlConnection(PostgresConnectionString);
            await connection.OpenAsync();
            await using var delete = new Npgsql.NpgsqlCommand(
                "DELETE FROM orleansstorage WHERE serviceid = @s; DELETE FROM orleansreminderstable WHERE serviceid = @s;", connection);
            delete.Parameters.AddWithValue("s", ServiceId);
            await delete.ExecuteNonQueryAsync();
        }
    }
}

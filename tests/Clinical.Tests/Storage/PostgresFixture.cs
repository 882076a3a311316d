using System.Net;
using System.Net.Sockets;
using HepSense.Grains.Storage;
using Npgsql;

namespace HepSense.Clinical.Tests.Storage;

/// <summary>The project's PostgreSQL (scripts/postgres.sh start); each test uses its own service and cluster id and removes its rows.</summary>
public static class Postgres
{
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("HepSense__Postgres__ConnectionString") is { Length: > 0 } cs ? cs : HepSenseStorage.DefaultConnectionString;

    public static async Task<NpgsqlConnection> Open()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        try
        {
            await connection.OpenAsync();
        }
        catch (Exception e) when (e is NpgsqlException or SocketException)
        {
            throw new InvalidOperationException($"PostgreSQL is not reachable ({e.Message}); start it with scripts/postgres.sh start.", e);
        }
        return connection;
    }

    public static async Task<long> Count(string sql, string id)
    {
        await using var connection = await Open();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", id);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public static async Task DeleteRows(string serviceId, string clusterId)
    {
        await using var connection = await Open();
        await using var command = new NpgsqlCommand(
            """
            DELETE FROM orleansstorage WHERE serviceid = @s;
            DELETE FROM orleansreminderstable WHERE serviceid = @s;
            DELETE FROM orleansmembershiptable WHERE deploymentid = @c;
            DELETE FROM orleansmembershipversiontable WHERE deploymentid = @c;
            """, connection);
        command.Parameters.AddWithValue("s", serviceId);
        command.Parameters.AddWithValue("c", clusterId);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>A port free right now, so tests never meet a node (or each other) on 11111/30000.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

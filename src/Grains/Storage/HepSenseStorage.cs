using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;

namespace HepSense.Grains.Storage;

/// <summary>
/// Durable grain state and reminders for a node. PostgreSQL through Orleans' own ADO.NET providers
/// (schema from scripts/postgres.sh), unless <c>HepSense:Storage</c> is <c>memory</c>, which only
/// unit tests should use.
/// </summary>
public static class HepSenseStorage
{
    /// <summary>The grain storage every HepSense grain names: <c>[PersistentState("...", HepSenseStorage.Name)]</c>.</summary>
    public const string Name = "hepsense";

    /// <summary>Npgsql's ADO.NET invariant name, as Orleans' providers know it.</summary>
    public const string Invariant = "Npgsql";

    /// <summary>The project's own cluster (scripts/postgres.sh): loopback, port $HEPSENSE_PG_PORT or 5433, trust auth.</summary>
    public static string DefaultConnectionString =>
        $"Host=127.0.0.1;Port={Environment.GetEnvironmentVariable("HEPSENSE_PG_PORT") ?? "5433"};Database=hepsense;Username=postgres";

    public static bool IsMemory(IConfiguration config) =>
        string.Equals(config["HepSense:Storage"], "memory", StringComparison.OrdinalIgnoreCase);

    public static string ConnectionString(IConfiguration config) =>
        config["HepSense:Postgres:ConnectionString"] is { Length: > 0 } cs ? cs : DefaultConnectionString;

    /// <summary>Adds the "hepsense" grain storage, the reminder service and the grains' <see cref="Clock"/>.</summary>
    public static ISiloBuilder AddHepSenseStorage(this ISiloBuilder silo, IConfiguration config)
    {
        var storage = config["HepSense:Storage"];
        if (storage is { Length: > 0 } && !IsMemory(config) && !string.Equals(storage, "postgres", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"HepSense:Storage must be 'postgres' or 'memory', not '{storage}'.");

        // Every silo with HepSense grains comes through here: the grains' clock too (a test may have put its own first).
        silo.Services.AddHepSenseClock();

        if (IsMemory(config))
        {
            // The same serializer as on PostgreSQL, so a state type that cannot be stored fails in unit tests too.
            return silo
                .AddMemoryGrainStorage(Name, o => o.Configure<Serializer>((opt, s) => opt.GrainStorageSerializer = new OrleansGrainStorageSerializer(s)))
                .UseInMemoryReminderService();
        }

        var connectionString = ConnectionString(config);
        return silo
            .AddAdoNetGrainStorage(Name, o => o.Configure<Serializer>((opt, s) =>
            {
                opt.Invariant = Invariant;
                opt.ConnectionString = connectionString;
                // Orleans' binary codecs: every state type is [GenerateSerializer] with [Id]s, so stored
                // state stays readable when a record gains a field (version tolerance), no JSON type quirks.
                opt.GrainStorageSerializer = new OrleansGrainStorageSerializer(s);
            }))
            .UseAdoNetReminderService(o =>
            {
                o.Invariant = Invariant;
                o.ConnectionString = connectionString;
            });
    }
}

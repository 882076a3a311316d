using System.Net;
using Microsoft.Extensions.Configuration;
using Orleans.Configuration;

namespace HepSense.Grains.Storage;

/// <summary>
/// Cluster membership for a node: localhost clustering (one node) unless <c>HepSense:Clustering</c> is
/// <c>postgres</c>, or <c>HepSense:Postgres:ConnectionString</c> is set explicitly, in which case nodes
/// find each other through Orleans' ADO.NET membership table on PostgreSQL. Use instead of
/// <c>UseLocalhostClustering</c>; both modes use the same service id, so grain state survives a switch.
/// </summary>
public static class HepSenseClustering
{
    public static bool IsPostgres(IConfiguration config) =>
        config["HepSense:Clustering"] is { Length: > 0 } mode
            ? mode.ToLowerInvariant() switch
            {
                "postgres" => true,
                "localhost" => false,
                _ => throw new InvalidOperationException($"HepSense:Clustering must be 'localhost' or 'postgres', not '{mode}'."),
            }
            : !HepSenseStorage.IsMemory(config) && config["HepSense:Postgres:ConnectionString"] is { Length: > 0 };

    public static ISiloBuilder UseHepSenseClustering(this ISiloBuilder silo, IConfiguration config)
    {
        var siloPort = config.GetValue("HepSense:Orleans:SiloPort", 11111);
        var gatewayPort = config.GetValue("HepSense:Orleans:GatewayPort", 30000);
        var clusterId = config["HepSense:Orleans:ClusterId"] is { Length: > 0 } c ? c : "hepsense";
        var serviceId = config["HepSense:Orleans:ServiceId"] is { Length: > 0 } s ? s : "hepsense";

        if (!IsPostgres(config))
            return silo.UseLocalhostClustering(siloPort, gatewayPort, serviceId: serviceId, clusterId: clusterId);

        var advertised = IPAddress.Parse(config["HepSense:Orleans:AdvertisedAddress"] ?? "127.0.0.1");
        return silo
            .Configure<ClusterOptions>(o => { o.ClusterId = clusterId; o.ServiceId = serviceId; })
            .ConfigureEndpoints(advertised, siloPort, gatewayPort, listenOnAnyHostAddress: false)
            .UseAdoNetClustering(o =>
            {
                o.Invariant = HepSenseStorage.Invariant;
                o.ConnectionString = HepSenseStorage.ConnectionString(config);
            });
    }
}

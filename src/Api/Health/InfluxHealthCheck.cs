using HepSense.Grains.Telemetry;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HepSense.Api.Health;

/// <summary>Healthy when InfluxDB answers a query on the node's database.</summary>
public sealed class InfluxHealthCheck(InfluxQuery influx) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await influx.Ping(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("InfluxDB did not answer", e);
        }
    }
}

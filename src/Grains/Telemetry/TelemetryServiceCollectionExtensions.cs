using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HepSense.Grains.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>
    /// InfluxDB for the node: <see cref="InfluxOptions"/> from <c>HepSense:Influx</c>, the "influx" HttpClient
    /// with the standard resilience handler, the <see cref="TelemetryWriter"/> singleton (also a hosted service:
    /// creates the database on start, drains on stop) and <see cref="InfluxQuery"/>.
    /// Call it before UseOrleans so the writer stops after the silo, when grains have flushed into it.
    /// </summary>
    public static IServiceCollection AddHepSenseTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<InfluxOptions>()
            .Bind(configuration.GetSection(InfluxOptions.Section))
            .Validate(o => o.Url.IsAbsoluteUri, "HepSense:Influx:Url must be an absolute URL")
            .Validate(o => o.BufferLines > 0 && o.BatchLines > 0 && o.FlushInterval > TimeSpan.Zero && o.DecimatedRateHz > 0,
                "HepSense:Influx buffer, batch, flush interval and decimated rate must be positive")
            .ValidateOnStart();

        services.AddHttpClient(InfluxHttp.ClientName, (sp, client) =>
            {
                var url = sp.GetRequiredService<IOptions<InfluxOptions>>().Value.Url;
                client.BaseAddress = url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");
            })
            .AddStandardResilienceHandler();

        services.AddSingleton<TelemetryWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<TelemetryWriter>());
        services.AddSingleton<InfluxQuery>();
        return services;
    }
}

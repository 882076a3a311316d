using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HepSense.Ingest;

public static class IngestServiceCollectionExtensions
{
    /// <summary>
    /// Adds the embedded MQTT broker (options from <c>HepSense:Mqtt</c>), its ingest pipeline and
    /// <see cref="BandCommands"/> (also as the grains' <see cref="HepSense.Grains.IBandDownlink"/>). Needs IGrainFactory in DI: host it with an Orleans silo (UseOrleans).
    /// </summary>
    public static IServiceCollection AddHepSenseIngest(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MqttOptions>()
            .Bind(configuration.GetSection(MqttOptions.Section))
            .PostConfigure(o => o.Address ??= configuration["HepSense:BindAddress"] ?? "127.0.0.1")
            .Validate(o => o.Port is >= 0 and <= 65535, "HepSense:Mqtt:Port must be 0..65535 (0 = any free port).")
            .Validate(o => System.Net.IPAddress.TryParse(o.Address, out var a) && a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork, "HepSense:Mqtt:Address must be an IPv4 address.")
            .ValidateOnStart();
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IngestStats>();
        services.AddSingleton<RejectionLog>();
        services.AddSingleton<BandAccess>();
        services.AddSingleton<UplinkHandler>();
        services.AddSingleton<EmbeddedBroker>();
        services.AddHostedService(sp => sp.GetRequiredService<EmbeddedBroker>());
        services.AddSingleton<BandCommands>();
        services.AddSingleton<HepSense.Grains.IBandDownlink, BandDownlink>();
        return services;
    }
}

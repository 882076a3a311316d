using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HepSense.Grains;

/// <summary>
/// "Now" for the clinical model, a keyed <see cref="TimeProvider"/> so tests can move it without moving Orleans' own
/// clock (the activation collector refuses a wall clock in the past). Take it as
/// <c>[FromKeyedServices(Clock.Key)] TimeProvider clock</c>. In production it is the system clock: simulated days lie in
/// the past, ending today.
/// </summary>
public static class Clock
{
    public const string Key = "hepsense";

    public static IServiceCollection AddHepSenseClock(this IServiceCollection services)
    {
        services.TryAddKeyedSingleton(Key, TimeProvider.System);
        return services;
    }
}

using System.Collections.Concurrent;

namespace HepSense.Ingest.Tests;

/// <summary>
/// Makes a band's next IDeviceGrain.Ingest calls fail inside the real silo (an Orleans incoming-call filter),
/// to show that a failed hand-off is never acknowledged and the resent batch is accepted.
/// </summary>
public sealed class IngestFaults : IIncomingGrainCallFilter
{
    readonly ConcurrentDictionary<string, int> _failures = new();

    public void FailNextIngest(string deviceId, int times = 1) => _failures[deviceId] = times;

    public Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.MethodName == nameof(Grains.IDeviceGrain.Ingest)
            && context.TargetId.Key.ToString() is { } device
            && _failures.TryGetValue(device, out var left) && left > 0
            && _failures.TryUpdate(device, left - 1, left))
            throw new InvalidOperationException($"Injected failure for {device}");
        return context.Invoke();
    }
}

using System.Collections.Concurrent;

namespace HepSense.Ingest.Tests;

/// <summary>
/// Makes a band's next IDeviceGrain calls of one method fail inside the real silo (an Orleans incoming-call
/// filter), to show what the broker does when a grain call fails.
/// </summary>
public sealed class IngestFaults : IIncomingGrainCallFilter
{
    readonly ConcurrentDictionary<(string Device, string Method), (int Times, Func<Exception> Error)> _failures = new();

    public void FailNextIngest(string deviceId, int times = 1, Func<Exception>? error = null) =>
        FailNext(deviceId, nameof(Grains.IDeviceGrain.Ingest), times, error);

    public void FailNext(string deviceId, string method, int times = 1, Func<Exception>? error = null) =>
        _failures[(deviceId, method)] = (times, error ?? (() => new InvalidOperationException($"Injected failure for {deviceId}")));

    public Task Invoke(IIncomingGrainCallContext context)
    {
        var key = (context.TargetId.Key.ToString()!, context.MethodName);
        if (_failures.TryGetValue(key, out var failure) && failure.Times > 0
            && _failures.TryUpdate(key, failure with { Times = failure.Times - 1 }, failure))
            throw failure.Error();
        return context.Invoke();
    }
}

using Orleans.Storage;

namespace HepSense.Grains.Tests;

/// <summary>
/// The node's grain storage, but a test can make the next write of one grain fail, as a storage outage would.
/// Everything else passes through to the storage the node configured (memory mode here).
/// </summary>
public sealed class FailingWrites(IGrainStorage inner) : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<GrainId, int> Armed = new();

    /// <summary>The next <paramref name="count"/> writes of <paramref name="grain"/> throw.</summary>
    public static void Arm(GrainId grain, int count = 1) => Armed[grain] = count;

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (Armed.TryGetValue(grainId, out var left) && left > 0 && Armed.TryUpdate(grainId, left - 1, left))
            throw new InvalidOperationException($"storage unavailable (test): write of {grainId} refused");
        return inner.WriteStateAsync(stateName, grainId, grainState);
    }

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => inner.ReadStateAsync(stateName, grainId, grainState);

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => inner.ClearStateAsync(stateName, grainId, grainState);

    public void Participate(ISiloLifecycle lifecycle) => (inner as ILifecycleParticipant<ISiloLifecycle>)?.Participate(lifecycle);
}

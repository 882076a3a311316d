namespace HepSense.Grains.Tests;

/// <summary>"Now" for the grains, set by tests. Only the wall clock moves: timers and stopwatches stay real, so Orleans runs as usual.</summary>
public sealed class TestClock : TimeProvider
{
    private DateTimeOffset? _now;

    public DateTimeOffset Now { set => _now = value; }

    public void Reset() => _now = null;

    public override DateTimeOffset GetUtcNow() => _now ?? base.GetUtcNow();
}

namespace HepSense.EndToEnd.Tests;

/// <summary>"Now" for the clinical model, set by a test. Only the wall clock moves: timers stay real.</summary>
public sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}

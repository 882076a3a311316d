using System.Diagnostics;
using HepSense.FirmwareSim.Band;

namespace HepSense.FirmwareSim.Cohort;

/// <summary>
/// Sends a band's outbox in order with up to <c>window</c> publishes awaiting their PUBACK. On an
/// accelerated clock each message waits until its true time has come; messages from the past
/// (an offline buffer) go at once, which is the catch-up.
/// </summary>
public sealed class OutboxSender(BandClient band, SendStats stats, int window, SimClock clock)
{
    readonly SemaphoreSlim gate = new(Math.Max(1, window));
    readonly List<Task> inFlight = [];

    public async Task SendAsync(IReadOnlyList<OutMessage> messages, CancellationToken ct)
    {
        foreach (var m in messages)
        {
            await clock.WaitUntilAsync(m.TrueTime, ct);
            if (m.IsDrop)
            {
                await DrainAsync();
                await band.DropConnectionAsync();
                continue;
            }
            await gate.WaitAsync(ct);
            inFlight.Add(PublishAsync(m, ct));
            if (inFlight.Count > 4 * window) inFlight.RemoveAll(t => t.IsCompleted);
        }
        await DrainAsync();
    }

    async Task PublishAsync(OutMessage m, CancellationToken ct)
    {
        try { stats.Record(m, await band.PublishAsync(m.Channel!, m.Payload, ct), band.DeviceId); }
        finally { gate.Release(); }
    }

    async Task DrainAsync()
    {
        await Task.WhenAll(inFlight);
        inFlight.Clear();
    }
}

/// <summary>Maps simulated time to wall time: speed 0 runs as fast as possible, speed X runs X times real time.</summary>
public sealed class SimClock(DateTimeOffset simStart, double speed)
{
    readonly Stopwatch wall = Stopwatch.StartNew();

    public Task WaitUntilAsync(DateTimeOffset trueTime, CancellationToken ct)
    {
        if (speed <= 0 || double.IsInfinity(speed)) return Task.CompletedTask;
        var due = TimeSpan.FromTicks((long)((trueTime - simStart).Ticks / speed));
        var wait = due - wall.Elapsed;
        return wait > TimeSpan.Zero ? Task.Delay(wait, ct) : Task.CompletedTask;
    }
}

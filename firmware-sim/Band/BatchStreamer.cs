using System.Diagnostics;
using HepSense.Contracts.Band;

namespace HepSense.FirmwareSim.Band;

/// <summary>
/// Sends batches in order through one band, paced by their device time (real time at speed 1), with
/// up to <c>window</c> publishes awaiting their PUBACK at once.
/// </summary>
public static class BatchStreamer
{
    /// <param name="speed">1 = real time, 10 = ten times faster, 0 or infinity = as fast as the broker acknowledges.</param>
    public static async Task<StreamResult> StreamAsync(BandClient band, IReadOnlyList<ImuBatch> batches, double speed = 1, int window = 8,
        Action<PublishOutcome>? onAck = null, CancellationToken ct = default)
    {
        if (batches.Count == 0) return new StreamResult(0, 0, []);
        var gate = new SemaphoreSlim(Math.Max(1, window));
        var clock = Stopwatch.StartNew();
        var t0 = batches[0].DeviceTimeMs;
        var pending = new List<Task<PublishOutcome>>(batches.Count);
        foreach (var batch in batches)
        {
            if (speed > 0 && double.IsFinite(speed))
            {
                var due = TimeSpan.FromMilliseconds((batch.DeviceTimeMs - t0) / speed);
                if (due > clock.Elapsed) await Task.Delay(due - clock.Elapsed, ct);
            }
            await gate.WaitAsync(ct);
            pending.Add(SendAsync(batch));
        }
        var outcomes = await Task.WhenAll(pending);
        var refused = outcomes.Select((o, i) => (o, i)).Where(x => !x.o.Accepted).Select(x => new Refusal(batches[x.i].Seq, x.o.Reason ?? "refused")).ToList();
        return new StreamResult(outcomes.Length - refused.Count, refused.Count, refused);

        async Task<PublishOutcome> SendAsync(ImuBatch batch)
        {
            try
            {
                var outcome = await band.PublishAsync(batch, ct);
                onAck?.Invoke(outcome);
                return outcome;
            }
            finally { gate.Release(); }
        }
    }
}

public sealed record Refusal(ulong Seq, string Reason);

public sealed record StreamResult(int Acknowledged, int Refused, IReadOnlyList<Refusal> Refusals);

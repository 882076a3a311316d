using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace HepSense.Ingest;

/// <summary>
/// Logs a refusal once per (band, reason), not per message: a misconfigured band sending 50 bad batches a
/// second must not flood the log. Memory is bounded: past <see cref="Capacity"/> keys the set is cleared, so
/// each pair may be logged again once per epoch. The counters in <see cref="IngestStats"/> stay exact.
/// </summary>
public sealed class RejectionLog(ILogger<RejectionLog> logger)
{
    public const int Capacity = 10_000;

    readonly ConcurrentDictionary<(string Band, RejectReason Reason), byte> _logged = new();

    /// <summary>True when this call logged (the first time for the pair in this epoch).</summary>
    public bool Log(string? band, RejectReason reason, string detail, Exception? error = null)
    {
        // Usernames of refused connections are whatever the client sent: keep the key and the log line short.
        band = band is { Length: > TopicRules.MaxDeviceIdLength } ? band[..TopicRules.MaxDeviceIdLength] : band ?? "";
        if (_logged.ContainsKey((band, reason)))
            return false;
        if (_logged.Count >= Capacity)
            _logged.Clear();
        if (!_logged.TryAdd((band, reason), 0))
            return false;
        logger.LogWarning(error, "Refused band {Band}: {Reason} ({Detail}); later refusals of this band for this reason are only counted",
            band, reason.Tag(), detail);
        return true;
    }
}

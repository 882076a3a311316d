using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace HepSense.Ingest;

/// <summary>
/// Ingest counters, published twice: as metrics (Meter "HepSense.Ingest", for OpenTelemetry / dotnet-counters)
/// and as an in-process <see cref="Snapshot"/> that tests and the health endpoint read without a listener.
/// </summary>
public sealed class IngestStats
{
    public const string MeterName = "HepSense.Ingest";

    readonly Counter<long> _accepted, _duplicates, _rejected;
    long _acceptedCount, _duplicateCount;
    readonly ConcurrentDictionary<RejectReason, long> _rejectedCounts = new();

    public IngestStats(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _accepted = meter.CreateCounter<long>("hepsense.ingest.accepted", "{batch}", "IMU batches handed to a device grain");
        _duplicates = meter.CreateCounter<long>("hepsense.ingest.duplicates", "{batch}", "IMU batches acknowledged as already seen");
        _rejected = meter.CreateCounter<long>("hepsense.ingest.rejected", "{message}", "Connections, subscriptions and messages refused, by reason");
    }

    public void Accepted()
    {
        Interlocked.Increment(ref _acceptedCount);
        _accepted.Add(1);
    }

    public void Duplicate()
    {
        Interlocked.Increment(ref _duplicateCount);
        _duplicates.Add(1);
    }

    public void Rejected(RejectReason reason)
    {
        _rejectedCounts.AddOrUpdate(reason, 1, (_, n) => n + 1);
        _rejected.Add(1, new KeyValuePair<string, object?>("reason", reason.Tag()));
    }

    public IngestSnapshot Snapshot() => new(
        Interlocked.Read(ref _acceptedCount),
        Interlocked.Read(ref _duplicateCount),
        _rejectedCounts.ToDictionary(kv => kv.Key.Tag(), kv => kv.Value));
}

namespace HepSense.Ingest;

/// <summary>Counts since the node started: what a health endpoint or a test reads.</summary>
public sealed record IngestSnapshot(long Accepted, long Duplicates, IReadOnlyDictionary<string, long> Rejected)
{
    public long RejectedFor(RejectReason reason) => Rejected.GetValueOrDefault(reason.Tag());
}

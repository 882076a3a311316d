using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace HepSense.Ingest.Tests.Unit;

public sealed class IngestStatsTests
{
    [Fact]
    public void Refusals_are_counted_by_reason_in_the_snapshot_and_as_a_tagged_metric()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var meters = services.GetRequiredService<IMeterFactory>();
        var measured = new List<(string Instrument, long Value, string? Reason)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == IngestStats.MeterName && ReferenceEquals(instrument.Meter.Scope, meters))
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            string? reason = null;
            foreach (var tag in tags)
                if (tag.Key == "reason")
                    reason = tag.Value as string;
            measured.Add((instrument.Name, value, reason));
        });
        listener.Start();
        var stats = new IngestStats(meters);

        stats.Rejected(RejectReason.MalformedPayload);
        stats.Rejected(RejectReason.MalformedPayload);
        stats.Rejected(RejectReason.BadCredentials);
        stats.Accepted();
        stats.Duplicate();

        var snapshot = stats.Snapshot();
        Assert.Equal(2, snapshot.RejectedFor(RejectReason.MalformedPayload));
        Assert.Equal(1, snapshot.RejectedFor(RejectReason.BadCredentials));
        Assert.Equal(0, snapshot.RejectedFor(RejectReason.TopicNotAllowed));
        Assert.Equal((1, 1), (snapshot.Accepted, snapshot.Duplicates));
        Assert.Equal(
            [("hepsense.ingest.rejected", 1, "malformed_payload"), ("hepsense.ingest.rejected", 1, "malformed_payload"),
             ("hepsense.ingest.rejected", 1, "bad_credentials"), ("hepsense.ingest.accepted", 1, null), ("hepsense.ingest.duplicates", 1, null)],
            measured);
    }

    [Fact]
    public void Every_reason_has_a_distinct_snake_case_tag()
    {
        var tags = Enum.GetValues<RejectReason>().Select(r => r.Tag()).ToList();
        Assert.Equal(tags.Count, tags.Distinct().Count());
        Assert.All(tags, t => Assert.Matches("^[a-z]+(_[a-z]+)*$", t));
    }
}

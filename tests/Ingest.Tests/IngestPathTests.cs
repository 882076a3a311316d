using Google.Protobuf;
using HepSense.Contracts.Band;
using MQTTnet;
using MQTTnet.Exceptions;
using MQTTnet.Formatter;
using MQTTnet.Protocol;

namespace HepSense.Ingest.Tests;

/// <summary>The good path and its edges: PUBACK after the grain has the batch, duplicates, status, failures.</summary>
[Collection(NodeCollection.Name)]
public sealed class IngestPathTests(NodeFixture node)
{
    [Fact]
    public async Task Every_acknowledged_batch_is_in_the_grain_when_publish_returns()
    {
        var (device, secret) = await node.ProvisionAsync();
        await using var band = await Band.ConnectAsync(node.MqttPort, device, secret);

        for (ulong seq = 1; seq <= 20; seq++)
        {
            var result = await band.PublishAsync(Batches.Valid(seq, channels: seq % 2 == 0 ? 6u : 3u));
            Assert.Equal(MqttClientPublishReasonCode.Success, result.ReasonCode);
            // No waiting, no polling: the PUBACK came after the awaited grain call.
            Assert.Equal(seq, (await node.SnapshotAsync(device)).BatchesAccepted);
        }
    }

    [Fact]
    public async Task A_redelivered_batch_is_acknowledged_once_more_but_counted_as_duplicate()
    {
        var (device, secret) = await node.ProvisionAsync();
        await using var band = await Band.ConnectAsync(node.MqttPort, device, secret);
        var before = node.Stats.Snapshot();

        var first = await band.PublishAsync(Batches.Valid(seq: 5));
        var again = await band.PublishAsync(Batches.Valid(seq: 5));

        Assert.Equal(MqttClientPublishReasonCode.Success, first.ReasonCode);
        Assert.Equal(MqttClientPublishReasonCode.Success, again.ReasonCode);
        var after = node.Stats.Snapshot();
        Assert.Equal(1, after.Accepted - before.Accepted);
        Assert.Equal(1, after.Duplicates - before.Duplicates);
        var snapshot = await node.SnapshotAsync(device);
        Assert.Equal(1ul, snapshot.BatchesAccepted);
        Assert.Equal(1ul, snapshot.DuplicatesDropped);
    }

    [Fact]
    public async Task Status_reaches_the_grain_and_an_impossible_status_is_refused()
    {
        var (device, secret) = await node.ProvisionAsync();
        await using var band = await Band.ConnectAsync(node.MqttPort, device, secret);
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var before = node.Stats.Snapshot().RejectedFor(RejectReason.InvalidStatus);

        var good = await band.PublishAsync(new DeviceStatus { DeviceTimeMs = now, BatteryPct = 81, Firmware = "1.4.2" }, "status");
        var bad = await band.PublishAsync(new DeviceStatus { DeviceTimeMs = now, BatteryPct = 140, Firmware = "1.4.3" }, "status");

        Assert.Equal(MqttClientPublishReasonCode.Success, good.ReasonCode);
        Assert.Equal(MqttClientPublishReasonCode.PayloadFormatInvalid, bad.ReasonCode);
        Assert.Equal(before + 1, node.Stats.Snapshot().RejectedFor(RejectReason.InvalidStatus));
        var snapshot = await node.SnapshotAsync(device);
        Assert.Equal(81f, snapshot.BatteryPct);
        Assert.Equal("1.4.2", snapshot.Firmware);
    }

    [Fact]
    public async Task Events_are_accepted_and_an_empty_event_is_refused()
    {
        var (device, secret) = await node.ProvisionAsync();
        await using var band = await Band.ConnectAsync(node.MqttPort, device, secret);
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        var chosen = await band.PublishAsync(new DeviceEvent { DeviceTimeMs = now, ExerciseChosen = new ExerciseChosen { Exercise = "squat" } }, "event");
        var ended = await band.PublishAsync(new DeviceEvent { DeviceTimeMs = now, SessionEnded = new SessionEnded() }, "event");
        var empty = await band.PublishAsync(new DeviceEvent { DeviceTimeMs = now }, "event");

        Assert.Equal(MqttClientPublishReasonCode.Success, chosen.ReasonCode);
        Assert.Equal(MqttClientPublishReasonCode.Success, ended.ReasonCode);
        Assert.Equal(MqttClientPublishReasonCode.PayloadFormatInvalid, empty.ReasonCode);
        Assert.Equal("invalid_event", empty.ReasonString);
    }

    [Fact]
    public async Task A_failed_grain_call_is_not_acknowledged_and_the_resent_batch_is_accepted()
    {
        var (device, secret) = await node.ProvisionAsync();
        var before = node.Stats.Snapshot().RejectedFor(RejectReason.GrainFailed);
        node.Faults.FailNextIngest(device);

        await using (var band = await Band.ConnectAsync(node.MqttPort, device, secret))
        {
            // The broker closes the connection instead of sending a PUBACK: the publish fails on the band's side.
            await Assert.ThrowsAnyAsync<MqttCommunicationException>(() => band.PublishAsync(Batches.Valid(seq: 1)));
        }
        Assert.Equal(before + 1, node.Stats.Snapshot().RejectedFor(RejectReason.GrainFailed));
        Assert.Equal(0ul, (await node.SnapshotAsync(device)).BatchesAccepted);

        // As the band's firmware does: reconnect and send the unacknowledged batch again.
        await using var again = await Band.ConnectAsync(node.MqttPort, device, secret);
        Assert.Equal(MqttClientPublishReasonCode.Success, (await again.PublishAsync(Batches.Valid(seq: 1))).ReasonCode);
        Assert.Equal(1ul, (await node.SnapshotAsync(device)).BatchesAccepted);
    }

    [Fact]
    public async Task A_band_cannot_take_over_another_bands_session_by_its_client_id()
    {
        var (owner, ownerSecret) = await node.ProvisionAsync("owner");
        var (other, otherSecret) = await node.ProvisionAsync("other");
        var clientId = $"session-of-{owner}";
        await using var band = await Band.ConnectAsync(node.MqttPort, owner, ownerSecret, clientId: clientId, cleanSession: false);
        var before = node.Stats.Snapshot().RejectedFor(RejectReason.ClientIdInUse);

        var takeover = await Band.TryConnectAsync(Band.Options(node.MqttPort, other, otherSecret, clientId: clientId, cleanSession: false));

        Assert.Equal(MqttClientConnectResultCode.ClientIdentifierNotValid, takeover);
        Assert.Equal(before + 1, node.Stats.Snapshot().RejectedFor(RejectReason.ClientIdInUse));
        Assert.True(band.Client.IsConnected);
        Assert.Equal(MqttClientPublishReasonCode.Success, (await band.PublishAsync(Batches.Valid(seq: 1))).ReasonCode);
    }
}

using Google.Protobuf;
using HepSense.Contracts.Band;
using MQTTnet;
using MQTTnet.Formatter;

namespace HepSense.Ingest.Tests;

/// <summary>
/// The three refusals the issue names (malformed payload, another band's topic, wrong secret) plus invalid
/// batches: each is refused with a reason, counted, and the next good batch from the band is still accepted.
/// </summary>
[Collection(NodeCollection.Name)]
public sealed class BadInputTests(NodeFixture node)
{
    [Fact]
    public async Task Malformed_payload_is_refused_counted_and_the_next_good_batch_is_accepted()
    {
        var (device, secret) = await node.ProvisionAsync();
        await using var band = await Band.ConnectAsync(node.MqttPort, device, secret);
        var before = node.Stats.Snapshot();

        var refused = await band.PublishAsync("this is not protobuf"u8.ToArray());
        var accepted = await band.PublishAsync(Batches.Valid(seq: 1));

        Assert.Equal(MqttClientPublishReasonCode.PayloadFormatInvalid, refused.ReasonCode);
        Assert.Equal("malformed_payload", refused.ReasonString);
        Assert.Equal(MqttClientPublishReasonCode.Success, accepted.ReasonCode);
        var after = node.Stats.Snapshot();
        Assert.Equal(1, after.RejectedFor(RejectReason.MalformedPayload) - before.RejectedFor(RejectReason.MalformedPayload));
        Assert.Equal(1, after.Accepted - before.Accepted);
        Assert.Equal(1ul, (await node.SnapshotAsync(device)).BatchesAccepted);
    }

    [Fact]
    public async Task Publishing_under_another_bands_id_is_refused_and_that_band_gets_nothing()
    {
        var (intruder, secret) = await node.ProvisionAsync("intruder");
        var (victim, _) = await node.ProvisionAsync("victim");
        await using var band = await Band.ConnectAsync(node.MqttPort, intruder, secret);
        var before = node.Stats.Snapshot();

        var refused = await band.PublishAsync(Batches.Valid(seq: 1), asDevice: victim);
        var accepted = await band.PublishAsync(Batches.Valid(seq: 1));

        Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, refused.ReasonCode);
        Assert.Equal(MqttClientPublishReasonCode.Success, accepted.ReasonCode);
        Assert.Equal(1, node.Stats.Snapshot().RejectedFor(RejectReason.TopicNotAllowed) - before.RejectedFor(RejectReason.TopicNotAllowed));
        Assert.Equal(0ul, (await node.SnapshotAsync(victim)).BatchesAccepted);
        Assert.Equal(1ul, (await node.SnapshotAsync(intruder)).BatchesAccepted);
    }

    [Theory]
    [InlineData("hepsense/v1/{0}/cmd")]      // downlink is the platform's
    [InlineData("hepsense/v1/{0}/unknown")]
    [InlineData("hepsense/v2/{0}/imu")]
    [InlineData("somewhere/else")]
    public async Task Publishing_outside_the_bands_uplinks_is_refused(string topicFormat)
    {
        var (device, secret) = await node.ProvisionAsync();
        await using var band = await Band.ConnectAsync(node.MqttPort, device, secret);
        var before = node.Stats.Snapshot().RejectedFor(RejectReason.TopicNotAllowed);

        var result = await band.Client.PublishAsync(new MqttApplicationMessageBuilder()
            .WithTopic(string.Format(topicFormat, device))
            .WithPayload(Batches.Valid(1).ToByteArray())
            .WithQualityOfServiceLevel(MQTTnet.Protocol.MqttQualityOfServiceLevel.AtLeastOnce)
            .Build());

        Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, result.ReasonCode);
        Assert.Equal(before + 1, node.Stats.Snapshot().RejectedFor(RejectReason.TopicNotAllowed));
        Assert.Equal(0ul, (await node.SnapshotAsync(device)).BatchesAccepted);
    }

    [Fact]
    public async Task Wrong_secret_is_refused_counted_and_the_band_then_connects_with_the_right_one()
    {
        var (device, secret) = await node.ProvisionAsync();
        var before = node.Stats.Snapshot().RejectedFor(RejectReason.BadCredentials);

        var wrong = await Band.TryConnectAsync(Band.Options(node.MqttPort, device, secret + "x"));
        var unknown = await Band.TryConnectAsync(Band.Options(node.MqttPort, "never-provisioned", secret));
        var old = await Band.TryConnectAsync(Band.Options(node.MqttPort, device, secret + "x", MqttProtocolVersion.V311));

        Assert.Equal(MqttClientConnectResultCode.BadUserNameOrPassword, wrong);
        Assert.Equal(MqttClientConnectResultCode.BadUserNameOrPassword, unknown);
        Assert.Equal(MqttClientConnectResultCode.BadUserNameOrPassword, old);
        Assert.Equal(before + 3, node.Stats.Snapshot().RejectedFor(RejectReason.BadCredentials));

        await using var band = await Band.ConnectAsync(node.MqttPort, device, secret);
        Assert.Equal(MqttClientPublishReasonCode.Success, (await band.PublishAsync(Batches.Valid(seq: 1))).ReasonCode);
        Assert.Equal(1ul, (await node.SnapshotAsync(device)).BatchesAccepted);
    }

    public static TheoryData<string, RejectReason> InvalidBatches => new()
    {
        { "channels 4", RejectReason.InvalidChannels },
        { "rate 0", RejectReason.InvalidSampleRate },
        { "rate NaN", RejectReason.InvalidSampleRate },
        { "odd bytes", RejectReason.InvalidSampleCount },
        { "no samples", RejectReason.InvalidSampleCount },
        { "accel scale 0", RejectReason.InvalidScale },
        { "time 1999", RejectReason.InvalidDeviceTime },
    };

    [Theory]
    [MemberData(nameof(InvalidBatches))]
    public async Task Invalid_batch_is_refused_with_its_reason_and_the_next_good_batch_is_accepted(string change, RejectReason reason)
    {
        var (device, secret) = await node.ProvisionAsync();
        await using var band = await Band.ConnectAsync(node.MqttPort, device, secret);
        var before = node.Stats.Snapshot().RejectedFor(reason);
        var bad = Batches.Valid(seq: 1).With(b =>
        {
            switch (change)
            {
                case "channels 4": b.Channels = 4; break;
                case "rate 0": b.SampleRateHz = 0; break;
                case "rate NaN": b.SampleRateHz = float.NaN; break;
                case "odd bytes": b.Samples = ByteString.CopyFrom(new byte[13]); break;
                case "no samples": b.Samples = ByteString.Empty; break;
                case "accel scale 0": b.AccelScale = 0; break;
                case "time 1999": b.DeviceTimeMs = new DateTimeOffset(1999, 12, 31, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds(); break;
            }
        });

        var refused = await band.PublishAsync(bad);
        var accepted = await band.PublishAsync(Batches.Valid(seq: 1));

        Assert.Equal(MqttClientPublishReasonCode.PayloadFormatInvalid, refused.ReasonCode);
        Assert.Equal(reason.Tag(), refused.ReasonString);
        Assert.Equal(before + 1, node.Stats.Snapshot().RejectedFor(reason));
        Assert.Equal(MqttClientPublishReasonCode.Success, accepted.ReasonCode);
        Assert.Equal(1ul, (await node.SnapshotAsync(device)).BatchesAccepted);
    }

    [Fact]
    public async Task An_mqtt311_band_keeps_its_connection_after_a_refused_message()
    {
        // MQTT 3.1.1 has no PUBACK reason codes: the bad message is acknowledged and dropped, the connection stays.
        var (device, secret) = await node.ProvisionAsync();
        await using var band = await Band.ConnectAsync(node.MqttPort, device, secret, MqttProtocolVersion.V311);
        var before = node.Stats.Snapshot().RejectedFor(RejectReason.MalformedPayload);

        await band.PublishAsync([0xFF, 0xFF, 0xFF]);
        await band.PublishAsync(Batches.Valid(seq: 7));

        Assert.True(band.Client.IsConnected);
        Assert.Equal(before + 1, node.Stats.Snapshot().RejectedFor(RejectReason.MalformedPayload));
        Assert.Equal(1ul, (await node.SnapshotAsync(device)).BatchesAccepted);
    }
}

using MQTTnet;
using MQTTnet.Formatter;

namespace HepSense.Ingest.Tests;

/// <summary>Connecting: client ids left to the server, sessions kept to their band, authentication outages, will messages.</summary>
[Collection(NodeCollection.Name)]
public sealed class ConnectTests(NodeFixture node)
{
    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public async Task A_band_with_an_empty_client_id_and_a_clean_session_is_given_one(MqttProtocolVersion version)
    {
        // What mosquitto_pub does by default; MQTTnet alone would answer "identifier rejected" to 3.1.1.
        var (device, secret) = await node.ProvisionAsync();
        await using var band = await Band.ConnectAsync(node.MqttPort, device, secret, version, clientId: "");

        Assert.Equal(MqttClientPublishReasonCode.Success, (await band.PublishAsync(Batches.Valid(seq: 1))).ReasonCode);
        var session = Assert.Single(await node.Service<EmbeddedBroker>().Server.GetClientsAsync(), c => c.Id.StartsWith(device + "-"));
        Assert.NotEqual(device + "-", session.Id);
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

    [Fact]
    public async Task When_authentication_cannot_be_checked_the_band_is_told_to_come_back()
    {
        var (device, secret) = await node.ProvisionAsync();
        node.Faults.FailNext(device, nameof(Grains.IDeviceGrain.Authenticate));
        var before = node.Stats.Snapshot().RejectedFor(RejectReason.AuthUnavailable);

        var first = await Band.TryConnectAsync(Band.Options(node.MqttPort, device, secret));
        var second = await Band.TryConnectAsync(Band.Options(node.MqttPort, device, secret));

        Assert.Equal(MqttClientConnectResultCode.ServerUnavailable, first);
        Assert.Equal(before + 1, node.Stats.Snapshot().RejectedFor(RejectReason.AuthUnavailable));
        Assert.Equal(MqttClientConnectResultCode.Success, second);
    }

    [Fact]
    public async Task A_will_message_obeys_the_same_topic_rules()
    {
        // The broker publishes a will on the band's behalf when it vanishes; it must not become a way around the rules.
        var (device, secret) = await node.ProvisionAsync();
        var (victim, _) = await node.ProvisionAsync("victim");
        var before = node.Stats.Snapshot().RejectedFor(RejectReason.TopicNotAllowed);
        var client = new MqttClientFactory().CreateMqttClient();
        var options = new MqttClientOptionsBuilder()
            .WithTcpServer("127.0.0.1", node.MqttPort)
            .WithCredentials(device, secret)
            .WithProtocolVersion(MqttProtocolVersion.V500)
            .WithWillTopic($"hepsense/v1/{victim}/imu")
            .WithWillPayload(Google.Protobuf.MessageExtensions.ToByteArray(Batches.Valid(seq: 1)))
            .WithWillQualityOfServiceLevel(MQTTnet.Protocol.MqttQualityOfServiceLevel.AtLeastOnce)
            .Build();
        await client.ConnectAsync(options);

        client.Dispose(); // the connection drops without a DISCONNECT, as when a band walks out of range

        // MQTTnet dispatches the will without waiting for it: wait (bounded) until it has been judged.
        await Poll.Until(() => node.Stats.Snapshot().RejectedFor(RejectReason.TopicNotAllowed) > before);
        Assert.Equal(0ul, (await node.SnapshotAsync(victim)).BatchesAccepted);
    }
}

using MQTTnet;
using MQTTnet.Formatter;

namespace HepSense.Ingest.Tests;

/// <summary>Client ids: standard clients that leave them to the server get one; nobody gets another band's session.</summary>
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
}

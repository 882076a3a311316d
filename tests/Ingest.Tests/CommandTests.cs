using Google.Protobuf;
using HepSense.Contracts.Band;
using MQTTnet;
using MQTTnet.Protocol;

namespace HepSense.Ingest.Tests;

/// <summary>Downlink: a band subscribes to its own command topic only, and BandCommands reaches it there.</summary>
[Collection(NodeCollection.Name)]
public sealed class CommandTests(NodeFixture node)
{
    [Fact]
    public async Task A_band_receives_the_commands_sent_to_it()
    {
        var (device, secret) = await node.ProvisionAsync();
        await using var band = await Band.ConnectAsync(node.MqttPort, device, secret);
        var received = new TaskCompletionSource<(string Topic, DeviceCommand Command)>(TaskCreationOptions.RunContinuationsAsynchronously);
        band.Client.ApplicationMessageReceivedAsync += e =>
        {
            received.TrySetResult((e.ApplicationMessage.Topic, DeviceCommand.Parser.ParseFrom(e.ApplicationMessage.Payload)));
            return Task.CompletedTask;
        };
        var subscribed = await band.Client.SubscribeAsync($"hepsense/v1/{device}/cmd", MqttQualityOfServiceLevel.AtLeastOnce);
        Assert.Equal(MqttClientSubscribeResultCode.GrantedQoS1, subscribed.Items.Single().ResultCode);

        var command = new DeviceCommand { IssuedMs = 42, Reminder = new HapticReminder { Message = "Time for your squats", Pulses = 3 } };
        await node.Service<BandCommands>().SendAsync(device, command);

        // A guard against hanging, not a speed assertion.
        var (topic, got) = await received.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal($"hepsense/v1/{device}/cmd", topic);
        Assert.Equal(command, got);
    }

    [Theory]
    [InlineData("hepsense/v1/{other}/cmd")]
    [InlineData("hepsense/v1/+/cmd")]
    [InlineData("hepsense/#")]
    [InlineData("hepsense/v1/{self}/imu")]
    public async Task A_band_may_not_subscribe_elsewhere(string filter)
    {
        var (device, secret) = await node.ProvisionAsync();
        var (other, _) = await node.ProvisionAsync();
        await using var band = await Band.ConnectAsync(node.MqttPort, device, secret);
        var before = node.Stats.Snapshot().RejectedFor(RejectReason.SubscriptionNotAllowed);

        var result = await band.Client.SubscribeAsync(filter.Replace("{other}", other).Replace("{self}", device), MqttQualityOfServiceLevel.AtLeastOnce);

        Assert.Equal(MqttClientSubscribeResultCode.NotAuthorized, result.Items.Single().ResultCode);
        Assert.Equal(before + 1, node.Stats.Snapshot().RejectedFor(RejectReason.SubscriptionNotAllowed));
    }
}

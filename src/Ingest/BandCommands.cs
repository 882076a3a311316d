using System.Collections;
using Google.Protobuf;
using HepSense.Contracts.Band;
using MQTTnet;
using MQTTnet.Protocol;
using MQTTnet.Server;

namespace HepSense.Ingest;

/// <summary>Downlink: the platform publishes a <see cref="DeviceCommand"/> to <c>hepsense/v1/{deviceId}/cmd</c> at QoS 1.</summary>
public sealed class BandCommands(EmbeddedBroker broker)
{
    public const string SenderId = "hepsense-platform";

    /// <summary>
    /// Injected messages pass through the same publish interceptor as bands' messages. They carry this
    /// dictionary as their session items; no client session can ever have the same instance, so the
    /// interceptor can tell ours apart from a band that merely picks our client id.
    /// </summary>
    static readonly IDictionary PlatformSession = Hashtable.Synchronized(new Hashtable());

    internal static bool IsPlatformMessage(InterceptingPublishEventArgs e) => ReferenceEquals(e.SessionItems, PlatformSession);

    /// <summary>
    /// Queues the command for the band's subscription. A band that is offline with a persistent session gets
    /// it when it reconnects; a band that never subscribed does not get it (MQTT has no mailbox without a session).
    /// </summary>
    public Task SendAsync(string deviceId, DeviceCommand command, CancellationToken cancellationToken = default)
    {
        if (!TopicRules.IsValidDeviceId(deviceId))
            throw new ArgumentException($"'{deviceId}' is not a valid device id.", nameof(deviceId));
        var message = new MqttApplicationMessageBuilder()
            .WithTopic(TopicRules.Command(deviceId))
            .WithPayload(command.ToByteArray())
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .Build();
        return broker.Server.InjectApplicationMessage(
            new InjectedMqttApplicationMessage(message) { SenderClientId = SenderId, CustomSessionItems = PlatformSession },
            cancellationToken);
    }
}

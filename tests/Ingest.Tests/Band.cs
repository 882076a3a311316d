using Google.Protobuf;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;

namespace HepSense.Ingest.Tests;

/// <summary>A band as the broker sees it: a real MQTTnet client on a real TCP connection.</summary>
public sealed class Band(IMqttClient client, string device) : IAsyncDisposable
{
    public IMqttClient Client => client;
    public string Device => device;

    public static MqttClientOptions Options(int port, string user, string password,
        MqttProtocolVersion version = MqttProtocolVersion.V500, string? clientId = null, bool cleanSession = true) =>
        new MqttClientOptionsBuilder()
            .WithTcpServer("127.0.0.1", port)
            .WithCredentials(user, password)
            .WithClientId(clientId ?? $"{user}-{Guid.NewGuid():N}"[..Math.Min(user.Length + 9, 64)])
            .WithCleanSession(cleanSession)
            .WithSessionExpiryInterval(cleanSession ? 0u : 3600u)
            .WithProtocolVersion(version)
            .WithTimeout(TimeSpan.FromSeconds(30))
            .Build();

    public static async Task<Band> ConnectAsync(int port, string device, string secret,
        MqttProtocolVersion version = MqttProtocolVersion.V500, string? clientId = null, bool cleanSession = true)
    {
        var client = new MqttClientFactory().CreateMqttClient();
        var result = await client.ConnectAsync(Options(port, device, secret, version, clientId, cleanSession));
        if (result.ResultCode != MqttClientConnectResultCode.Success)
        {
            client.Dispose();
            throw new InvalidOperationException($"Band {device} was refused: {result.ResultCode}");
        }
        return new Band(client, device);
    }

    /// <summary>Connects and disconnects at once; returns what the broker answered (MQTTnet 5 reports refusals here, it does not throw).</summary>
    public static async Task<MqttClientConnectResultCode> TryConnectAsync(MqttClientOptions options)
    {
        using var client = new MqttClientFactory().CreateMqttClient();
        var result = await client.ConnectAsync(options);
        if (client.IsConnected)
            await client.DisconnectAsync();
        return result.ResultCode;
    }

    public Task<MqttClientPublishResult> PublishAsync(IMessage message, string kind = "imu", string? asDevice = null) =>
        PublishAsync(message.ToByteArray(), kind, asDevice);

    public Task<MqttClientPublishResult> PublishAsync(byte[] payload, string kind = "imu", string? asDevice = null) =>
        client.PublishAsync(new MqttApplicationMessageBuilder()
            .WithTopic($"hepsense/v1/{asDevice ?? device}/{kind}")
            .WithPayload(payload)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .Build());

    public async ValueTask DisposeAsync()
    {
        if (client.IsConnected)
            await client.DisconnectAsync();
        client.Dispose();
    }
}

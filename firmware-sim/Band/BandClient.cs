using System.Diagnostics;
using System.Net.Sockets;
using Google.Protobuf;
using HepSense.Contracts.Band;
using MQTTnet;
using MQTTnet.Adapter;
using MQTTnet.Exceptions;
using MQTTnet.Formatter;
using MQTTnet.Protocol;

namespace HepSense.FirmwareSim.Band;

/// <summary>
/// One band's MQTT connection. Publishes at QoS 1 and returns the broker's PUBACK; several publishes
/// may be in flight at once. When the connection drops, a publish keeps its payload, reconnects with
/// back-off and sends it again, as band firmware does: delivery is at-least-once, never lost silently.
/// </summary>
public sealed class BandClient : IAsyncDisposable
{
    static readonly MqttClientFactory Factory = new();

    readonly IMqttClient mqtt;
    readonly MqttClientOptions options;
    readonly BandClientOptions settings;
    readonly SemaphoreSlim connectGate = new(1, 1);
    int connects;

    public BandClient(BrokerAddress broker, string deviceId, string secret, BandClientOptions? settings = null)
    {
        this.settings = settings ?? new BandClientOptions();
        DeviceId = deviceId;
        Broker = broker;
        mqtt = Factory.CreateMqttClient();
        // MQTT 5 so that a refused publish comes back as a PUBACK reason code instead of a silent success.
        options = new MqttClientOptionsBuilder()
            .WithTcpServer(broker.Host, broker.Port)
            .WithClientId(deviceId)
            .WithCredentials(deviceId, secret)
            .WithProtocolVersion(MqttProtocolVersion.V500)
            .WithCleanStart(true)
            .WithTimeout(this.settings.Timeout)
            .WithKeepAlivePeriod(TimeSpan.FromSeconds(30))
            .Build();
    }

    public string DeviceId { get; }
    public BrokerAddress Broker { get; }

    /// <summary>Connections made after the first one.</summary>
    public int Reconnects => Math.Max(0, connects - 1);

    public string Topic(string channel) => $"{PackedSamples.TopicRoot}{DeviceId}/{channel}";

    public Task ConnectAsync(CancellationToken ct = default) => EnsureConnectedAsync(Stopwatch.StartNew(), ct);

    public Task<PublishOutcome> PublishAsync(ImuBatch batch, CancellationToken ct = default) => PublishAsync("imu", batch.ToByteArray(), ct);
    public Task<PublishOutcome> PublishAsync(DeviceEvent e, CancellationToken ct = default) => PublishAsync("event", e.ToByteArray(), ct);
    public Task<PublishOutcome> PublishAsync(DeviceStatus s, CancellationToken ct = default) => PublishAsync("status", s.ToByteArray(), ct);

    /// <summary>Publishes raw bytes on hepsense/v1/{device}/{channel}; also how malformed payloads are sent on purpose.</summary>
    public async Task<PublishOutcome> PublishAsync(string channel, byte[] payload, CancellationToken ct = default)
    {
        var message = new MqttApplicationMessageBuilder()
            .WithTopic(Topic(channel))
            .WithPayload(payload)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .Build();
        var clock = Stopwatch.StartNew();
        var lostAt = (TimeSpan?)null;
        while (true)
        {
            await EnsureConnectedAsync(clock, ct);
            try
            {
                var result = await mqtt.PublishAsync(message, ct);
                return result.IsSuccess
                    ? new PublishOutcome(true, null, clock.Elapsed.TotalMilliseconds)
                    : new PublishOutcome(false, string.IsNullOrEmpty(result.ReasonString) ? result.ReasonCode.ToString() : $"{result.ReasonCode}: {result.ReasonString}",
                        clock.Elapsed.TotalMilliseconds);
            }
            catch (Exception e) when (IsConnectionLoss(e) && !ct.IsCancellationRequested)
            {
                lostAt ??= clock.Elapsed;
                if (clock.Elapsed - lostAt > settings.RetryFor)
                    throw new BandConnectionException($"{DeviceId}: lost the connection to {Broker} and could not deliver for {settings.RetryFor.TotalSeconds:0} s: {e.Message}", e);
                await Task.Delay(settings.RetryDelay, ct);
            }
        }
    }

    /// <summary>Drops the connection without a DISCONNECT packet, as a band walking out of radio range does.</summary>
    public async Task DropConnectionAsync()
    {
        await connectGate.WaitAsync();
        try { await mqtt.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().WithReason(MqttClientDisconnectOptionsReason.UnspecifiedError).Build()); }
        catch (Exception e) when (IsConnectionLoss(e)) { }
        finally { connectGate.Release(); }
    }

    async Task EnsureConnectedAsync(Stopwatch clock, CancellationToken ct)
    {
        if (mqtt.IsConnected) return;
        await connectGate.WaitAsync(ct);
        try
        {
            var started = clock.Elapsed;
            var delay = settings.RetryDelay;
            while (!mqtt.IsConnected)
            {
                MqttClientConnectResult result;
                try
                {
                    result = await mqtt.ConnectAsync(options, ct);
                }
                catch (MqttConnectingFailedException e) when (RefusalIn(e.Message) is { } code)
                {
                    throw Refused(code, e);
                }
                catch (Exception e) when ((IsConnectionLoss(e) || e is InvalidOperationException) && !ct.IsCancellationRequested)
                {
                    // InvalidOperationException: MQTTnet still tearing down the previous attempt ("connect/disconnect is pending").
                    if (clock.Elapsed - started > settings.RetryFor)
                        throw new BandConnectionException($"{DeviceId}: cannot reach the MQTT broker at {Broker} (tried for {settings.RetryFor.TotalSeconds:0} s): {Innermost(e).Message}", e);
                    await Task.Delay(delay, ct);
                    delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 2000));
                    continue;
                }
                if (result.ResultCode != MqttClientConnectResultCode.Success)
                {
                    if (IsRefusal(result.ResultCode)) throw Refused(result.ResultCode, null);
                    throw new BandConnectionException($"{DeviceId}: the broker at {Broker} did not accept the connection: {result.ResultCode} {result.ReasonString}");
                }
                connects++;
            }
        }
        finally { connectGate.Release(); }
    }

    BandConnectionException Refused(MqttClientConnectResultCode code, Exception? inner) =>
        new($"{DeviceId}: the broker at {Broker} refused the band ({code}); check the device id and secret.", inner);

    static MqttClientConnectResultCode? RefusalIn(string message) =>
        Enum.GetValues<MqttClientConnectResultCode>().Where(IsRefusal).Cast<MqttClientConnectResultCode?>()
            .FirstOrDefault(c => message.Contains(c.ToString()!, StringComparison.Ordinal));

    static bool IsRefusal(MqttClientConnectResultCode code) => code is MqttClientConnectResultCode.BadUserNameOrPassword
        or MqttClientConnectResultCode.NotAuthorized or MqttClientConnectResultCode.ClientIdentifierNotValid
        or MqttClientConnectResultCode.Banned or MqttClientConnectResultCode.BadAuthenticationMethod;

    static bool IsConnectionLoss(Exception e) => e is MqttCommunicationException or MqttClientNotConnectedException
        or MqttClientDisconnectedException or SocketException or IOException or ObjectDisposedException
        or MqttConnectingFailedException or OperationCanceledException;

    static Exception Innermost(Exception e) => e.InnerException is { } inner ? Innermost(inner) : e;

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (mqtt.IsConnected) await mqtt.DisconnectAsync();
        }
        catch (Exception e) when (IsConnectionLoss(e)) { }
        mqtt.Dispose();
        connectGate.Dispose();
    }
}

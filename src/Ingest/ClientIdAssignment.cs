using System.Net;
using System.Security.Cryptography.X509Certificates;
using MQTTnet.Adapter;
using MQTTnet.Diagnostics.Logger;
using MQTTnet.Formatter;
using MQTTnet.Packets;
using MQTTnet.Server;

namespace HepSense.Ingest;

/// <summary>
/// Gives an MQTT 3.1.1 client that connects with an empty client id and a clean session an id of its own, as
/// the 3.1.1 spec lets a server do (MQTT-3.1.3-6). MQTTnet does this only for MQTT 5 (through
/// <see cref="ValidatingConnectionEventArgs.AssignedClientIdentifier"/>) and refuses 3.1.1 with "identifier
/// rejected", which would turn away a plain <c>mosquitto_pub</c>. It wraps MQTTnet's TCP adapter and fills in
/// the id on the CONNECT packet before the broker reads it.
/// </summary>
public sealed class ClientIdAssignment(IMqttServerAdapter inner) : IMqttServerAdapter
{
    public Func<IMqttChannelAdapter, Task>? ClientHandler { get; set; }

    public Task StartAsync(MqttServerOptions options, IMqttNetLogger logger)
    {
        inner.ClientHandler = channel => ClientHandler is { } handle ? handle(new Channel(channel)) : Task.CompletedTask;
        return inner.StartAsync(options, logger);
    }

    public Task StopAsync() => inner.StopAsync();

    public void Dispose() => inner.Dispose();

    public static string NewClientId(string? userName) => $"{userName}-{Guid.NewGuid():N}";

    sealed class Channel(IMqttChannelAdapter inner) : IMqttChannelAdapter
    {
        bool _connectSeen;

        public async Task<MqttPacket> ReceivePacketAsync(CancellationToken cancellationToken)
        {
            var packet = await inner.ReceivePacketAsync(cancellationToken);
            if (!_connectSeen && packet is MqttConnectPacket connect)
            {
                _connectSeen = true;
                if (string.IsNullOrEmpty(connect.ClientId) && connect.CleanSession
                    && inner.PacketFormatterAdapter.ProtocolVersion != MqttProtocolVersion.V500)
                    connect.ClientId = NewClientId(connect.Username);
            }
            return packet;
        }

        public Task SendPacketAsync(MqttPacket packet, CancellationToken cancellationToken) => inner.SendPacketAsync(packet, cancellationToken);
        public Task ConnectAsync(CancellationToken cancellationToken) => inner.ConnectAsync(cancellationToken);
        public Task DisconnectAsync(CancellationToken cancellationToken) => inner.DisconnectAsync(cancellationToken);
        public void ResetStatistics() => inner.ResetStatistics();
        public long BytesReceived => inner.BytesReceived;
        public long BytesSent => inner.BytesSent;
        public X509Certificate2? ClientCertificate => inner.ClientCertificate;
        public EndPoint RemoteEndPoint => inner.RemoteEndPoint;
        public EndPoint LocalEndPoint => inner.LocalEndPoint;
        public bool IsSecureConnection => inner.IsSecureConnection;
        public MqttPacketFormatterAdapter PacketFormatterAdapter => inner.PacketFormatterAdapter;
        public void Dispose() { } // the TCP listener owns and disposes the inner adapter
    }
}

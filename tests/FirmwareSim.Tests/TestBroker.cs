using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using HepSense.Contracts.Band;
using MQTTnet.Protocol;
using MQTTnet.Server;

namespace HepSense.FirmwareSim.Tests;

/// <summary>
/// A plain MQTTnet broker on a free loopback port that authenticates one band and records what it
/// publishes, decoding on the broker's publish interceptor like the node does.
/// </summary>
public sealed class TestBroker : IAsyncDisposable
{
    readonly MqttServer server;

    public TestBroker(string device, string secret, Func<ImuBatch, bool>? accept = null)
    {
        Port = FreePort();
        server = new MqttServerFactory().CreateMqttServer(new MqttServerOptionsBuilder()
            .WithDefaultEndpoint().WithDefaultEndpointBoundIPAddress(IPAddress.Loopback).WithDefaultEndpointPort(Port).Build());
        server.ValidatingConnectionAsync += e =>
        {
            if (e.UserName != device || e.Password != secret) e.ReasonCode = MqttConnectReasonCode.BadUserNameOrPassword;
            return Task.CompletedTask;
        };
        server.InterceptingPublishAsync += e =>
        {
            var topic = e.ApplicationMessage.Topic;
            var payload = e.ApplicationMessage.Payload.ToArray();
            Topics.Enqueue(topic);
            if (topic.EndsWith("/imu"))
            {
                var batch = ImuBatch.Parser.ParseFrom(payload);
                if (accept is null || accept(batch)) Batches.Enqueue(batch);
                else
                {
                    e.ProcessPublish = false;
                    e.Response.ReasonCode = MqttPubAckReasonCode.ImplementationSpecificError;
                    e.Response.ReasonString = "test refuses";
                }
            }
            else if (topic.EndsWith("/event")) Events.Enqueue(DeviceEvent.Parser.ParseFrom(payload));
            return Task.CompletedTask;
        };
    }

    public int Port { get; }
    public string Address => $"127.0.0.1:{Port}";
    public ConcurrentQueue<string> Topics { get; } = new();
    public ConcurrentQueue<ImuBatch> Batches { get; } = new();
    public ConcurrentQueue<DeviceEvent> Events { get; } = new();

    public Task StartAsync() => server.StartAsync();
    public Task StopAsync() => server.StopAsync();

    static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await server.StopAsync();
        server.Dispose();
    }
}

using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Google.Protobuf;
using HepSense.Contracts.Band;
using MQTTnet.Protocol;
using MQTTnet.Server;

namespace HepSense.FirmwareSim.Tests;

/// <summary>
/// A plain MQTTnet broker on a free loopback port (no grains) that authenticates bands, refuses what
/// does not decode or validate as the node would, and records what each band publishes.
/// </summary>
public sealed class TestBroker : IAsyncDisposable
{
    readonly MqttServer server;

    /// <param name="secretOf">The secret each band must present; null = refuse the band.</param>
    /// <param name="accept">Extra rule for well-formed batches (to test refusals).</param>
    public TestBroker(Func<string, string?> secretOf, Func<ImuBatch, bool>? accept = null)
    {
        Port = FreePort();
        server = new MqttServerFactory().CreateMqttServer(new MqttServerOptionsBuilder()
            .WithDefaultEndpoint().WithDefaultEndpointBoundIPAddress(IPAddress.Loopback).WithDefaultEndpointPort(Port).Build());
        server.ValidatingConnectionAsync += e =>
        {
            if (secretOf(e.UserName) is not { } secret || e.Password != secret) e.ReasonCode = MqttConnectReasonCode.BadUserNameOrPassword;
            return Task.CompletedTask;
        };
        server.InterceptingPublishAsync += e =>
        {
            var topic = e.ApplicationMessage.Topic;
            var device = topic.Split('/')[2];
            var payload = e.ApplicationMessage.Payload.ToArray();
            Topics.Enqueue(topic);
            if (topic.EndsWith("/imu"))
            {
                if (Decode(payload) is { } batch && (accept is null || accept(batch))) Batches.GetOrAdd(device, _ => new()).Enqueue(batch);
                else
                {
                    Refused.Enqueue(device);
                    e.ProcessPublish = false;
                    e.Response.ReasonCode = MqttPubAckReasonCode.ImplementationSpecificError;
                    e.Response.ReasonString = "refused";
                }
            }
            else if (topic.EndsWith("/event")) Events.Enqueue(DeviceEvent.Parser.ParseFrom(payload));
            else if (topic.EndsWith("/status")) Statuses.Enqueue(DeviceStatus.Parser.ParseFrom(payload));
            return Task.CompletedTask;
        };
    }

    public TestBroker(string device, string secret, Func<ImuBatch, bool>? accept = null) : this(d => d == device ? secret : null, accept) { }

    public int Port { get; }
    public string Address => $"127.0.0.1:{Port}";
    public ConcurrentQueue<string> Topics { get; } = new();
    public ConcurrentDictionary<string, ConcurrentQueue<ImuBatch>> Batches { get; } = new();
    public ConcurrentQueue<DeviceEvent> Events { get; } = new();
    public ConcurrentQueue<DeviceStatus> Statuses { get; } = new();
    public ConcurrentQueue<string> Refused { get; } = new();

    public IReadOnlyList<ImuBatch> BatchesOf(string device) => Batches.TryGetValue(device, out var q) ? q.ToList() : [];

    public Task StartAsync() => server.StartAsync();

    /// <summary>Stops listening and drops every client, as a restarting node does.</summary>
    public Task StopAsync() => server.StopAsync();

    /// <summary>What the node's validation checks, in short: it parses, the channel count fits, the rate is possible.</summary>
    static ImuBatch? Decode(byte[] payload)
    {
        try
        {
            var b = ImuBatch.Parser.ParseFrom(payload);
            return b.Channels is 3 or 6 && PackedSamples.Count(b.Samples.Length, (int)b.Channels) > 0 && b.SampleRateHz is >= 1 and <= 1000 ? b : null;
        }
        catch (InvalidProtocolBufferException) { return null; }
    }

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

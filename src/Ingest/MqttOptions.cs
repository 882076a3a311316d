namespace HepSense.Ingest;

/// <summary>The embedded broker's endpoint, bound from <c>HepSense:Mqtt</c>.</summary>
public sealed record MqttOptions
{
    public const string Section = "HepSense:Mqtt";

    /// <summary>TCP port; 0 picks a free port at start (read it from <see cref="EmbeddedBroker.Port"/>).</summary>
    public int Port { get; init; } = 1883;

    /// <summary>Loopback by default: bands reach a node through a TCP load balancer or tunnel, never directly.</summary>
    public string Address { get; init; } = "127.0.0.1";
}

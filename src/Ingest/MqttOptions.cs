namespace HepSense.Ingest;

/// <summary>The embedded broker's endpoint, bound from <c>HepSense:Mqtt</c>.</summary>
public sealed record MqttOptions
{
    public const string Section = "HepSense:Mqtt";

    /// <summary>TCP port; 0 lets the OS pick a free one (read it from <see cref="EmbeddedBroker.Port"/>).</summary>
    public int Port { get; set; } = 1883;

    /// <summary>
    /// IPv4 address to listen on; defaults to the node's <c>HepSense:BindAddress</c>, else 127.0.0.1.
    /// Loopback by default: bands reach a node through a TCP load balancer or tunnel, never directly.
    /// </summary>
    public string? Address { get; set; }
}

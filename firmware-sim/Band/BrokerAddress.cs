namespace HepSense.FirmwareSim.Band;

/// <summary>Where the MQTT broker listens, written HOST:PORT on the command line.</summary>
public sealed record BrokerAddress(string Host, int Port)
{
    public static BrokerAddress Default { get; } = new("127.0.0.1", 1883);

    public static bool TryParse(string? text, out BrokerAddress address)
    {
        address = Default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var colon = text.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(text[(colon + 1)..], out var port) || port is < 1 or > 65535) return false;
        address = new BrokerAddress(text[..colon].Trim('[', ']'), port);
        return true;
    }

    public static BrokerAddress Parse(string text) =>
        TryParse(text, out var a) ? a : throw new FormatException($"'{text}' is not HOST:PORT.");

    public override string ToString() => $"{Host}:{Port}";
}

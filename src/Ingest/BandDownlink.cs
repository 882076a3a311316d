using HepSense.Contracts.Band;
using HepSense.Grains;

namespace HepSense.Ingest;

/// <summary>The grains' way to a band's command topic, through the embedded broker.</summary>
public sealed class BandDownlink(BandCommands commands) : IBandDownlink
{
    public Task SendAsync(string deviceId, DeviceCommand command, CancellationToken cancellationToken = default) =>
        commands.SendAsync(deviceId, command, cancellationToken);
}

using HepSense.Contracts.Band;

namespace HepSense.Grains;

/// <summary>Commands to a band (its MQTT command topic). Implemented by the ingest side of the node; grains cannot see MQTT.</summary>
public interface IBandDownlink
{
    Task SendAsync(string deviceId, DeviceCommand command, CancellationToken cancellationToken = default);
}

using System.Collections.Concurrent;
using HepSense.Contracts.Band;

namespace HepSense.Grains.Tests;

/// <summary>What the grains sent to bands, for tests (the node's real downlink is the MQTT broker).</summary>
public sealed class RecordingDownlink : IBandDownlink
{
    public ConcurrentQueue<(string Device, DeviceCommand Command)> Sent { get; } = new();

    public IReadOnlyList<DeviceCommand> To(string device) => Sent.Where(s => s.Device == device).Select(s => s.Command).ToArray();

    public Task SendAsync(string deviceId, DeviceCommand command, CancellationToken cancellationToken = default)
    {
        Sent.Enqueue((deviceId, command));
        return Task.CompletedTask;
    }
}

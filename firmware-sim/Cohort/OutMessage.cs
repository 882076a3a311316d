namespace HepSense.FirmwareSim.Cohort;

/// <summary>
/// One entry of a band's outbox: a publish (channel and payload) or, with a null channel, a dropped
/// connection. <see cref="TrueTime"/> paces it on an accelerated clock.
/// </summary>
/// <param name="ExpectRefused">A malformed payload sent on purpose: the node must refuse it.</param>
public sealed record OutMessage(string? Channel, byte[] Payload, DateTimeOffset TrueTime, ulong? Seq = null, bool ExpectRefused = false, int Samples = 0)
{
    public bool IsDrop => Channel is null;

    public static OutMessage Drop(DateTimeOffset at) => new(null, [], at);
}

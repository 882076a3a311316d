namespace HepSense.FirmwareSim.Cohort;

/// <summary>
/// A band's own clock: the true (simulated) time plus a constant skew and a drift in parts per million
/// since <see cref="Epoch"/>. Device timestamps go through it; the ground truth keeps true time.
/// </summary>
public sealed record BandClock(DateTimeOffset Epoch, double SkewSeconds = 0, double DriftPpm = 0)
{
    public long DeviceMs(DateTimeOffset trueTime) =>
        trueTime.ToUnixTimeMilliseconds() + (long)Math.Round(SkewSeconds * 1000 + DriftPpm * 1e-6 * (trueTime - Epoch).TotalMilliseconds);
}

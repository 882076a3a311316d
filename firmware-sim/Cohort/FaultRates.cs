namespace HepSense.FirmwareSim.Cohort;

/// <summary>How often each fault is injected; every rate is multiplied by the --faults factor.</summary>
public sealed record FaultRates(double Factor = 1)
{
    /// <summary>Share of bands whose clock is off by seconds to minutes.</summary>
    public double ClockSkew => Math.Min(1, 0.15 * Factor);
    /// <summary>Share of bands whose clock runs fast or slow (tens to hundreds of ppm).</summary>
    public double ClockDrift => Math.Min(1, 0.15 * Factor);
    /// <summary>Per set: one batch never arrives (the band's buffer overflowed).</summary>
    public double LostBatch => Math.Min(1, 0.02 * Factor);
    /// <summary>Per set: one batch is delivered twice (PUBACK lost, the band resends).</summary>
    public double Duplicate => Math.Min(1, 0.04 * Factor);
    /// <summary>Per set: two consecutive batches arrive swapped.</summary>
    public double OutOfOrder => Math.Min(1, 0.04 * Factor);
    /// <summary>Per set: the connection drops mid-set; the band buffers and catches up on reconnect.</summary>
    public double Disconnect => Math.Min(1, 0.03 * Factor);
    /// <summary>Per session: the band is offline for the whole session and uploads it at the next one.</summary>
    public double OfflineSession => Math.Min(1, 0.03 * Factor);
}

namespace HepSense.Grains;

/// <summary>What a sequence number means for a band's stream.</summary>
public enum SeqVerdict
{
    /// <summary>Beyond everything seen so far: the stream moves on.</summary>
    Next,
    /// <summary>Below the highest seen but not seen yet: an out-of-order batch, accepted once.</summary>
    Late,
    /// <summary>Seen before, or too old to tell (older than the window): not processed again.</summary>
    Duplicate,
    /// <summary>The band numbers its batches from the start again (a firmware reset, or a simulator run anew without
    /// provisioning): the stream's first seq, stamped clearly later than that first batch was. Starts a new window.</summary>
    Restart,
}

/// <summary>
/// Sliding-window duplicate filter over per-band sequence numbers (as in IPsec anti-replay): the highest
/// seq plus a bitmap of the <see cref="Size"/> seqs below it. Bounded (136 bytes) and persisted with the
/// band's state. <see cref="Missing"/> counts the seqs skipped and not (yet) filled by a late batch.
/// Setters are public for the storage serializers (the default one is JSON); only <see cref="Mark"/> changes them.
/// </summary>
[GenerateSerializer]
public sealed class SeqWindow
{
    /// <summary>About 17 minutes of one-second batches.</summary>
    public const int Size = 1024;

    /// <summary>How much later than the original a first seq must be stamped to count as a restart: a band that
    /// restarts takes seconds to, while a resend that a sender re-stamped may differ by milliseconds.</summary>
    public const long RestartAfterMs = 1_000;

    [Id(0)] public bool Started { get; set; }
    [Id(1)] public ulong Highest { get; set; }
    [Id(2)] public ulong Lowest { get; set; }
    [Id(3)] public ulong Missing { get; set; }
    [Id(4)] public ulong[] Seen { get; set; } = new ulong[Size / 64];
    /// <summary>The seq and device time of the batch that opened the window.</summary>
    [Id(5)] public ulong FirstSeq { get; set; }
    [Id(6)] public long FirstDeviceTimeMs { get; set; }

    /// <param name="deviceTimeMs">The batch's device time: a redelivery carries the original's, a restarted band a later one.</param>
    public SeqVerdict Classify(ulong seq, long deviceTimeMs)
    {
        if (!Started || seq > Highest) return SeqVerdict.Next;
        if (seq == FirstSeq && deviceTimeMs > FirstDeviceTimeMs + RestartAfterMs) return SeqVerdict.Restart;
        if (Highest - seq >= Size) return SeqVerdict.Duplicate;
        return IsSet(seq) ? SeqVerdict.Duplicate : SeqVerdict.Late;
    }

    /// <summary>Records a seq that <see cref="Classify"/> called Next or Late and that was processed.</summary>
    public void Mark(ulong seq, long deviceTimeMs)
    {
        if (!Started)
        {
            Started = true;
            Highest = Lowest = FirstSeq = seq;
            FirstDeviceTimeMs = deviceTimeMs;
        }
        else if (seq > Highest)
        {
            var skipped = seq - Highest - 1;
            Missing += skipped;
            if (seq - Highest >= Size) Array.Clear(Seen);
            else for (var s = Highest + 1; s < seq; s++) Clear(s);
            Highest = seq;
        }
        else if (seq < Lowest)
        {
            // Earlier than the first batch this band sent us: the seqs between were skipped too.
            Missing += Lowest - seq - 1;
            Lowest = seq;
        }
        else if (Missing > 0)
        {
            Missing--;
        }
        Set(seq);
    }

    private bool IsSet(ulong seq) => (Seen[(int)(seq % Size) / 64] & Bit(seq)) != 0;
    private void Set(ulong seq) => Seen[(int)(seq % Size) / 64] |= Bit(seq);
    private void Clear(ulong seq) => Seen[(int)(seq % Size) / 64] &= ~Bit(seq);
    private static ulong Bit(ulong seq) => 1UL << (int)(seq % 64);
}

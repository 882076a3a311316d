namespace HepSense.Grains.Tests;

public sealed class SeqWindowTests
{
    private const long T0 = 1_780_000_000_000;

    /// <summary>Offers the batch with seq <paramref name="seq"/> of a band streaming one batch a second from T0.</summary>
    private static SeqVerdict Offer(SeqWindow window, ulong seq)
    {
        var verdict = window.Classify(seq, T0 + (long)seq * 1000);
        if (verdict != SeqVerdict.Duplicate) window.Mark(seq, T0 + (long)seq * 1000);
        return verdict;
    }

    private static SeqVerdict Classify(SeqWindow window, ulong seq) => window.Classify(seq, T0 + (long)seq * 1000);

    [Fact]
    public void In_order_stream_has_no_gaps()
    {
        var window = new SeqWindow();
        for (ulong s = 1; s <= 3000; s++) Assert.Equal(SeqVerdict.Next, Offer(window, s));
        Assert.Equal(0UL, window.Missing);
        Assert.Equal(3000UL, window.Highest);
    }

    [Fact]
    public void Gaps_are_counted_and_filled_by_late_batches()
    {
        var window = new SeqWindow();
        Offer(window, 10);
        Offer(window, 14);                               // 11, 12, 13 missing
        Assert.Equal(3UL, window.Missing);
        Assert.Equal(SeqVerdict.Late, Offer(window, 12));
        Assert.Equal(SeqVerdict.Duplicate, Offer(window, 12));
        Assert.Equal(2UL, window.Missing);
        Assert.Equal(SeqVerdict.Late, Offer(window, 8)); // before the first one seen: 9 is missing too
        Assert.Equal(3UL, window.Missing);
    }

    [Fact]
    public void Seqs_older_than_the_window_count_as_duplicates_and_bits_are_reused()
    {
        var window = new SeqWindow();
        Offer(window, 0);
        Offer(window, SeqWindow.Size + 5);
        Assert.Equal(SeqVerdict.Duplicate, Classify(window, 0));
        Assert.Equal(SeqVerdict.Duplicate, Classify(window, 5));          // too old to tell
        Assert.Equal(SeqVerdict.Late, Classify(window, SeqWindow.Size));  // same bit as 0, cleared when the window moved
        Assert.Equal(SeqVerdict.Duplicate, Classify(window, SeqWindow.Size + 5));
    }

    [Fact]
    public void A_jump_beyond_the_window_clears_every_bit()
    {
        var window = new SeqWindow();
        for (ulong s = 0; s < 100; s++) Offer(window, s);
        Offer(window, 100_000);
        Assert.Equal(SeqVerdict.Late, Classify(window, 100_000 - 1000));
        Assert.Equal(100_000UL - 100, window.Missing);
    }

    [Fact]
    public void A_band_numbering_from_the_start_again_is_a_restart_and_a_redelivery_is_not()
    {
        var window = new SeqWindow();
        for (ulong s = 0; s < 5; s++) Offer(window, s);

        Assert.Equal(SeqVerdict.Duplicate, window.Classify(0, T0));              // redelivery of the first batch
        Assert.Equal(SeqVerdict.Duplicate, window.Classify(0, T0 - 60_000));     // something older still
        Assert.Equal(SeqVerdict.Duplicate, window.Classify(0, T0 + 40));         // a resend re-stamped by its sender
        Assert.Equal(SeqVerdict.Restart, window.Classify(0, T0 + 3_000));        // seq 0 again, stamped later
        Assert.Equal(SeqVerdict.Duplicate, window.Classify(2, T0 + 60_000));     // only the first seq tells a restart
    }
}

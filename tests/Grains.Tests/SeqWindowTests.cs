namespace HepSense.Grains.Tests;

public sealed class SeqWindowTests
{
    private static SeqVerdict Offer(SeqWindow window, ulong seq)
    {
        var verdict = window.Classify(seq);
        if (verdict != SeqVerdict.Duplicate) window.Mark(seq);
        return verdict;
    }

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
        Assert.Equal(SeqVerdict.Duplicate, window.Classify(0));
        Assert.Equal(SeqVerdict.Duplicate, window.Classify(5));          // too old to tell
        Assert.Equal(SeqVerdict.Late, window.Classify(SeqWindow.Size));  // same bit as 0, cleared when the window moved
        Assert.Equal(SeqVerdict.Duplicate, window.Classify(SeqWindow.Size + 5));
    }

    [Fact]
    public void A_jump_beyond_the_window_clears_every_bit()
    {
        var window = new SeqWindow();
        for (ulong s = 0; s < 100; s++) Offer(window, s);
        Offer(window, 100_000);
        Assert.Equal(SeqVerdict.Late, window.Classify(100_000 - 1000));
        Assert.Equal(100_000UL - 100, window.Missing);
    }
}

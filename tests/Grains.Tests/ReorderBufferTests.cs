namespace HepSense.Grains.Tests;

public sealed class ReorderBufferTests
{
    private const long T0 = 1_780_000_000_000;

    /// <summary>Offers the batch with seq <paramref name="seq"/> of a band sending one batch a second, then takes what is ready.</summary>
    private static List<ulong> Offer(ReorderBuffer<ulong> buffer, ulong seq, bool expectTaken = true)
    {
        Assert.Equal(expectTaken, buffer.Offer(seq, T0 + (long)seq * 1000, seq));
        return Take(buffer, giveUp: false);
    }

    private static List<ulong> Take(ReorderBuffer<ulong> buffer, bool giveUp)
    {
        var taken = new List<ulong>();
        while (buffer.TryTake(giveUp, out var seq)) taken.Add(seq);
        return taken;
    }

    [Fact]
    public void In_order_batches_pass_straight_through()
    {
        var buffer = new ReorderBuffer<ulong>();
        for (ulong seq = 5; seq < 10; seq++) Assert.Equal([seq], Offer(buffer, seq));
        Assert.Equal(0, buffer.Count);
    }

    [Fact]
    public void An_early_batch_waits_for_the_missing_one()
    {
        var buffer = new ReorderBuffer<ulong>();
        Assert.Equal([0UL], Offer(buffer, 0));
        Assert.Empty(Offer(buffer, 2));
        Assert.Empty(Offer(buffer, 3));
        Assert.Empty(Offer(buffer, 4));
        Assert.Equal(3, buffer.Count);
        Assert.Equal([1UL, 2, 3, 4], Offer(buffer, 1));
        Assert.Equal(0, buffer.Count);
    }

    [Fact]
    public void A_batch_offered_again_while_held_is_taken_once()
    {
        var buffer = new ReorderBuffer<ulong>();
        Offer(buffer, 0);
        Offer(buffer, 2);
        Offer(buffer, 2);
        Assert.Equal([1UL, 2], Offer(buffer, 1));
        Assert.Equal([3UL], Offer(buffer, 3));
    }

    [Fact]
    public void A_gap_is_given_up_after_at_most_MaxHeld_batches()
    {
        // Half-second batches, so the count bound comes before the time bound.
        var buffer = new ReorderBuffer<ulong>();
        Assert.True(buffer.Offer(0, T0, 0));
        Assert.Equal([0UL], Take(buffer, false));
        var taken = new List<ulong>();
        for (ulong seq = 2; seq < 2 + ReorderBuffer<ulong>.MaxHeld; seq++)
        {
            Assert.True(buffer.Offer(seq, T0 + (long)seq * 500, seq));
            taken.AddRange(Take(buffer, false));
            Assert.True(buffer.Count < ReorderBuffer<ulong>.MaxHeld);
        }
        Assert.Equal(Enumerable.Range(2, ReorderBuffer<ulong>.MaxHeld).Select(s => (ulong)s), taken);
        Assert.False(buffer.Offer(1, T0 + 500, 1)); // too late for the detector
    }

    [Fact]
    public void A_gap_is_given_up_once_the_held_batches_span_five_seconds()
    {
        var buffer = new ReorderBuffer<ulong>();
        Offer(buffer, 0);
        for (ulong seq = 2; seq < 7; seq++) Assert.Empty(Offer(buffer, seq)); // 2..6: 4 s apart
        Assert.Equal([2UL, 3, 4, 5, 6, 7], Offer(buffer, 7)); // 2..7: 5 s
        Offer(buffer, 1, expectTaken: false);
    }

    [Fact]
    public void Giving_up_takes_every_held_batch_in_order_across_gaps()
    {
        var buffer = new ReorderBuffer<ulong>();
        Offer(buffer, 0);
        Offer(buffer, 4);
        Offer(buffer, 2);
        Offer(buffer, 5);
        Assert.Equal([2UL, 4, 5], Take(buffer, giveUp: true));
        Assert.Equal([6UL], Offer(buffer, 6));
    }

    [Fact]
    public void A_reset_starts_a_new_stream_anywhere()
    {
        var buffer = new ReorderBuffer<ulong>();
        Offer(buffer, 10);
        Offer(buffer, 12);
        buffer.Reset();
        Assert.Equal(0, buffer.Count);
        Assert.Equal([0UL], Offer(buffer, 0));
    }
}

namespace HepSense.Grains.Tests;

public sealed class SampleClockTests
{
    [Fact]
    public void Indices_map_to_the_batch_they_came_in()
    {
        var clock = new SampleClock(25);
        clock.Append(1_000_000, 25);
        clock.Append(1_001_000, 25);
        clock.Append(1_005_000, 25);   // the band skipped ahead (a lost batch, or a pause)

        Assert.Equal(1_000_000, clock.ToDeviceMs(0));
        Assert.Equal(1_000_040, clock.ToDeviceMs(1));
        Assert.Equal(1_001_000, clock.ToDeviceMs(25));
        Assert.Equal(1_005_480, clock.ToDeviceMs(62));
        Assert.Equal(1_006_000, clock.ExpectedNextMs);
    }

    [Fact]
    public void Indices_older_than_the_kept_batches_extrapolate_from_the_oldest()
    {
        var clock = new SampleClock(10);
        for (var i = 0; i < 100; i++) clock.Append(2_000_000 + i * 1000L, 10);
        // Kept: the last 64 batches, from index 360 at 2_036_000.
        Assert.Equal(2_035_900, clock.ToDeviceMs(359));
        Assert.Equal(2_099_900, clock.ToDeviceMs(999));
    }
}

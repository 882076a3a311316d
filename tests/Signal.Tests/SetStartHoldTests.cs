namespace HepSense.Signal.Tests;

/// <summary>The set-start hold: settling before a set's first rep is dropped, a partial rep after it is not.</summary>
public class SetStartHoldTests
{
    private static RepCandidate Cycle(long start, long length, double size, double tiltDeg) =>
        new(start, start + length / 2, start + length / 2, start + length, size, 0.5, tiltDeg, 50);

    private static long[] Released(SetStartHold hold, params RepCandidate[] cycles)
    {
        foreach (var c in cycles)
            if (hold.Add(c)) break;
        return hold.Release().ToArray().Select(c => c.Start).ToArray();
    }

    [Fact]
    public void ASmallCycleAfterTheLargestIsAPartialRepWhenItLastsAsLong()
    {
        // Three held cycles (none agree): a full rep, a partial one of 0.2 its acceleration lasting as long, a rep. Settling comes
        // before a set's first rep; after it, a small cycle as long as a rep is a partial rep (a curl of 54° after one of 168°).
        var cycles = new[] { Cycle(0, 100, 10, 168), Cycle(120, 110, 2, 54), Cycle(250, 100, 6, 105) };
        Assert.Equal([0L, 250L], Released(new SetStartHold(0.7, 0.3, 1000, 0.25), cycles));
        Assert.Equal([0L, 120L, 250L], Released(new SetStartHold(0.7, 0.3, 1000, 0.25, afterLengthShare: 2.2), cycles));
    }

    [Theory]
    [InlineData(0, 30)]      // a quick twitch before the set
    [InlineData(120, 30)]    // ...or after its first rep
    [InlineData(120, 300)]   // a slow movement, three times a rep's length: getting into position
    public void SettlingIsStillDropped(long start, long length)
    {
        var small = Cycle(start, length, 2, 54);
        RepCandidate[] cycles = start == 0
            ? [small, Cycle(500, 100, 10, 168), Cycle(620, 100, 6, 105)]
            : [Cycle(0, 100, 10, 168), small, Cycle(620, 100, 6, 105)];
        var released = Released(new SetStartHold(0.7, 0.3, 1000, 0.25, afterLengthShare: 2.2), cycles);
        Assert.DoesNotContain(start, released);
        Assert.Equal(2, released.Length);
    }
}

namespace HepSense.Signal.Tests;

public class MovingHighPassTests
{
    private static double Input(int n) => 9.8 + Math.Sin(2 * Math.PI * 0.1 * n / 25) + 0.3 * Math.Sin(2 * Math.PI * 0.7 * n / 25);

    [Fact]
    public void MatchesTheFixedFilterAndRetunesWithoutAJump()
    {
        // 25 Hz, gravity plus a slow rep and a faster wobble. Retuned to its own edge every half second, the filter runs on
        // exactly as the fixed one: it continues from its last two inputs and outputs. VectorFilter.Retune (last input and
        // output held as if constant) is off by about the signal's size under the same retuning.
        var moving = new MovingHighPass(0.15, 25);
        var fixedFilter = new VectorFilter(Butterworth.HighPass(2, 0.15, 25));
        var held = new VectorFilter(Butterworth.HighPass(2, 0.15, 25));
        moving.Settle(Input(0), 0, 0);
        fixedFilter.Settle(Input(0), 0, 0);
        held.Settle(Input(0), 0, 0);
        double worstMoving = 0, worstHeld = 0;
        for (var n = 0; n < 2000; n++)
        {
            var expected = fixedFilter.Process(Input(n), 0, 0).X;
            worstMoving = Math.Max(worstMoving, Math.Abs(moving.Process(Input(n), 0, 0).X - expected));
            worstHeld = Math.Max(worstHeld, Math.Abs(held.Process(Input(n), 0, 0).X - expected));
            if (n % 12 == 11)
            {
                moving.Retune(0.15, 25);
                held.Retune(Butterworth.HighPass(2, 0.15, 25));
            }
        }
        Assert.True(worstMoving < 1e-9, $"moving high-pass off by {worstMoving}");
        Assert.True(worstHeld > 0.1, $"the held retune was expected to drift (off by {worstHeld})");
    }

    [Fact]
    public void ANewEdgeSettlesToTheNewFiltersOutput()
    {
        // Moved from 0.15 to 0.08 Hz mid-stream, it converges on a filter that always had the new edge.
        var moving = new MovingHighPass(0.15, 25);
        var target = new VectorFilter(Butterworth.HighPass(2, 0.08, 25));
        moving.Settle(Input(0), 0, 0);
        target.Settle(Input(0), 0, 0);
        var last = 0.0;
        for (var n = 0; n < 4000; n++)
        {
            if (n == 500) moving.Retune(0.08, 25);
            last = Math.Abs(moving.Process(Input(n), 0, 0).X - target.Process(Input(n), 0, 0).X);
        }
        Assert.True(last < 1e-3, $"off by {last} long after the retune");
    }
}

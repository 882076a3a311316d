namespace HepSense.Signal.Tests;

/// <summary>
/// The set's rep shape (RepTemplate): a cycle is resampled over its own span, so the same movement at another tempo is alike,
/// and the three axes are compared together, so a movement of another joint (other axes, other timing) is not.
/// </summary>
public class RepTemplateTests
{
    [Fact]
    public void TheSameMovementAtAnotherTempoIsAlikeAnotherIsNot()
    {
        var template = new RepTemplate(ringSamples: 1000, setGapSamples: 500);
        long n = 0;
        // Adds one cycle of `length` samples whose three axes follow `shape` over its span (0 to 1); returns its likeness.
        double Cycle(int length, Func<double, (double, double, double)> shape)
        {
            var start = n;
            for (var i = 0; i < length; i++, n++)
            {
                var (u, v, w) = shape(i / (double)(length - 1));
                template.Add(n, u, v, w);
            }
            return template.Likeness(start, n - 1);
        }
        static (double, double, double) Rep(double x) => (Math.Sin(2 * Math.PI * x), 0.5 * Math.Sin(4 * Math.PI * x), -0.3 * Math.Cos(2 * Math.PI * x));
        static (double, double, double) Other(double x) => (0.2 * Math.Sin(4 * Math.PI * x), -Math.Sin(2 * Math.PI * x * x), 0.8 * Math.Sin(Math.PI * x));
        for (var k = 0; k < 3; k++)
            Assert.True(double.IsNaN(Cycle(50, Rep)), "the set's shape is known from its third cycle on");
        Assert.True(Cycle(35, Rep) > 0.95, "the same movement, faster");
        Assert.True(Cycle(80, Rep) > 0.95, "the same movement, slower");
        Assert.True(Cycle(50, Other) < 0.3, "another movement");
        // After a rest longer than the set gap the next set's shape is learnt anew.
        n += 600;
        Assert.True(double.IsNaN(Cycle(50, Other)));
    }
}

namespace HepSense.Signal.Tests;

public class BuildingBlockTests
{
    [Fact]
    public void PrincipalAxisFindsTheDirectionOfMotionAndKeepsItsSign()
    {
        var axis = new PrincipalAxis(50, 3);
        var (dx, dy, dz) = (0.6, -0.48, 0.64); // unit vector
        var random = new Random(3);
        double? firstSign = null;
        for (var n = 0; n < 50 * 20; n++)
        {
            var a = Math.Sin(2 * Math.PI * 0.5 * n / 50);
            axis.Add(a * dx + 0.05 * random.NextDouble(), a * dy, a * dz - 0.05 * random.NextDouble());
            if (n % 12 != 11) continue;
            axis.Refresh();
            if (n < 50 * 5) continue;
            var dot = axis.X * dx + axis.Y * dy + axis.Z * dz;
            Assert.True(Math.Abs(dot) > 0.99, $"axis off by {Math.Acos(Math.Abs(dot)) * 180 / Math.PI:F1}°");
            firstSign ??= Math.Sign(dot);
            Assert.Equal(firstSign, Math.Sign(dot));
        }
        Assert.True(axis.Dominance > 0.9);
    }

    [Fact]
    public void PrincipalAxisHoldsWhileStill()
    {
        var axis = new PrincipalAxis(50, 3, minimumRms: 0.1);
        for (var n = 0; n < 500; n++) { axis.Add(Math.Sin(n / 8.0), 0, 0); if (n % 10 == 9) axis.Refresh(); }
        Assert.True(Math.Abs(axis.X) > 0.99);
        var random = new Random(5);
        for (var n = 0; n < 1500; n++) { axis.Add(0.01 * random.NextDouble(), 0.01 * random.NextDouble(), 0.01 * random.NextDouble()); if (n % 10 == 9) axis.Refresh(); }
        Assert.True(Math.Abs(axis.X) > 0.99);
    }

    [Theory]
    [InlineData(1.0, false)]
    [InlineData(-1.0, false)]
    [InlineData(1.0, true)]
    [InlineData(-1.0, true)]
    public void CycleCounterCountsEveryRepWhicheverWayTheBandTilts(double direction, bool withRests)
    {
        // 5 reps of 2 s tilting gravity onto ±x and back, with or without a rest between them. Band-passed,
        // each rep is a lobe one way and the way back; counting cycles in one fixed order (below, then above)
        // lost the first or the last rep for one of the two directions.
        var counter = new CycleCounter(50, new DetectorTuning());
        var counted = 0;
        var period = withRests ? 3.5 : 2;
        for (var n = 0; n < 50 * 25; n++)
        {
            var t = n / 50.0;
            var phase = (t - 3) % period;
            var ax = t is >= 3 && t < 3 + 5 * period && phase < 2 ? direction * 3 * (1 - Math.Cos(Math.PI * phase)) : 0;
            var sample = new ImuSample((float)ax, 0, 9.81f, 0, 0, 0);
            if (n == 0) counter.Settle(in sample);
            if (counter.Add(n, in sample, out _, out _)) counted++;
        }
        if (counter.Flush(50 * 25 - 1, out _, out _)) counted++;
        Assert.Equal(5, counted);
    }

    [Fact]
    public void CycleCounterTakesEachSetsOwnDirectionAfterARest()
    {
        // A set tilting onto +x, 20 s still, then a set tilting onto −x (another exercise, same axis): the second
        // set's first lobe goes the other way, so the order of out and back learnt on the first would lose a rep.
        var counter = new CycleCounter(50, new DetectorTuning());
        var counted = 0;
        for (var n = 0; n < 50 * 60; n++)
        {
            var t = n / 50.0;
            double Set(double start, double sign) => t >= start && t < start + 5 * 3.5 && (t - start) % 3.5 < 2
                ? sign * 3 * (1 - Math.Cos(Math.PI * ((t - start) % 3.5))) : 0;
            var sample = new ImuSample((float)(Set(3, 1) + Set(40, -1)), 0, 9.81f, 0, 0, 0);
            if (n == 0) counter.Settle(in sample);
            if (counter.Add(n, in sample, out _, out _)) counted++;
        }
        if (counter.Flush(50 * 60 - 1, out _, out _)) counted++;
        Assert.Equal(10, counted);
    }

    [Fact]
    public void SwingTrackerConfirmsExtremesOnlyPastTheThreshold()
    {
        var swing = new SwingTracker();
        swing.Reset(0, 0);
        double[] path = [0, 0.2, -0.1, 0.3, 1.0, 1.2, 1.1, 1.15, 0.9, 0.5, 0.1, -0.05, 0.2, 0.6];
        var events = path.Select((x, n) => swing.Add(x, n, threshold: 0.5)).ToArray();
        // The wiggles near 0 and the dip to 1.1 stay below the threshold; the rise, the peak and the trough count.
        Assert.Equal([0, 0, 0, 0, -1, 0, 0, 0, 0, 1, 0, 0, 0, -1], events);
        Assert.Equal(11, swing.MinAt);
        Assert.Equal(-0.05, swing.Min);
    }

    [Fact]
    public void SwingTrackerTimesArrivalAndDepartureOfAHold()
    {
        var swing = new SwingTracker();
        swing.Reset(0, 0);
        double[] path = [0, 0.5, 1.0, 1.02, 0.99, 1.01, 1.0, 0.98, 0.6, 0.2];
        var peak = -1;
        for (var n = 0; n < path.Length; n++)
            if (swing.Add(path[n], n, threshold: 0.3) == 1) peak = n;
        Assert.Equal(8, peak);
        Assert.Equal(2, swing.MaxArrived);
        Assert.Equal(3, swing.MaxAt);
        Assert.Equal(7, swing.MaxLeft);
    }
}

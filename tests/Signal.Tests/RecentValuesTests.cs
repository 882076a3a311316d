namespace HepSense.Signal.Tests;

public class RecentValuesTests
{
    [Fact]
    public void KeepsTheLastValuesSortedAndForgetsThemForANewSet()
    {
        var values = new RecentValues(3);
        foreach (var v in new[] { 9.0, 1, 5, 3 }) values.Add(v);

        Assert.Equal([1.0, 3, 5], values.Sorted().ToArray());   // the 9 fell out of the ring
        Assert.Equal(3, values.Median);
        values.Clear();
        values.Add(7);
        Assert.Equal([7.0], values.Sorted().ToArray());
    }

    [Fact]
    public void TheMedianOfAnEvenCountAveragesTheMiddleTwoWhereTheUpperMedianTakesOne()
    {
        var values = new RecentValues(4);
        foreach (var v in new[] { 4.0, 1, 2, 8 }) values.Add(v);

        Assert.Equal(3, values.Median);
        Assert.Equal(4, values.UpperMedian);
    }
}

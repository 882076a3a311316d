using HepSense.Grains.Clinical;
using static HepSense.Clinical.Tests.Clinic;

namespace HepSense.Clinical.Tests;

public class FrequencyTests
{
    private static DayOfWeek[] Scheduled(Frequency f, DateOnly anchor) =>
        Enumerable.Range(0, 7).Select(anchor.AddDays).Where(d => f.IsScheduledOn(d, anchor)).Select(d => d.DayOfWeek).ToArray();

    [Fact]
    public void Daily_is_every_day() => Assert.Equal(7, Scheduled(Frequency.Daily(), Monday).Length);

    [Fact]
    public void Three_a_week_spread_from_the_start_day()
    {
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday], Scheduled(new Frequency(1, 3), Monday));
        Assert.Equal([DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Saturday], Scheduled(new Frequency(1, 3), Monday.AddDays(1)));
    }

    [Fact]
    public void Five_a_week_leaves_two_days_apart()
    {
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Friday, DayOfWeek.Saturday], Scheduled(new Frequency(1, 5), Monday));
    }

    [Fact]
    public void The_pattern_repeats_every_week_and_before_the_start()
    {
        var f = new Frequency(1, 3);
        Assert.True(f.IsScheduledOn(Monday.AddDays(14), Monday));
        Assert.False(f.IsScheduledOn(Monday.AddDays(15), Monday));
        Assert.True(f.IsScheduledOn(Monday.AddDays(-7), Monday));
    }

    [Fact]
    public void Named_weekdays_win()
    {
        var f = new Frequency(1, 2, [DayOfWeek.Tuesday, DayOfWeek.Sunday]);
        Assert.Equal([DayOfWeek.Tuesday, DayOfWeek.Sunday], Scheduled(f, Monday));
        Assert.Empty(f.Errors());
    }

    [Theory]
    [InlineData(0, 7, "times per day")]
    [InlineData(7, 7, "times per day")]
    [InlineData(1, 0, "days per week")]
    [InlineData(1, 8, "days per week")]
    public void Out_of_range_is_an_error(int times, int days, string what) =>
        Assert.Contains(new Frequency(times, days).Errors(), e => e.Contains(what));

    [Fact]
    public void Weekdays_must_match_the_count_and_not_repeat()
    {
        Assert.Contains(new Frequency(1, 3, [DayOfWeek.Monday]).Errors(), e => e.Contains("1 weekdays named for 3"));
        Assert.Contains(new Frequency(1, 2, [DayOfWeek.Monday, DayOfWeek.Monday]).Errors(), e => e.Contains("repeat"));
    }
}

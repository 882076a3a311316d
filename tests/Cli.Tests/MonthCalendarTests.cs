using HepSense.Cli.Commands;

namespace HepSense.Cli.Tests;

public sealed class MonthCalendarTests
{
    [Fact]
    public void November_2026_starts_on_a_sunday_and_spans_six_weeks()
    {
        var weeks = MonthCalendar.Weeks(new DateOnly(2026, 11, 1));

        Assert.Equal(6, weeks.Count);
        Assert.Equal([null, null, null, null, null, null, new DateOnly(2026, 11, 1)], weeks[0]);
        Assert.Equal(new DateOnly(2026, 11, 30), weeks[5][0]);
        Assert.All(weeks[5].Skip(1), d => Assert.Null(d));
        Assert.Equal(30, weeks.SelectMany(w => w).Count(d => d is not null));
    }

    [Fact]
    public void February_2027_fills_exactly_four_weeks()
    {
        var weeks = MonthCalendar.Weeks(new DateOnly(2027, 2, 1));
        Assert.Equal(4, weeks.Count);
        Assert.All(weeks.SelectMany(w => w), d => Assert.NotNull(d));
    }

    [Fact]
    public void Marked_days_read_as_such_without_colour()
    {
        var lines = MonthCalendar.Lines(new DateOnly(2026, 11, 1), new HashSet<DateOnly> { new(2026, 11, 2), new(2026, 11, 3) })
            .Select(Plain.Markup).Select(l => l.TrimEnd('\n', '\r')).ToList();

        Assert.Equal(" Mo  Tu  We  Th  Fr  Sa  Su", lines[0]);
        Assert.Equal("                         1", lines[1]);
        Assert.Equal(" 2●  3●  4   5   6   7   8", lines[2]);
    }
}

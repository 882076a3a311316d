using HepSense.Grains.Clinical;
using static HepSense.Clinical.Tests.Clinic;

namespace HepSense.Clinical.Tests;

public class RemindersTests
{
    /// <summary>Squat twice a day (windows 06–14 and 14–22), bridge once.</summary>
    private static readonly ProgramHistory Twice = History(Exercise("squat", timesPerDay: 2), Exercise("bridge"));

    private static IReadOnlyList<DueReminder> Due(DateTimeOffset now, string[]? reminded = null, params DetectedSet[] sets) =>
        Reminders.Due(Twice, Berlin, SessionGrouping.Group(sets), reminded ?? [], now);

    [Fact]
    public void A_session_missing_when_its_window_closes_is_reminded_with_its_exercises()
    {
        var due = Assert.Single(Due(Local(Monday, 14, 5)));
        Assert.Equal(("2026-03-02#1", 0, Local(Monday, 14, 0)), (due.Key, due.Occurrence, due.WindowEnd));
        Assert.Equal(["squat", "bridge"], due.Exercises);
    }

    [Fact]
    public void Nothing_before_the_window_closes() => Assert.Empty(Due(Local(Monday, 13, 59)));

    [Fact]
    public void A_session_done_is_not_reminded() => Assert.Empty(Due(Local(Monday, 14, 5), null, Set("squat", Monday, 9, 0, 10)));

    [Fact]
    public void Each_session_is_reminded_once()
    {
        Assert.Empty(Due(Local(Monday, 14, 5), ["2026-03-02#1"]));
        Assert.Equal(["2026-03-02#2"], Due(Local(Monday, 22, 5), ["2026-03-02#1"]).Select(d => d.Key));
    }

    [Fact]
    public void The_second_session_is_missing_while_only_one_was_done()
    {
        Assert.Equal(["2026-03-02#2"], Due(Local(Monday, 22, 5), null, Set("squat", Monday, 9, 0, 10)).Select(d => d.Key));
        Assert.Empty(Due(Local(Monday, 22, 5), null, Set("squat", Monday, 9, 0, 10), Set("squat", Monday, 11, 0, 10)));
    }

    [Fact]
    public void A_session_done_late_is_not_reminded_any_more() =>
        Assert.Equal(["2026-03-02#2"], Due(Local(Monday, 22, 5), null, Set("squat", Monday, 15, 0, 10)).Select(d => d.Key));

    [Fact]
    public void Sets_of_other_exercises_are_not_a_session() =>
        Assert.Single(Due(Local(Monday, 14, 5), null, Set("lunge", Monday, 9, 0, 10)));

    [Fact]
    public void A_window_that_closed_while_the_node_was_down_is_still_reminded()
    {
        var afterMidnight = Local(Monday.AddDays(1), 1, 0);
        Assert.Equal(["2026-03-02#1", "2026-03-02#2"], Due(afterMidnight).Select(d => d.Key));
        Assert.Empty(Reminders.Due(Twice, Berlin, [], [], afterMidnight, lookbackDays: 0));
    }

    [Fact]
    public void The_next_check_is_the_next_window_end()
    {
        Assert.Equal(Local(Monday, 14, 0), Reminders.NextCheck(Twice, Berlin, Local(Monday, 10, 0)));
        Assert.Equal(Local(Monday, 22, 0), Reminders.NextCheck(Twice, Berlin, Local(Monday, 14, 0)));
        Assert.Equal(Local(Monday.AddDays(1), 14, 0), Reminders.NextCheck(Twice, Berlin, Local(Monday, 23, 0)));
        Assert.Null(Reminders.NextCheck(ProgramHistory.Empty, Berlin, Local(Monday, 10, 0)));
    }
}

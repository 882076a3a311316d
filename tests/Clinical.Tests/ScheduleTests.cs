using HepSense.Grains.Clinical;
using static HepSense.Clinical.Tests.Clinic;

namespace HepSense.Clinical.Tests;

public class ScheduleTests
{
    [Fact]
    public void Sessions_hold_the_exercises_that_are_due_that_often()
    {
        var slots = Schedule.SlotsOn(Program(Exercise("squat", timesPerDay: 2), Exercise("bridge")), Monday);

        Assert.Equal([(0, "squat"), (0, "bridge"), (1, "squat")], slots.Select(s => (s.Occurrence, s.Exercise.Exercise)));
        Assert.Equal(2, Schedule.SessionsOn(slots));
        Assert.Equal(new SessionWindow(new(6, 0), new(14, 0)), slots[0].Window);
        Assert.Equal(new SessionWindow(new(14, 0), new(22, 0)), slots[2].Window);
        Assert.Equal("2026-03-02#2/squat", slots[2].Key);
    }

    [Fact]
    public void Default_windows_split_the_waking_day()
    {
        Assert.Equal([new SessionWindow(new(6, 0), new(22, 0))], SessionWindow.Defaults(1));
        var three = SessionWindow.Defaults(3);
        Assert.Equal(new TimeOnly(6, 0), three[0].From);
        Assert.Equal(three[0].To, three[1].From);
        Assert.Equal(three[1].To, three[2].From);
        Assert.Equal(new TimeOnly(22, 0), three[2].To);
    }

    [Fact]
    public void Program_windows_replace_the_defaults()
    {
        var program = Program(Exercise("squat")) with { Windows = [new(new(7, 0), new(9, 0))] };
        Assert.Equal(new TimeOnly(9, 0), Assert.Single(Schedule.SlotsOn(program, Monday)).Window.To);
    }

    [Fact]
    public void Nothing_is_due_outside_the_exercise_dates_or_days()
    {
        var program = Program(Exercise("squat", start: Monday.AddDays(1), end: Monday.AddDays(2)), Exercise("bridge", daysPerWeek: 3));

        Assert.Equal(["bridge"], Schedule.SlotsOn(program, Monday).Select(s => s.Exercise.Exercise));
        Assert.Equal(["squat"], Schedule.SlotsOn(program, Monday.AddDays(1)).Select(s => s.Exercise.Exercise));
        Assert.Empty(Schedule.SlotsOn(program, Monday.AddDays(3)));
        Assert.Empty(Schedule.SlotsOn((ExerciseProgram?)null, Monday));
    }

    [Fact]
    public void A_window_ends_at_local_time()
    {
        // Berlin is UTC+1 in March before the switch, UTC+2 after it.
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 21, 0, 0, TimeSpan.Zero), Schedule.WindowEnd(Monday, new(new(6, 0), new(22, 0)), Berlin));
        Assert.Equal(new DateTimeOffset(2026, 3, 30, 20, 0, 0, TimeSpan.Zero), Schedule.WindowEnd(new(2026, 3, 30), new(new(6, 0), new(22, 0)), Berlin));
    }
}

using HepSense.Grains.Clinical;
using static HepSense.Clinical.Tests.Clinic;

namespace HepSense.Clinical.Tests;

public class SessionMatchingTests
{
    private static readonly DateTimeOffset Evening = Local(Monday, 23, 0);
    private static readonly ProgramHistory SquatAndBridge = History(Exercise("squat"), Exercise("bridge"));

    [Fact]
    public void Named_sets_fill_their_exercise_with_reps_done_against_prescribed()
    {
        var day = Match(SquatAndBridge, Monday, Evening,
            Set("squat", Monday, 8, 0, 10), Set("squat", Monday, 8, 5, 10, partial: 2),
            Set("bridge", Monday, 8, 10, 10), Set("bridge", Monday, 8, 15, 5));

        var squat = day.Slots.Single(s => s.Slot.Exercise.Exercise == "squat");
        var bridge = day.Slots.Single(s => s.Slot.Exercise.Exercise == "bridge");
        Assert.Equal(SlotStatus.Done, squat.Status);
        Assert.Equal(2, squat.PartialReps);
        Assert.Equal(SlotStatus.PartlyDone, bridge.Status);
        Assert.Equal([(1, 10, 10), (2, 5, 10)], bridge.Sets.Select(s => (s.Number, s.RepsDone, s.RepsPrescribed)));
        Assert.All(bridge.Sets, s => Assert.True(s.NamedByDevice));
        Assert.Equal((1, 1, 40, 35, 2, 35), (day.SessionsPrescribed, day.SessionsDone, day.RepsPrescribed, day.RepsDone, day.PartialReps, day.CountedReps));
    }

    [Fact]
    public void Unnamed_sets_follow_the_program_order()
    {
        var day = Match(SquatAndBridge, Monday, Evening,
            Set(null, Monday, 8, 0, 10), Set(null, Monday, 8, 5, 9), Set(null, Monday, 8, 10, 8), Set(null, Monday, 8, 15, 7));

        Assert.Equal([10, 9], day.Slots[0].Sets.Select(s => s.RepsDone));
        Assert.Equal([8, 7], day.Slots[1].Sets.Select(s => s.RepsDone));
        Assert.All(day.Slots.SelectMany(s => s.Sets), s => Assert.False(s.NamedByDevice));
    }

    [Fact]
    public void A_set_beyond_the_prescription_is_an_extra_of_the_exercise_just_done()
    {
        var day = Match(History(Exercise("squat")), Monday, Evening,
            Set(null, Monday, 8, 0, 10), Set(null, Monday, 8, 5, 10), Set(null, Monday, 8, 10, 6));

        var slot = Assert.Single(day.Slots);
        Assert.Equal([false, false, true], slot.Sets.Select(s => s.Extra));
        Assert.Equal(26, slot.RepsDone);
        Assert.Equal(20, slot.CountedReps);
        Assert.Equal(26, day.RepsDone);
    }

    [Fact]
    public void Sessions_fill_the_days_sessions_in_order_whatever_the_clock()
    {
        var twice = History(Exercise("squat", sets: 1, timesPerDay: 2));
        var day = Match(twice, Monday, Evening, Set(null, Monday, 8, 0, 10), Set(null, Monday, 11, 0, 10));

        Assert.Equal([SlotStatus.Done, SlotStatus.Done], day.Slots.Select(s => s.Status));
        Assert.Equal((2, 2), (day.SessionsPrescribed, day.SessionsDone));
    }

    [Fact]
    public void Without_sets_a_slot_is_pending_until_its_window_closes_then_missed()
    {
        var twice = History(Exercise("squat", timesPerDay: 2));
        Assert.Equal([SlotStatus.Pending, SlotStatus.Pending], Match(twice, Monday, Local(Monday, 13, 59)).Slots.Select(s => s.Status));
        Assert.Equal([SlotStatus.Missed, SlotStatus.Pending], Match(twice, Monday, Local(Monday, 14, 0)).Slots.Select(s => s.Status));
        Assert.Equal([SlotStatus.Missed, SlotStatus.Missed], Match(twice, Monday, Local(Monday, 22, 0)).Slots.Select(s => s.Status));
    }

    [Fact]
    public void Sets_of_exercises_outside_the_program_are_kept_apart()
    {
        var day = Match(SquatAndBridge, Monday, Evening, Set("lunge", Monday, 8, 0, 10), Set("squat", Monday, 18, 0, 20));

        Assert.Equal("lunge", Assert.Single(day.UnscheduledSets).Exercise);
        Assert.Equal(20, day.RepsDone);
        // The lunge-only session is not one of the program's: the squat session is the day's first.
        Assert.Equal(1, day.SessionsDone);
        Assert.Equal(SlotStatus.Done, day.Slots.Single(s => s.Slot.Exercise.Exercise == "squat").Status);
    }

    [Fact]
    public void An_exercise_due_once_a_day_may_be_done_in_the_second_session()
    {
        var program = History(Exercise("squat", sets: 1, timesPerDay: 2), Exercise("bridge", sets: 1));
        var day = Match(program, Monday, Evening, Set("squat", Monday, 8, 0, 10), Set("squat", Monday, 18, 0, 10), Set("bridge", Monday, 18, 5, 10));

        Assert.All(day.Slots, s => Assert.Equal(SlotStatus.Done, s.Status));
        Assert.Equal(0, day.Slots.Single(s => s.Slot.Exercise.Exercise == "bridge").Slot.Occurrence);
    }

    [Fact]
    public void More_sessions_than_prescribed_count_as_done_but_fill_no_slot()
    {
        var day = Match(History(Exercise("squat", sets: 1)), Monday, Evening, Set(null, Monday, 8, 0, 10), Set(null, Monday, 18, 0, 10));

        Assert.Equal((1, 2, 20, 10), (day.SessionsPrescribed, day.SessionsDone, day.RepsDone, day.CountedReps));
        Assert.Single(Assert.Single(day.Slots).Sets);
    }

    [Fact]
    public void Partial_reps_count_as_done_and_are_counted_apart()
    {
        var day = Match(History(Exercise("squat", sets: 1)), Monday, Evening, Set("squat", Monday, 8, 0, 10, partial: 4));
        Assert.Equal(SlotStatus.Done, Assert.Single(day.Slots).Status);
        Assert.Equal(4, day.PartialReps);
    }

    [Fact]
    public void A_day_without_a_program_has_no_slots_and_no_program_reps()
    {
        var fromTuesday = new ProgramHistory([Program(Exercise("squat")) with { EffectiveFrom = Monday.AddDays(1) }]);
        var day = Match(fromTuesday, Monday, Evening, Set(null, Monday, 8, 0, 10));

        Assert.Empty(day.Slots);
        Assert.Equal((0, 0, 0), (day.SessionsPrescribed, day.SessionsDone, day.RepsDone));
        Assert.Single(day.UnscheduledSets);
        Assert.True(day.HasSensorData);
    }

    [Fact]
    public void Only_the_days_sessions_count()
    {
        var day = Match(History(Exercise("squat", sets: 1)), Monday, Evening, Set(null, Monday.AddDays(-1), 8, 0, 10), Set(null, Monday.AddDays(1), 8, 0, 10));
        Assert.Equal(SlotStatus.Missed, Assert.Single(day.Slots).Status);
        Assert.False(day.HasSensorData);
    }
}

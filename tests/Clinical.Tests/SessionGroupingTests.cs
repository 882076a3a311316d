using HepSense.Grains.Clinical;
using static HepSense.Clinical.Tests.Clinic;

namespace HepSense.Clinical.Tests;

public class SessionGroupingTests
{
    [Fact]
    public void Sets_with_short_rests_are_one_session_hours_apart_two()
    {
        var sessions = SessionGrouping.Group([
            Set("squat", Monday, 8, 0, 10), Set("squat", Monday, 8, 10, 10), Set("bridge", Monday, 8, 40, 10),
            Set("squat", Monday, 18, 0, 10)]);

        Assert.Equal([3, 1], sessions.Select(s => s.Sets.Count));
        Assert.Equal(Local(Monday, 8, 0), sessions[0].Start);
        Assert.Equal(Local(Monday, 8, 42), sessions[0].End);
    }

    [Fact]
    public void The_rest_is_measured_from_the_end_of_the_previous_set()
    {
        var long_ = new DetectedSet("hold", Local(Monday, 8, 0), Local(Monday, 8, 50), 5, 0);
        Assert.Single(SessionGrouping.Group([long_, Set("squat", Monday, 9, 30, 10)]));
        Assert.Equal(2, SessionGrouping.Group([long_, Set("squat", Monday, 9, 36, 10)]).Count);
    }

    [Fact]
    public void A_band_that_ended_its_session_splits_it_however_short_the_rest()
    {
        // A shift worker: 23:17 and, after the band said "session ended", 00:08 again: two sessions, two days.
        var late = Set("a", Monday, 23, 17, 10, session: "band-1#4") with { DeviceId = "band-1" };
        var after = Set("a", Monday.AddDays(1), 0, 8, 10, session: "band-1#5") with { DeviceId = "band-1" };
        Assert.Equal(2, SessionGrouping.Group([late, after]).Count);
        Assert.Equal(2, SessionGrouping.Group([Set("a", Monday, 8, 0, 10, session: "s1"), Set("b", Monday, 8, 5, 10, session: "s2")]).Count);

        // The id only splits: a band that never says "session ended" still has its sessions cut by long rests,
        // and two bands worn together (their own ids) still make one session.
        Assert.Equal(2, SessionGrouping.Group([Set("a", Monday, 8, 0, 10, session: "s1"), Set("b", Monday, 10, 0, 10, session: "s1")]).Count);
        var wrist = Set("curl", Monday, 8, 0, 10, session: "wrist#0") with { DeviceId = "wrist" };
        var ankle = Set("squat", Monday, 8, 5, 10, session: "ankle#7") with { DeviceId = "ankle" };
        Assert.Single(SessionGrouping.Group([wrist, ankle]));
    }

    [Fact]
    public void Order_of_arrival_does_not_matter()
    {
        var sessions = SessionGrouping.Group([Set("b", Monday, 18, 0, 10), Set("a", Monday, 8, 0, 10), Set("c", Monday, 8, 5, 10)]);
        Assert.Equal(["a", "c"], sessions[0].Sets.Select(s => s.Exercise));
        Assert.Equal(["b"], sessions[1].Sets.Select(s => s.Exercise));
    }

    [Fact]
    public void A_session_belongs_to_the_local_day_it_started_on()
    {
        var lateSunday = Set("squat", Monday.AddDays(-1), 23, 50, 10);
        var pastMidnight = lateSunday with { Start = lateSunday.Start.AddMinutes(15), End = lateSunday.End.AddMinutes(15) };
        var byDay = SessionGrouping.ByLocalDate(SessionGrouping.Group([lateSunday, pastMidnight]), Berlin);

        Assert.Equal(2, Assert.Single(byDay[Monday.AddDays(-1)]).Sets.Count);
        Assert.Empty(byDay[Monday]);
    }

    [Fact]
    public void No_sets_no_sessions() => Assert.Empty(SessionGrouping.Group([]));
}

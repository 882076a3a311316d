using HepSense.Grains.Clinical;
using static HepSense.Clinical.Tests.Clinic;

namespace HepSense.Clinical.Tests;

public class AdherenceTests
{
    private static readonly ProgramHistory Squat = History(Exercise("squat", sets: 1, reps: 10));

    private static AdherenceDay Day(DateOnly date, int prescribed, int done, int repsPrescribed = 10, int counted = 10) =>
        new(date, prescribed, done, repsPrescribed, counted, 0, counted, done > 0, 0, 0);

    [Fact]
    public void Days_are_patient_local_and_self_reports_stay_apart()
    {
        var sets = new[]
        {
            Set(null, Monday, 23, 30, 10),               // 22:30 UTC Monday
            Set(null, Monday.AddDays(1), 0, 30, 8, 2),   // 23:30 UTC Monday, but Tuesday in Berlin
        };
        var self = new[] { new SelfReport(Monday.AddDays(2), 1, 10, "squat") };
        var days = Adherence.Days(Squat, Berlin, sets, self, Monday, Monday.AddDays(2), Local(Monday.AddDays(3), 12));

        Assert.Equal(
            [(1, 1, 10, 10, 0, true, 0, 0), (1, 1, 10, 8, 2, true, 0, 0), (1, 0, 10, 0, 0, false, 1, 10)],
            days.Select(d => (d.SessionsPrescribed, d.SessionsDone, d.RepsPrescribed, d.RepsDone, d.PartialReps, d.HasSensorData, d.SelfReportedSessions, d.SelfReportedReps)));
        Assert.Equal(0.75, days[1].FullRangeShare);
        Assert.Null(days[2].FullRangeShare);
    }

    [Fact]
    public void A_session_reported_one_exercise_at_a_time_is_one_self_reported_session()
    {
        var self = new[]
        {
            new SelfReport(Monday, 1, 20, "squat"), new SelfReport(Monday, 1, 30, "bridge"),  // morning session
            new SelfReport(Monday, 1, 20, "squat"), new SelfReport(Monday, 1, 30, "Bridge"),  // evening session
            new SelfReport(Monday, 1, 5),                                                     // a session without exercise
        };
        var day = Adherence.Days(Squat, Berlin, [], self, Monday, Monday, Local(Monday.AddDays(1), 12)).Single();

        Assert.Equal((3, 105), (day.SelfReportedSessions, day.SelfReportedReps));
    }

    [Fact]
    public void Summaries_cap_each_day_so_extra_work_never_covers_a_missed_day()
    {
        var days = new[] { Day(Monday, 1, 3, repsPrescribed: 10, counted: 10) with { RepsDone = 30 }, Day(Monday.AddDays(1), 1, 0, counted: 0) };
        var summary = Adherence.Summary(days, Monday, Monday.AddDays(1));

        Assert.Equal((2, 3, 1), (summary.SessionsPrescribed, summary.SessionsDone, summary.CountedSessions));
        Assert.Equal(0.5, summary.SessionShare);
        Assert.Equal(0.5, summary.RepShare);
        Assert.Equal(1, summary.DaysWithSensorData);
    }

    [Fact]
    public void Nothing_prescribed_has_no_share() => Assert.Null(Adherence.Summary([Day(Monday, 0, 0, 0, 0)], Monday, Monday).RepShare);

    [Fact]
    public void Weeks_run_monday_to_sunday()
    {
        var days = Enumerable.Range(3, 6).Select(i => Day(Monday.AddDays(i), 1, i % 2)).ToArray(); // Thursday 5 March to Tuesday 10 March
        var weeks = Adherence.Weeks(days);

        Assert.Equal([Monday, Monday.AddDays(7)], weeks.Select(w => w.From));
        Assert.Equal([Monday.AddDays(6), Monday.AddDays(13)], weeks.Select(w => w.To));
        Assert.Equal([4, 2], weeks.Select(w => w.SessionsPrescribed));
        Assert.Equal([2, 1], weeks.Select(w => w.SessionsDone));
        Assert.Equal(Monday, Adherence.WeekStart(Monday.AddDays(6)));
        Assert.Equal(Monday.AddDays(7), Adherence.WeekStart(Monday.AddDays(7)));
    }

    [Fact]
    public void Per_exercise_counts_each_outcome()
    {
        var program = History(Exercise("squat", sets: 1), Exercise("bridge", sets: 1));
        var sets = new[] { Set("squat", Monday, 8, 0, 10, 1), Set("bridge", Monday, 8, 5, 4), Set("squat", Monday.AddDays(1), 8, 0, 10) };
        var matches = Adherence.Matches(program, Berlin, sets, Monday, Monday.AddDays(1), Local(Monday.AddDays(2), 8));
        var byExercise = Adherence.ByExercise(matches);

        var bridge = byExercise.Single(e => e.Exercise == "bridge");
        var squat = byExercise.Single(e => e.Exercise == "squat");
        Assert.Equal((2, 0, 1, 1, 20, 4), (bridge.SlotsPrescribed, bridge.SlotsDone, bridge.SlotsPartlyDone, bridge.SlotsMissed, bridge.RepsPrescribed, bridge.RepsDone));
        Assert.Equal((2, 2, 20, 1), (squat.SlotsPrescribed, squat.SlotsDone, squat.RepsDone, squat.PartialReps));
        Assert.Equal(0.95, squat.FullRangeShare);
        Assert.Equal(0.2, bridge.RepShare);
    }

    [Fact]
    public void Streaks_skip_rest_days_and_today_only_counts_once_kept()
    {
        var d = Monday;
        var days = new[]
        {
            Day(d, 1, 1), Day(d.AddDays(1), 1, 1), Day(d.AddDays(2), 0, 0), Day(d.AddDays(3), 1, 1), // 3 kept, a rest day between
            Day(d.AddDays(4), 1, 0),                                                               // broken
            Day(d.AddDays(5), 2, 2), Day(d.AddDays(6), 1, 1), Day(d.AddDays(7), 1, 0),               // today not done yet
        };

        var streak = Adherence.Streaks(days, d.AddDays(7));
        Assert.Equal(new Streak(2, 3, d.AddDays(5)), streak);
        // Once that day is over undone, the streak is broken.
        Assert.Equal(new Streak(0, 3, null), Adherence.Streaks(days, d.AddDays(8)));
        Assert.Equal(new Streak(3, 3, d.AddDays(5)), Adherence.Streaks(days.SkipLast(1).Append(Day(d.AddDays(7), 1, 1)), d.AddDays(7)));
    }

    [Fact]
    public void A_backwards_range_is_refused() =>
        Assert.Throws<ArgumentException>(() => Adherence.Matches(Squat, Berlin, [], Monday, Monday.AddDays(-1), Local(Monday, 8)));
}

using HepSense.Cli.Commands;
using HepSense.Contracts.Api;

namespace HepSense.Cli.Tests;

public sealed class AdherenceChartTests
{
    private static AdherenceDay Day(string date, uint sp, uint sd, uint rp, uint rd, uint partial = 0, uint partly = 0) =>
        new() { Date = date, SessionsPrescribed = sp, SessionsDone = sd, SessionsPartlyDone = partly, RepsPrescribed = rp, RepsDone = rd, PartialReps = partial };

    [Fact]
    public void A_bar_splits_full_partial_and_missing_reps_on_the_shared_scale()
    {
        // 120 reps fill 32 cells: 80 full = 21.3 -> 21, 90 done -> 24 (3 partial cells), 120 prescribed -> 32 (8 missing).
        Assert.Equal(new AdherenceChart.BarCells(21, 3, 8), AdherenceChart.Cells(90, 10, 120, 120, 32));
    }

    [Fact]
    public void Any_partial_or_missing_rep_gets_at_least_one_cell()
    {
        var c = AdherenceChart.Cells(done: 299, partial: 1, prescribed: 300, scale: 300, width: 32);
        Assert.Equal(1, c.Partial);
        Assert.Equal(1, c.Missing);
    }

    [Fact]
    public void Done_beyond_prescribed_leaves_nothing_missing_and_a_day_without_reps_is_all_missing()
    {
        Assert.Equal(0, AdherenceChart.Cells(130, 0, 120, 130, 32).Missing);
        Assert.Equal(new AdherenceChart.BarCells(0, 0, 16), AdherenceChart.Cells(0, 0, 60, 120, 32));
    }

    [Fact]
    public void Days_with_equal_prescriptions_draw_bars_of_equal_length()
    {
        var lengths = new[] { (0u, 0u), (13u, 2u), (59u, 59u), (60u, 7u) }
            .Select(x => AdherenceChart.Cells(x.Item1, x.Item2, 60, 120, 32))
            .Select(c => c.Full + c.Partial + c.Missing)
            .Distinct();
        Assert.Single(lengths);
    }

    [Fact]
    public void Weeks_run_monday_to_sunday_and_sum_their_days()
    {
        // 2026-11-01 is a Sunday: it closes the week of Monday 2026-10-26.
        AdherenceDay[] days =
        [
            Day("2026-11-01", 2, 2, 40, 40),
            Day("2026-11-02", 2, 1, 40, 25, partial: 3),
            Day("2026-11-08", 2, 0, 40, 0),
            Day("2026-11-09", 1, 1, 20, 20),
        ];

        var weeks = AdherenceChart.Weeks(days);

        Assert.Equal([new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 9)], weeks.Select(w => w.First));
        Assert.Equal(new AdherenceChart.Week(new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 8), 4, 1, 80, 25, 3), weeks[1]);
    }

    [Fact]
    public void Sparkline_has_a_character_per_day_rising_with_the_share_done()
    {
        Assert.Equal("▁▄█ █", AdherenceChart.Sparkline([Day("2026-11-02", 1, 0, 40, 0), Day("2026-11-03", 1, 0, 40, 17), Day("2026-11-04", 1, 1, 40, 40), Day("2026-11-05", 0, 0, 0, 0), Day("2026-11-06", 1, 1, 40, 55)]));
    }

    [Fact]
    public void Session_marks_show_done_partly_and_missed_or_ahead()
    {
        // The node counts a started session as done and, while unfinished, also as partly done.
        Assert.Equal("■◩□", Plain.Markup(AdherenceChart.SessionMarks(Day("2026-11-02", 3, 2, 0, 0, partly: 1), ahead: false)).Trim());
        Assert.Equal("◩□", Plain.Markup(AdherenceChart.SessionMarks(Day("2026-11-02", 2, 1, 0, 0, partly: 1), ahead: false)).Trim());
        Assert.Equal("··", Plain.Markup(AdherenceChart.SessionMarks(Day("2026-11-30", 2, 0, 0, 0), ahead: true)).Trim());
        Assert.Equal("■■+1", Plain.Markup(AdherenceChart.SessionMarks(Day("2026-11-02", 2, 3, 0, 0), ahead: false)).Trim());
        Assert.Equal("rest", Plain.Markup(AdherenceChart.SessionMarks(Day("2026-11-02", 0, 0, 0, 0), ahead: false)).Trim());
    }

    [Fact]
    public void The_chart_draws_a_row_per_day_and_a_row_per_week()
    {
        var a = new Adherence { PatientId = "maria", SessionShare = 0.5, RepShare = 0.55, FullRangeShare = 0.9, CurrentStreakDays = 1, LongestStreakDays = 4 };
        a.Days.AddRange([Day("2026-11-01", 2, 2, 40, 40), Day("2026-11-02", 2, 2, 40, 25, partial: 3, partly: 1), Day("2026-11-03", 2, 0, 40, 0)]);

        var text = Plain.Render(AdherenceChart.Render(a, "2026-11-01", "2026-11-03", today: new DateOnly(2026, 11, 3)));

        Assert.Contains("Patient maria: adherence 2026-11-01 … 2026-11-03", text);
        Assert.Contains("Streak 1 day now, longest 4 days", text);
        var monday = text.Split('\n').Single(l => l.Contains("Mo 11-02"));
        Assert.Contains("■◩", monday);
        Assert.Contains("25/40 (3 partial)", monday);
        Assert.Contains("█", monday);
        Assert.Contains("░", monday);
        Assert.Contains("□□", text.Split('\n').Single(l => l.Contains("Tu 11-03")));
        Assert.Contains("11-01–11-01", text); // the Sunday closes its own week
        Assert.Contains("11-02–11-03", text);
    }

    [Fact]
    public void Exercises_sum_over_the_range_in_order_of_first_appearance()
    {
        var d1 = Day("2026-11-02", 1, 1, 50, 40);
        d1.Exercises.Add(new ExerciseDay { Exercise = "heel-slide", SetsPrescribed = 2, SetsDone = 2, RepsPrescribed = 20, RepsDone = 20 });
        d1.Exercises.Add(new ExerciseDay { Exercise = "knee", SetsPrescribed = 3, SetsDone = 2, RepsPrescribed = 30, RepsDone = 20, PartialReps = 4 });
        var d2 = Day("2026-11-03", 1, 0, 30, 5);
        d2.Exercises.Add(new ExerciseDay { Exercise = "knee", SetsPrescribed = 3, SetsDone = 1, RepsPrescribed = 30, RepsDone = 5, PartialReps = 1 });

        Assert.Equal(
            [new AdherenceChart.ExerciseTotal("heel-slide", 2, 2, 20, 20, 0), new AdherenceChart.ExerciseTotal("knee", 6, 3, 60, 25, 5)],
            AdherenceChart.Exercises([d1, d2]));
    }
}

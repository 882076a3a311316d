using HepSense.Grains.Clinical;
using static HepSense.Clinical.Tests.Clinic;

namespace HepSense.Clinical.Tests;

public class ProgramVersioningTests
{
    private static readonly DateTimeOffset At = Created;

    [Fact]
    public void Every_change_is_a_new_numbered_version_and_the_old_ones_stay()
    {
        var first = ProgramVersioning.AddVersion(ProgramHistory.Empty, Draft(Exercise("squat")), At, "t1");
        var second = ProgramVersioning.AddVersion(first.History, Draft(Exercise("squat", reps: 12)) with { EffectiveFrom = Monday.AddDays(7) }, At.AddDays(7), "t2");

        Assert.Equal(1, first.Version.Version);
        Assert.Equal(2, second.Version.Version);
        Assert.Equal([1, 2], second.History.Versions.Select(v => v.Version));
        Assert.Equal(10, second.History.Versions[0].Exercises[0].Reps);
        Assert.Equal(12, second.History.Current!.Exercises[0].Reps);
        Assert.Equal("t2", second.History.Current.ChangedBy);
        Assert.Single(first.History.Versions);
    }

    [Fact]
    public void More_than_five_exercises_is_accepted_with_a_warning()
    {
        var five = Enumerable.Range(1, 5).Select(i => Exercise($"e{i}")).ToArray();
        var six = Enumerable.Range(1, 6).Select(i => Exercise($"e{i}")).ToArray();

        Assert.Empty(ProgramVersioning.AddVersion(ProgramHistory.Empty, Draft(five), At, "t").Warnings);
        var change = ProgramVersioning.AddVersion(ProgramHistory.Empty, Draft(six), At, "t");
        Assert.Equal(6, change.Version.Exercises.Count);
        Assert.Contains("6 exercises", Assert.Single(change.Warnings));
    }

    [Fact]
    public void An_invalid_program_lists_every_error_and_changes_nothing()
    {
        var history = ProgramVersioning.AddVersion(ProgramHistory.Empty, Draft(Exercise("squat")), At, "t").History;
        var bad = Draft(
            Exercise("squat", sets: 0),
            Exercise("bridge", reps: 0),
            Exercise("heel-raise", start: Monday, end: Monday.AddDays(-1)),
            Exercise("BRIDGE"));

        var e = Assert.Throws<ArgumentException>(() => ProgramVersioning.AddVersion(history, bad, At, "t"));
        Assert.Contains("squat: sets must be 1 to 20, not 0", e.Message);
        Assert.Contains("bridge: reps must be 1 to 200, not 0", e.Message);
        Assert.Contains("heel-raise: ends 2026-03-01 before it starts 2026-03-02", e.Message);
        Assert.Contains("prescribed twice", e.Message);
        Assert.Single(history.Versions);
    }

    [Fact]
    public void A_program_needs_an_exercise() =>
        Assert.Equal(["a program needs at least one exercise"], ProgramVersioning.Errors(Draft()));

    [Fact]
    public void The_same_exercise_on_two_sides_is_allowed() =>
        Assert.Empty(ProgramVersioning.Errors(Draft(Exercise("knee-extension") with { Side = Side.Left }, Exercise("knee-extension") with { Side = Side.Right })));

    [Fact]
    public void Session_windows_must_cover_the_sessions_and_not_overlap()
    {
        var twice = Exercise("squat", timesPerDay: 2);
        Assert.Contains("1 session windows for 2 sessions a day",
            ProgramVersioning.Errors(Draft(twice) with { Windows = [new(new(8, 0), new(12, 0))] }));
        Assert.Contains("session window 2 overlaps window 1",
            ProgramVersioning.Errors(Draft(twice) with { Windows = [new(new(8, 0), new(12, 0)), new(new(11, 0), new(13, 0))] }));
        Assert.Contains("session window 1 ends (07:00) before it starts (08:00)",
            ProgramVersioning.Errors(Draft(Exercise("squat")) with { Windows = [new(new(8, 0), new(7, 0))] }));
    }

    [Fact]
    public void A_date_is_governed_by_the_latest_version_effective_on_it()
    {
        var v1 = ProgramVersioning.AddVersion(ProgramHistory.Empty, Draft(Exercise("squat")), At, "t").History;
        var v2 = ProgramVersioning.AddVersion(v1, Draft(Exercise("bridge")) with { EffectiveFrom = Monday.AddDays(7) }, At, "t").History;

        Assert.Null(v2.At(Monday.AddDays(-1)));
        Assert.Equal(1, v2.At(Monday.AddDays(6))!.Version);
        Assert.Equal(2, v2.At(Monday.AddDays(7))!.Version);

        // A correction back-dated to before both: the latest decision governs every day from then on.
        var v3 = ProgramVersioning.AddVersion(v2, Draft(Exercise("lunge")) with { EffectiveFrom = Monday }, At, "t").History;
        Assert.Equal(3, v3.At(Monday)!.Version);
        Assert.Equal(3, v3.At(Monday.AddDays(10))!.Version);
        Assert.Equal(3, v3.Versions.Count);
    }
}

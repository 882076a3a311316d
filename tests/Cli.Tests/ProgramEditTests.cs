using HepSense.Cli.Commands;
using HepSense.Contracts.Api;

namespace HepSense.Cli.Tests;

public sealed class ProgramEditTests
{
    private static Program Current()
    {
        var p = new Program { StartDate = "2026-11-02" };
        p.Exercises.Add(new PrescribedExercise { Exercise = "knee-extension-seated", Sets = 3, Reps = 10, Side = "left", TimesPerDay = 2, DaysPerWeek = 7 });
        p.Exercises.Add(new PrescribedExercise { Exercise = "heel-slide", Sets = 2, Reps = 15, Side = "left", TimesPerDay = 1, DaysPerWeek = 5 });
        return p;
    }

    [Fact]
    public void Changing_one_field_keeps_the_rest_and_leaves_the_current_program_untouched()
    {
        var current = Current();

        var next = new ProgramEdit("Knee-Extension-Seated", Reps: 12).ApplyTo(current);

        Assert.Equal(12u, next.Exercises[0].Reps);
        Assert.Equal((3u, "left", 2u), (next.Exercises[0].Sets, next.Exercises[0].Side, next.Exercises[0].TimesPerDay));
        Assert.Equal(current.Exercises[1], next.Exercises[1]);
        Assert.Equal(10u, current.Exercises[0].Reps);
    }

    [Fact]
    public void A_target_range_is_set_and_zero_clears_it()
    {
        var set = new ProgramEdit("knee-extension-seated", TargetRomDeg: 90).ApplyTo(Current());
        var cleared = new ProgramEdit("knee-extension-seated", TargetRomDeg: 0).ApplyTo(set);

        Assert.Equal((true, 90.0), (set.Exercises[0].HasTargetRomDeg, set.Exercises[0].TargetRomDeg));
        Assert.False(set.Exercises[1].HasTargetRomDeg);
        Assert.False(cleared.Exercises[0].HasTargetRomDeg);
    }

    [Fact]
    public void A_new_exercise_is_appended_once_a_day_every_day()
    {
        var next = new ProgramEdit("straight-leg-raise", Sets: 2, Reps: 8).ApplyTo(Current());

        var added = next.Exercises[^1];
        Assert.Equal(3, next.Exercises.Count);
        Assert.Equal(("straight-leg-raise", 2u, 8u, 1u, 7u), (added.Exercise, added.Sets, added.Reps, added.TimesPerDay, added.DaysPerWeek));
    }

    [Fact]
    public void A_new_exercise_without_sets_and_reps_is_refused()
    {
        var e = Assert.Throws<CliError>(() => new ProgramEdit("straight-leg-raise", Reps: 8).ApplyTo(Current()));
        Assert.Contains("give --sets and --reps", e.Message);
    }

    [Fact]
    public void Remove_takes_the_exercise_out_and_refuses_one_that_is_not_there()
    {
        Assert.Equal(["knee-extension-seated"], ProgramEdit.Remove(Current(), "heel-slide").Exercises.Select(e => e.Exercise));
        Assert.Throws<CliError>(() => ProgramEdit.Remove(Current(), "plank"));
    }
}

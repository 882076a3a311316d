using HepSense.Grains.Clinical;
using static HepSense.Clinical.Tests.Clinic;

namespace HepSense.Clinical.Tests;

public class LibraryTests
{
    private static readonly ExerciseDefinition KneeExtension = new(
        "knee-extension-seated", "Seated knee extension", "Sit tall, straighten the knee, lower slowly.",
        "https://videos.example.org/knee-extension.mp4", "knee", Side.Both, 4, 70);

    [Fact]
    public void A_library_exercise_is_checked()
    {
        Assert.Empty(KneeExtension.Errors());
        Assert.Contains((KneeExtension with { Id = "Knee Extension" }).Errors(), e => e.Contains("must be 1 to 64"));
        Assert.Contains((KneeExtension with { VideoUrl = "ftp://x/y" }).Errors(), e => e.Contains("not an http(s) address"));
        Assert.Contains((KneeExtension with { TypicalTempoS = 0 }).Errors(), e => e.Contains("typical tempo"));
        Assert.Contains((KneeExtension with { TypicalRangeDeg = 400 }).Errors(), e => e.Contains("typical range"));
        Assert.Contains((KneeExtension with { Name = " " }).Errors(), e => e.Contains("a name is required"));
    }

    [Fact]
    public void A_template_becomes_a_patients_program_from_a_start_day()
    {
        var template = new ProgramTemplate("tka-week-1", "clinic-1", "Knee replacement, first weeks",
        [
            new TemplateExercise("knee-extension-seated", 2, 10, 2, 30, Side.Left, Frequency.Daily(2), TargetRomDeg: 90),
            new TemplateExercise("heel-raise", 3, 12, 0, 45, Side.Both, new Frequency(1, 3), StartDay: 7, Days: 14),
        ]);

        var draft = template.Instantiate(Monday);
        var change = ProgramVersioning.AddVersion(ProgramHistory.Empty, draft, Created, "therapist-1");

        Assert.Equal((Monday, (DateOnly?)null), (draft.Exercises[0].Start, draft.Exercises[0].End));
        Assert.Equal((90, null), (draft.Exercises[0].TargetRomDeg, draft.Exercises[1].TargetRomDeg));
        Assert.Equal((Monday.AddDays(7), (DateOnly?)Monday.AddDays(20)), (draft.Exercises[1].Start, draft.Exercises[1].End));
        Assert.Equal("from template Knee replacement, first weeks", change.Version.Note);
        Assert.Equal(["knee-extension-seated"], Schedule.SlotsOn(change.History, Monday.AddDays(6)).Select(s => s.Exercise.Exercise).Distinct());
        Assert.Contains("heel-raise", Schedule.SlotsOn(change.History, Monday.AddDays(7)).Select(s => s.Exercise.Exercise));
        Assert.DoesNotContain("heel-raise", Schedule.SlotsOn(change.History, Monday.AddDays(21)).Select(s => s.Exercise.Exercise));
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(180.5)]
    [InlineData(double.NaN)]
    public void A_prescribed_range_no_joint_has_is_refused(double deg)
    {
        Assert.Contains((Exercise("mini-squat") with { TargetRomDeg = deg }).Errors(), m => m.Contains("target range must be 1 to 180"));
        Assert.Empty((Exercise("mini-squat") with { TargetRomDeg = 35 }).Errors());
        Assert.Empty(Exercise("mini-squat").Errors());
    }
}

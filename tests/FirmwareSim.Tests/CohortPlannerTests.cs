using HepSense.FirmwareSim.People;

namespace HepSense.FirmwareSim.Tests;

public class CohortPlannerTests
{
    [Fact]
    public void About_half_the_patients_have_every_exercise_prescribed_at_three_quarters_of_its_typical_range()
    {
        var cohort = CohortPlanner.Plan(50, 11, "c");

        var prescribed = cohort.Where(p => p.Program.All(rx => rx.RomDeg is not null)).ToList();
        Assert.All(cohort, p => Assert.True(prescribed.Contains(p) || p.Program.All(rx => rx.RomDeg is null), $"{p.Id}: some exercises with a range, some without"));
        Assert.InRange(prescribed.Count, 15, 35);
        Assert.All(prescribed.SelectMany(p => p.Program), rx => Assert.Equal(Math.Round(0.75 * rx.Exercise.RomDeg), rx.RomDeg));
        // A range at 0.8 of which the node flags a rep is the truth's line, 0.6 of the typical range.
        Assert.Equal(SetPlanner.PartialThreshold, 0.8 * CohortPlanner.PrescribedRangeShare, 9);
    }
}

using HepSense.Grains.Clinical;
using static HepSense.Clinical.Tests.Clinic;

namespace HepSense.Clinical.Tests;

public class ProgressionTests
{
    private static readonly PrescribedExercise Squat = Exercise("squat", sets: 2, reps: 10);
    private static readonly DateTimeOffset Now = Local(Monday.AddDays(10), 12);

    /// <summary>Days from Monday, each with one squat session at 08:00 of the given reps per set and partial reps, and a pain report after it.</summary>
    private static (DayMatch[] Days, PainReport[] Pain) Sessions(PrescribedExercise exercise, params (int Reps, int Partial, int? Pain)[] sessions)
    {
        var history = History(exercise);
        var sets = sessions.SelectMany((s, i) => new[]
        {
            Set("squat", Monday.AddDays(i), 8, 0, s.Reps, s.Partial),
            Set("squat", Monday.AddDays(i), 8, 5, s.Reps),
        }).ToArray();
        var pain = sessions.Select((s, i) => s.Pain is { } p ? new PainReport(Local(Monday.AddDays(i), 8, 20), p, PainTiming.AfterSession) : null)
            .OfType<PainReport>().ToArray();
        return (Adherence.Matches(history, Berlin, sets, Monday, Monday.AddDays(sessions.Length - 1), Now).ToArray(), pain);
    }

    [Fact]
    public void Three_complete_painless_sessions_propose_two_more_reps()
    {
        var (days, pain) = Sessions(Squat, (10, 0, 2), (10, 0, 3), (11, 0, 1), (10, 0, 0));
        var proposal = Progression.Propose(Squat, days, pain, [], Now)!;

        Assert.Equal(("squat", 2, 10, 2, 12, ProposalStatus.Pending), (proposal.Exercise, proposal.FromSets, proposal.FromReps, proposal.ToSets, proposal.ToReps, proposal.Status));
        Assert.Equal(["2026-03-03#1/squat", "2026-03-04#1/squat", "2026-03-05#1/squat"], proposal.Evidence);
        Assert.Equal("last 3 sessions complete at full range with pain 3/10 at most: propose 2 more reps (2×10 → 2×12)", proposal.Reason);
    }

    [Fact]
    public void At_the_rep_ceiling_one_more_set_then_nothing()
    {
        Assert.Equal((2, 15), Progression.NextStep(2, 14));
        Assert.Equal((3, 15), Progression.NextStep(2, 15));
        Assert.Null(Progression.NextStep(4, 15));

        var atCeiling = Exercise("squat", sets: 2, reps: 15);
        var (days, pain) = Sessions(atCeiling, (15, 0, 1), (15, 0, 1), (15, 0, 1));
        var proposal = Progression.Propose(atCeiling, days, pain, [], Now)!;
        Assert.Equal((3, 15), (proposal.ToSets, proposal.ToReps));
        Assert.Contains("one more set", proposal.Reason);
    }

    [Theory]
    [InlineData(9, 0, 1)]   // one rep short
    [InlineData(10, 1, 1)]  // one rep partial
    [InlineData(10, 0, 4)]  // pain above 3
    public void One_session_that_is_not_complete_and_painless_blocks_it(int reps, int partial, int painScore)
    {
        var (days, pain) = Sessions(Squat, (10, 0, 1), (reps, partial, painScore), (10, 0, 1));
        Assert.Null(Progression.Propose(Squat, days, pain, [], Now));
    }

    [Fact]
    public void A_session_without_a_pain_report_does_not_count_as_painless()
    {
        var (days, pain) = Sessions(Squat, (10, 0, 1), (10, 0, null), (10, 0, 1));
        Assert.Null(Progression.Propose(Squat, days, pain, [], Now));
    }

    [Fact]
    public void Two_sessions_are_not_enough()
    {
        var (days, pain) = Sessions(Squat, (10, 0, 1), (10, 0, 1));
        Assert.Null(Progression.Propose(Squat, days, pain, [], Now));
    }

    [Fact]
    public void A_pending_proposal_waits_and_a_decided_one_needs_three_newer_sessions()
    {
        var (days, pain) = Sessions(Squat, (10, 0, 1), (10, 0, 1), (10, 0, 1), (10, 0, 1), (10, 0, 1), (10, 0, 1));
        var first = Progression.Propose(Squat, days.Take(3), pain, [], Now)!;

        Assert.Null(Progression.Propose(Squat, days, pain, [first], Now));

        var declined = Progression.Decide(first, accept: false, "therapist-1", Local(Monday.AddDays(2), 12));
        Assert.Equal(ProposalStatus.Declined, declined.Status);
        Assert.Null(Progression.Propose(Squat, days.Take(5), pain, [declined], Now));
        Assert.NotNull(Progression.Propose(Squat, days, pain, [declined], Now));
    }

    [Fact]
    public void Sessions_at_an_earlier_dose_do_not_count()
    {
        var (earlier, pain) = Sessions(Exercise("squat", sets: 2, reps: 8), (10, 0, 1), (10, 0, 1), (10, 0, 1));
        Assert.Null(Progression.Propose(Squat, earlier, pain, [], Now));
    }

    [Fact]
    public void A_proposal_is_decided_once()
    {
        var proposal = new ProgressionProposal("squat", 2, 10, 2, 12, "r", [], Now);
        var accepted = Progression.Decide(proposal, accept: true, "therapist-1", Now);
        Assert.Equal((ProposalStatus.Accepted, "therapist-1"), (accepted.Status, accepted.DecidedBy));
        Assert.Contains("already accepted", Assert.Throws<ArgumentException>(() => Progression.Decide(accepted, false, "t", Now)).Message);
    }

    [Fact]
    public void An_accepted_proposal_becomes_the_next_program_version()
    {
        var history = ProgramVersioning.AddVersion(ProgramHistory.Empty, Draft(Squat with { TargetRomDeg = 35 }, Exercise("bridge")), Created, "t").History;
        var accepted = Progression.Decide(new ProgressionProposal("squat", 2, 10, 2, 12, "r", [], Now), true, "t", Now);

        var next = ProgramVersioning.AddVersion(history, Progression.Apply(history.Current!, accepted, Monday.AddDays(11)), Now, "t");

        Assert.Equal(2, next.Version.Version);
        Assert.Equal(12, next.Version.Find("squat")!.Reps);
        Assert.Equal(35, next.Version.Find("squat")!.TargetRomDeg);   // more reps, the same prescribed range
        Assert.Equal(10, next.Version.Find("bridge")!.Reps);
        Assert.Equal(10, next.History.At(Monday.AddDays(10))!.Find("squat")!.Reps);
        Assert.Contains("2×10 → 2×12", next.Version.Note);
    }

    [Fact]
    public void A_proposal_overtaken_by_a_program_change_cannot_be_applied()
    {
        var accepted = new ProgressionProposal("squat", 2, 10, 2, 12, "r", [], Now, ProposalStatus.Accepted);
        Assert.Throws<ArgumentException>(() => Progression.Apply(Program(Exercise("squat", reps: 12)), accepted, Monday));
        Assert.Throws<ArgumentException>(() => Progression.Apply(Program(Exercise("bridge")), accepted, Monday));
    }

    [Fact]
    public void The_roadmap_shows_the_steps_ahead()
    {
        Assert.Equal([(0, 2, 10), (1, 2, 12), (2, 2, 14), (3, 2, 15), (4, 3, 15), (5, 4, 15)],
            Progression.Roadmap(Squat).Select(s => (s.Step, s.Sets, s.Reps)));
        Assert.Equal([(0, 4, 15)], Progression.Roadmap(Exercise("squat", sets: 4, reps: 15)).Select(s => (s.Step, s.Sets, s.Reps)));
        Assert.Equal(3, Progression.Roadmap(Squat, steps: 2).Count);
    }
}

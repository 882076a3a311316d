using HepSense.Grains.Clinical;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using static HepSense.Clinical.Tests.Clinic;

namespace HepSense.Clinical.Tests;

/// <summary>The records that cross grain boundaries round-trip through Orleans' serializer.</summary>
public class SerializationTests
{
    private static readonly Serializer Serializer = new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>();

    private static T RoundTrip<T>(T value) => Serializer.Deserialize<T>(Serializer.SerializeToArray(value))!;

    [Fact]
    public void A_program_history_round_trips()
    {
        var exercise = Exercise("squat") with { Frequency = new Frequency(2, 3, [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday]), End = Monday.AddDays(30) };
        var history = ProgramVersioning.AddVersion(ProgramHistory.Empty, Draft(exercise) with { Windows = [new(new(7, 0), new(9, 0)), new(new(17, 0), new(20, 0))] }, Created, "t1").History;

        var copy = RoundTrip(history);
        var version = Assert.Single(copy.Versions);
        Assert.Equal(history.Versions[0] with { Exercises = [], Windows = [] }, version with { Exercises = [], Windows = [] });
        Assert.Equal(exercise with { Frequency = null! }, version.Exercises[0] with { Frequency = null! });
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday], version.Exercises[0].Frequency.Days);
        Assert.Equal(history.Versions[0].Windows, version.Windows);
    }

    [Fact]
    public void Day_results_flags_reports_and_proposals_round_trip()
    {
        var day = Match(History(Exercise("squat")), Monday, Local(Monday, 23), Set("squat", Monday, 8, 0, 10, 2), Set("lunge", Monday, 8, 5, 3));
        var dayCopy = RoundTrip(day);
        Assert.Equal((day.RepsDone, day.PartialReps, day.SessionsDone), (dayCopy.RepsDone, dayCopy.PartialReps, dayCopy.SessionsDone));
        Assert.Equal(day.Slots[0].Sets, dayCopy.Slots[0].Sets);
        Assert.Equal(day.UnscheduledSets, dayCopy.UnscheduledSets);

        var flag = new RiskFlag("maria", RiskKind.RisingPain, "pain up 2 points", 2, 2);
        Assert.Equal(flag, RoundTrip(flag));

        var month = RtmBilling.Month("maria", new MonitoringEpisode("ep", Monday), [Monday, Monday.AddDays(1)], [new(Monday, 25, true, "t1")], 2026, 3, Monday.AddDays(40));
        var monthCopy = RoundTrip(month);
        Assert.Equal(month.Codes, monthCopy.Codes);
        Assert.Equal(month.Periods[0].DataDays, monthCopy.Periods[0].DataDays);

        var proposal = new ProgressionProposal("squat", 2, 10, 2, 12, "reason", ["k1"], Created, ProposalStatus.Declined, Created, "t1");
        Assert.Equal(proposal with { Evidence = [] }, RoundTrip(proposal) with { Evidence = [] });
        Assert.Equal(RiskThresholds.Default, RoundTrip(RiskThresholds.Default));
        Assert.Equal(new PainReport(Created, 4, PainTiming.BeforeSession), RoundTrip(new PainReport(Created, 4, PainTiming.BeforeSession)));
    }
}

using HepSense.Grains;
using HepSense.Grains.Clinical;
using static HepSense.Clinical.Tests.Clinic;

namespace HepSense.Clinical.Tests;

public class RepSetsTests
{
    private static readonly DateTimeOffset T0 = Local(Monday, 8);

    /// <summary>A 3-second rep starting <paramref name="second"/> s after 08:00.</summary>
    private static RepRecord Rep(int second, int repInSet, string exercise = "squat", bool partial = false, string device = "band-1") =>
        new("maria", device, exercise, T0.AddSeconds(second), T0.AddSeconds(second + 3), 60, 90, partial, 0.9, 1, repInSet);

    [Fact]
    public void Reps_continue_their_set_and_the_first_rep_of_a_set_opens_one()
    {
        var sets = RepSets.Append([], [Rep(0, 1), Rep(4, 2, partial: true), Rep(8, 3), Rep(60, 1), Rep(64, 2)]);

        Assert.Equal([(3, 1), (2, 0)], sets.Select(s => (s.Reps, s.PartialReps)));
        Assert.Equal((T0, T0.AddSeconds(11)), (sets[0].Start, sets[0].End));
        Assert.All(sets, s => Assert.Equal(("squat", "band-1"), (s.Exercise!, s.DeviceId!)));
    }

    [Fact]
    public void Reps_arriving_batch_by_batch_build_the_same_sets()
    {
        var reps = new[] { Rep(0, 1), Rep(4, 2), Rep(8, 3), Rep(60, 1), Rep(64, 2) };
        var onceAndForAll = RepSets.Append([], reps);
        var oneByOne = reps.Aggregate((IReadOnlyList<DetectedSet>)[], (sets, rep) => RepSets.Append(sets, [rep]));
        Assert.Equal(onceAndForAll, oneByOne);
    }

    [Fact]
    public void Every_rep_given_counts_and_a_second_stream_of_the_band_makes_its_own_sets()
    {
        // Leaving out reps recorded before is the grain's job (RecentReps), for the tallies and the sets alike.
        var sets = RepSets.Append([], [Rep(0, 1), Rep(4, 2)]);
        var again = RepSets.Append(sets, [Rep(2, 1) with { SessionId = "band-1#1" }, Rep(6, 2) with { SessionId = "band-1#1" }]);
        Assert.Equal([(2, T0.AddSeconds(7)), (2, T0.AddSeconds(9))], again.Select(s => (s.Reps, s.End)));
    }

    [Fact]
    public void A_new_exercise_or_a_long_pause_opens_a_new_set()
    {
        Assert.Equal(2, RepSets.Append([], [Rep(0, 1), Rep(4, 2, exercise: "bridge")]).Count);
        Assert.Equal(2, RepSets.Append([], [Rep(0, 1), Rep(70, 2)]).Count);
    }

    [Fact]
    public void A_session_ended_by_the_band_closes_the_set_and_sets_carry_their_session()
    {
        var sets = RepSets.Append([], [Rep(0, 1) with { SessionId = "band-1#0" }, Rep(4, 2) with { SessionId = "band-1#0" },
            Rep(8, 3) with { SessionId = "band-1#1" }]);
        Assert.Equal([(2, "band-1#0"), (1, "band-1#1")], sets.Select(s => (s.Reps, s.SessionId!)));
    }

    [Fact]
    public void Each_band_keeps_its_own_sets_and_unnamed_reps_have_no_exercise()
    {
        var sets = RepSets.Append([], [Rep(0, 1, "unknown"), Rep(1, 1, device: "band-2"), Rep(4, 2, "unknown"), Rep(5, 2, device: "band-2")]);
        Assert.Equal([(null, "band-1", 2), ("squat", "band-2", 2)], sets.Select(s => (s.Exercise, s.DeviceId!, s.Reps)));
    }

    [Fact]
    public void Data_days_are_the_local_days_with_reps()
    {
        var sets = new[]
        {
            Set("squat", Monday, 8, 0, 10), Set("squat", Monday, 18, 0, 10),
            Set("squat", Monday.AddDays(1), 0, 30, 5),   // 23:30 UTC Monday
            Set("squat", Monday.AddDays(3), 9, 0, 0),    // no reps: no data
        };
        Assert.Equal([Monday, Monday.AddDays(1)], RepSets.DataDays(sets, Berlin));
    }

    [Fact]
    public void A_set_across_midnight_is_data_on_both_days()
    {
        var late = new DetectedSet("squat", Local(Monday, 23, 58), Local(Monday.AddDays(1), 0, 3), 12, 0);
        Assert.Equal([Monday, Monday.AddDays(1)], RepSets.DataDays([late], Berlin));
    }
}

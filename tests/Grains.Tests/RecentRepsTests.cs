using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace HepSense.Grains.Tests;

/// <summary>The one rule that keeps a rep from counting twice (pure logic), and that state stored before it still loads.</summary>
public sealed class RecentRepsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static RepRecord Rep(int second, string device = "band-1") =>
        new("pat", device, "squat", T0.AddSeconds(second), T0.AddSeconds(second + 2), 60, 90, false, 0.9, 1, 1);

    [Fact]
    public void A_rep_is_known_by_its_band_and_start()
    {
        var recent = new RecentReps();
        Assert.Equal([Rep(0), Rep(3)], recent.Take([Rep(0), Rep(3)]));
        // Same band and start: seen (also twice in one call). Another band, or another start of the band (an overlapping stream): new.
        Assert.Equal([Rep(0, "band-2"), Rep(1)], recent.Take([Rep(0), Rep(0, "band-2"), Rep(3), Rep(1), Rep(1)]));
    }

    [Fact]
    public void The_memory_is_bounded_per_band_but_holds_a_whole_retry()
    {
        var recent = new RecentReps();
        var many = Enumerable.Range(0, RecentReps.PerBand + 50).Select(i => Rep(3 * i)).ToArray();
        Assert.Equal(many.Length, recent.Take(many).Count);
        Assert.Empty(recent.Take(many)); // a retry larger than the bound is still recognised in full
        Assert.Equal(many.Length, recent.Starts["band-1"].Count);

        recent.Take([Rep(-10)]);
        Assert.Equal(RecentReps.PerBand, recent.Starts["band-1"].Count);
        Assert.Single(recent.Take([many[0]])); // the oldest were let go
        Assert.Empty(recent.Take([many[^1]]));
    }

    [Fact]
    public void Patient_state_stored_before_the_rule_loads_with_an_empty_memory()
    {
        using var services = new ServiceCollection().AddSerializer().BuildServiceProvider();
        var serializer = services.GetRequiredService<Serializer>();
        var tally = new DailyTally(new DateOnly(2026, 11, 23), "squat", 3, 0, 1);
        var stored = serializer.SerializeToArray(new PatientStateWithoutRecentReps { Tallies = [tally], ClinicId = "c1" });

        var loaded = Assert.IsType<PatientState>(serializer.Deserialize<PatientState>(stored));

        Assert.Equal([tally], loaded.Tallies);
        Assert.Equal("c1", loaded.ClinicId);
        Assert.Empty(loaded.RecentReps.Starts);
        Assert.Single(loaded.RecentReps.Take([Rep(0)]));
    }
}

/// <summary>The first fields of <see cref="PatientState"/> as stored before <see cref="PatientState.RecentReps"/> existed.</summary>
[GenerateSerializer]
public sealed class PatientStateWithoutRecentReps
{
    [Id(0)] public List<DailyTally> Tallies { get; set; } = [];
    [Id(1)] public string? ClinicId { get; set; }
}

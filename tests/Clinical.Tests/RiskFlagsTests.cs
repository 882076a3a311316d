using HepSense.Grains.Clinical;
using static HepSense.Clinical.Tests.Clinic;

namespace HepSense.Clinical.Tests;

public class RiskFlagsTests
{
    private static readonly DateOnly Today = Monday.AddDays(14);
    private static readonly DateTimeOffset Now = Local(Today, 12);

    /// <summary>14 days before today and today, each with one session of 10 reps prescribed and <paramref name="counted"/> done.</summary>
    private static AdherenceDay[] Days(Func<int, int> counted, Func<int, int>? partial = null) =>
        Enumerable.Range(0, 15).Select(i =>
        {
            var date = Today.AddDays(i - 14);
            var reps = counted(i);
            return new AdherenceDay(date, 1, reps > 0 ? 1 : 0, 10, reps, partial?.Invoke(i) ?? 0, reps, reps > 0, 0, 0);
        }).ToArray();

    private static RiskInput Input(AdherenceDay[]? days = null, PainReport[]? pain = null, BandStatus[]? bands = null, DateOnly? lastData = null) =>
        new("maria", Today, Now, days ?? Days(_ => 10), lastData ?? Today.AddDays(-1), pain ?? [], bands ?? [new BandStatus("band-1", Now.AddHours(-1), 80, false)]);

    private static RiskFlag[] Flags(RiskInput input) => RiskFlags.Evaluate(input).ToArray();

    [Fact]
    public void A_patient_doing_the_program_has_no_flags() => Assert.Empty(Flags(Input()));

    [Fact]
    public void Adherence_under_half_over_the_last_seven_days_is_flagged_with_its_numbers()
    {
        // Last 7 days: 3 of 7 sessions done → 30 of 70 reps.
        var flag = Assert.Single(Flags(Input(Days(i => i < 7 || (i < 14 && i % 2 == 0) ? 10 : 0))));
        Assert.Equal(RiskKind.LowAdherence, flag.Kind);
        Assert.Equal(30.0 / 70, flag.Value, 6);
        Assert.Equal("adherence 43% over the last 7 days: 30 of 70 prescribed reps, 3 of 7 sessions", flag.Reason);
    }

    [Fact]
    public void Exactly_half_is_not_flagged_and_today_does_not_count()
    {
        Assert.Empty(Flags(Input(Days(i => i >= 7 && i < 14 ? 5 : 10))));
        Assert.Empty(Flags(Input(Days(i => i == 14 ? 0 : 10))));
    }

    [Fact]
    public void Three_full_days_without_data_is_flagged()
    {
        var quiet = Days(i => i >= 11 ? 0 : 10);
        var flag = Flags(Input(quiet, lastData: Today.AddDays(-4))).Single(f => f.Kind == RiskKind.NoData);
        Assert.Equal(3, flag.Value);
        Assert.Equal($"no sensor data for 3 days (last on {Today.AddDays(-4):yyyy-MM-dd})", flag.Reason);
    }

    [Fact]
    public void Two_quiet_days_or_data_today_is_not_flagged()
    {
        Assert.DoesNotContain(Flags(Input(Days(i => i >= 12 ? 0 : 10), lastData: Today.AddDays(-3))), f => f.Kind == RiskKind.NoData);
        var dataToday = Days(i => i is >= 11 and < 14 ? 0 : 10);
        Assert.DoesNotContain(Flags(Input(dataToday, lastData: Today)), f => f.Kind == RiskKind.NoData);
    }

    [Fact]
    public void No_data_counts_only_from_the_first_prescribed_day()
    {
        var newProgram = Days(_ => 0).Select(d => d.Date < Today.AddDays(-2) ? d with { SessionsPrescribed = 0, RepsPrescribed = 0 } : d).ToArray();
        Assert.DoesNotContain(Flags(Input(newProgram, lastData: Today.AddDays(-30))), f => f.Kind == RiskKind.NoData);

        var neverAnyData = Days(_ => 0).Select(d => d.Date < Today.AddDays(-5) ? d with { SessionsPrescribed = 0, RepsPrescribed = 0 } : d).ToArray();
        var flag = Flags(new RiskInput("maria", Today, Now, neverAnyData, null, [], [])).Single(f => f.Kind == RiskKind.NoData);
        Assert.Equal(5, flag.Value);
        Assert.Contains("none received since sessions were prescribed on", flag.Reason);
    }

    [Fact]
    public void Nothing_prescribed_no_data_flag()
    {
        var restWeek = Days(_ => 0).Select(d => d with { SessionsPrescribed = 0, RepsPrescribed = 0 }).ToArray();
        Assert.Empty(Flags(Input(restWeek, lastData: Today.AddDays(-20))));
    }

    [Fact]
    public void Pain_of_seven_within_a_week_is_flagged()
    {
        var flag = Assert.Single(Flags(Input(pain: [new(Now.AddDays(-6), 7, PainTiming.AfterSession), new(Now.AddDays(-1), 5)])), f => f.Kind == RiskKind.HighPain);
        Assert.Equal(7, flag.Value);
        Assert.Contains("pain 7/10 reported", flag.Reason);
        Assert.DoesNotContain(Flags(Input(pain: [new(Now.AddDays(-8), 9)])), f => f.Kind == RiskKind.HighPain);
        Assert.DoesNotContain(Flags(Input(pain: [new(Now.AddHours(-1), 6)])), f => f.Kind == RiskKind.HighPain);
    }

    [Fact]
    public void Pain_up_two_points_within_a_week_is_flagged()
    {
        var flag = Assert.Single(Flags(Input(pain: [new(Now.AddDays(-6), 3), new(Now.AddDays(-3), 4), new(Now.AddHours(-2), 5)])));
        Assert.Equal(RiskKind.RisingPain, flag.Kind);
        Assert.Equal(2, flag.Value);
        Assert.Contains("3/10 on", flag.Reason);
        Assert.Contains("5/10 on", flag.Reason);

        Assert.Empty(Flags(Input(pain: [new(Now.AddDays(-6), 3), new(Now.AddHours(-2), 4)])));
        Assert.Empty(Flags(Input(pain: [new(Now.AddDays(-8), 3), new(Now.AddHours(-2), 5)])));
        Assert.Empty(Flags(Input(pain: [new(Now.AddDays(-6), 5), new(Now.AddHours(-2), 3)])));
    }

    [Fact]
    public void A_rising_share_of_partial_reps_is_flagged()
    {
        // Week before: 2 of 70 partial (3%); last week: 14 of 70 (20%).
        var days = Days(_ => 10, i => i < 7 ? (i < 2 ? 1 : 0) : i < 14 ? 2 : 0);
        var flag = Assert.Single(Flags(Input(days)));
        Assert.Equal(RiskKind.RisingPartialShare, flag.Kind);
        Assert.Equal("partial reps rose from 3% (2 of 70) to 20% (14 of 70) over the last 7 days", flag.Reason);

        // 10% → 20% is the threshold's 10 points: flagged; 10% → 14% is not.
        Assert.Equal(0.1, Assert.Single(Flags(Input(Days(_ => 10, i => i < 7 ? 1 : i < 14 ? 2 : 0)))).Value, 6);
        Assert.Empty(Flags(Input(Days(_ => 10, i => i < 7 ? 1 : i < 14 ? (i % 7 < 3 ? 2 : 1) : 0))));
    }

    [Fact]
    public void Too_few_reps_to_compare_partial_shares_is_no_flag()
    {
        var few = Days(i => i % 7 == 0 ? 10 : 0, i => i >= 7 ? 5 : 0);
        Assert.DoesNotContain(Flags(Input(few)), f => f.Kind == RiskKind.RisingPartialShare);
    }

    [Fact]
    public void An_offline_band_and_a_low_battery_are_flagged_per_band()
    {
        var flags = Flags(Input(bands:
        [
            new BandStatus("band-1", Now.AddHours(-25), 80, false),
            new BandStatus("band-2", Now.AddHours(-1), 12, false),
            new BandStatus("band-3", Now.AddHours(-1), 12, true),
            new BandStatus("band-4", null, null, false),
        ]));

        Assert.Equal([(RiskKind.BandOffline, "band-4"), (RiskKind.BandOffline, "band-1"), (RiskKind.BatteryLow, "band-2")], flags.Select(f => (f.Kind, f.DeviceId!)));
        Assert.Equal("band band-1 offline for 25 h (last seen 2026-03-15 10:00 UTC)", flags[1].Reason);
        Assert.Equal("band band-2 battery at 12%, not charging", flags[2].Reason);
    }

    [Fact]
    public void A_clinics_flags_are_ordered_most_urgent_first()
    {
        var maria = Flags(Input(pain: [new(Now.AddDays(-1), 7)], bands: [new BandStatus("b", Now.AddDays(-2), 10, false)]));
        var ahmed = RiskFlags.Evaluate(Input(pain: [new(Now.AddDays(-1), 9)]) with { PatientId = "ahmed" });
        var lena = RiskFlags.Evaluate(Input(Days(i => i >= 7 && i < 14 ? 1 : 10)) with { PatientId = "lena" });
        var omar = RiskFlags.Evaluate(Input(Days(i => i >= 7 && i < 14 ? 4 : 10)) with { PatientId = "omar" });

        var clinic = RiskFlags.Order([.. omar, .. maria, .. lena, .. ahmed]);

        Assert.Equal(
            [("ahmed", RiskKind.HighPain), ("maria", RiskKind.HighPain), ("lena", RiskKind.LowAdherence), ("omar", RiskKind.LowAdherence),
             ("maria", RiskKind.BandOffline), ("maria", RiskKind.BatteryLow)],
            clinic.Select(f => (f.PatientId, f.Kind)));
    }

    [Fact]
    public void Thresholds_can_be_tightened()
    {
        var strict = RiskThresholds.Default with { MinAdherence = 0.9 };
        Assert.Single(RiskFlags.Evaluate(Input(Days(i => i >= 7 && i < 14 ? 8 : 10)), strict));
    }
}

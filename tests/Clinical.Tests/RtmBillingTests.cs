using HepSense.Grains.Clinical;

namespace HepSense.Clinical.Tests;

public class RtmBillingTests
{
    private static readonly DateOnly March1 = new(2026, 3, 1);
    private static readonly MonitoringEpisode Episode = new("ep-1", March1);

    private static DateOnly[] DaysFrom(DateOnly start, int count, int every = 1) => Enumerable.Range(0, count).Select(i => start.AddDays(i * every)).ToArray();

    private static TherapistTime Minutes(int day, int minutes, bool interactive = true) => new(March1.AddDays(day - 1), minutes, interactive, "therapist-1");

    [Theory]
    [InlineData(0, null)]
    [InlineData(1, null)]
    [InlineData(2, "98985")]
    [InlineData(15, "98985")]
    [InlineData(16, "98977")]
    [InlineData(30, "98977")]
    public void Supply_code_by_data_days(int days, string? code) => Assert.Equal(code, RtmBilling.SupplyCode(days));

    [Fact]
    public void Periods_are_thirty_days_from_the_episode_start()
    {
        var periods = RtmBilling.Periods(Episode, DaysFrom(March1, 40), new DateOnly(2026, 4, 15));

        Assert.Equal([(1, March1, new DateOnly(2026, 3, 30), true, 30, "98977"), (2, new DateOnly(2026, 3, 31), new DateOnly(2026, 4, 29), false, 10, "98985")],
            periods.Select(p => (p.Number, p.Start, p.End, p.Complete, p.DataDays.Count, p.Code)));
    }

    [Fact]
    public void Data_days_are_counted_once_and_only_inside_the_episode()
    {
        var days = DaysFrom(March1.AddDays(-5), 10).Concat(DaysFrom(March1, 3)).ToArray();
        var period = RtmBilling.Periods(Episode, days, new DateOnly(2026, 4, 1))[0];
        Assert.Equal(DaysFrom(March1, 5), period.DataDays);
    }

    [Fact]
    public void The_first_month_bills_setup_and_supply_with_the_days_as_evidence()
    {
        var days = DaysFrom(March1, 16, every: 2)[..15].Concat([new DateOnly(2026, 3, 30)]).ToArray(); // 16 days within the first period
        var march = RtmBilling.Month("maria", Episode, days, [], 2026, 3, new DateOnly(2026, 4, 2));

        Assert.Equal(["98975", "98977"], march.Codes);
        Assert.Equal(16, march.DataDays.Count);
        var supply = march.Lines.Single(l => l.Code == "98977");
        Assert.Equal(days.Order(), supply.Days);
        Assert.Equal("16 data days in period 1 (2026-03-01 to 2026-03-30)", supply.Evidence);
    }

    [Fact]
    public void Fifteen_days_bill_the_new_2026_code_never_both()
    {
        var march = RtmBilling.Month("maria", Episode, DaysFrom(March1, 15, every: 2), [], 2026, 3, new DateOnly(2026, 4, 2));
        Assert.Equal(["98975", "98985"], march.Codes);
    }

    [Fact]
    public void Setup_is_billed_once_per_episode_with_the_first_period_that_earns_supply()
    {
        var days = new[] { March1 }.Concat(DaysFrom(new DateOnly(2026, 4, 1), 5)).ToArray(); // period 1: one day only
        var asOf = new DateOnly(2026, 5, 10);

        Assert.Empty(RtmBilling.Month("maria", Episode, days, [], 2026, 3, asOf).Codes);
        Assert.Equal(["98975", "98985"], RtmBilling.Month("maria", Episode, days, [], 2026, 4, asOf).Codes);
        Assert.DoesNotContain("98975", RtmBilling.Month("maria", Episode, days.Concat(DaysFrom(new DateOnly(2026, 5, 1), 3)), [], 2026, 5, asOf).Codes);
    }

    [Fact]
    public void A_period_is_billed_in_the_month_it_ends()
    {
        var midMarch = new MonitoringEpisode("ep-2", new DateOnly(2026, 3, 15));
        var days = DaysFrom(new DateOnly(2026, 3, 15), 20);
        var asOf = new DateOnly(2026, 4, 20);

        var march = RtmBilling.Month("maria", midMarch, days, [], 2026, 3, asOf);
        var april = RtmBilling.Month("maria", midMarch, days, [], 2026, 4, asOf);
        Assert.Empty(march.Codes);
        Assert.Equal(17, march.DataDays.Count);
        Assert.Equal(["98975", "98977"], april.Codes);
        Assert.Equal(3, april.DataDays.Count);
        Assert.Equal(new DateOnly(2026, 4, 13), Assert.Single(april.Periods).End);
    }

    [Fact]
    public void The_episode_end_shortens_the_last_period()
    {
        var ended = Episode with { End = new DateOnly(2026, 4, 10) };
        var periods = RtmBilling.Periods(ended, DaysFrom(March1, 60), new DateOnly(2026, 6, 1));
        Assert.Equal(2, periods.Count);
        Assert.Equal((new DateOnly(2026, 4, 10), 11, "98985", true), (periods[1].End, periods[1].DataDays.Count, periods[1].Code, periods[1].Complete));
    }

    [Fact]
    public void A_running_period_says_so()
    {
        var april = RtmBilling.Month("maria", Episode, DaysFrom(March1, 45), [], 2026, 4, new DateOnly(2026, 4, 14));
        var line = Assert.Single(april.Lines);
        Assert.Equal("98985", line.Code);
        Assert.EndsWith("period still running", line.Evidence);
    }

    [Theory]
    [InlineData(9, new string[0])]
    [InlineData(10, new[] { "98979" })]
    [InlineData(19, new[] { "98979" })]
    [InlineData(20, new[] { "98980" })]
    [InlineData(39, new[] { "98980" })]
    [InlineData(40, new[] { "98980", "98981" })]
    [InlineData(65, new[] { "98980", "98981", "98981" })]
    public void Management_by_the_months_minutes(int minutes, string[] codes)
    {
        var time = new[] { Minutes(3, minutes / 2), Minutes(20, minutes - minutes / 2, interactive: false) }.Where(t => t.Minutes > 0).ToArray();
        var march = RtmBilling.Month("maria", Episode, [], time, 2026, 3, new DateOnly(2026, 4, 1));
        Assert.Equal(codes, march.Codes);
        Assert.Equal(minutes, march.TherapistMinutes);
    }

    [Fact]
    public void No_management_code_without_an_interactive_communication_that_month()
    {
        var march = RtmBilling.Month("maria", Episode, [], [Minutes(3, 30, false), Minutes(10, 30, false), Minutes(33, 5)], 2026, 3, new DateOnly(2026, 4, 10));
        Assert.Empty(march.Codes);
        Assert.False(march.InteractiveCommunication);
        Assert.Equal(60, march.TherapistMinutes);
    }

    [Fact]
    public void Management_evidence_names_the_interactive_days()
    {
        var line = Assert.Single(RtmBilling.Month("maria", Episode, [], [Minutes(3, 15, false), Minutes(7, 10)], 2026, 3, new DateOnly(2026, 4, 1)).Lines);
        Assert.Equal("98980", line.Code);
        Assert.Equal("25 min of treatment management, interactive communication on 2026-03-07", line.Evidence);
        Assert.Equal([new DateOnly(2026, 3, 3), new DateOnly(2026, 3, 7)], line.Days);
    }

    [Fact]
    public void A_bad_month_is_refused() =>
        Assert.Throws<ArgumentException>(() => RtmBilling.Month("maria", Episode, [], [], 2026, 13, March1));
}

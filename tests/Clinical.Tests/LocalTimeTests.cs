using HepSense.Grains.Clinical;
using static HepSense.Clinical.Tests.Clinic;

namespace HepSense.Clinical.Tests;

public class LocalTimeTests
{
    [Fact]
    public void An_unknown_time_zone_is_named_in_the_error()
    {
        Assert.Contains("Mars/Olympus", Assert.Throws<ArgumentException>(() => LocalTime.Zone("Mars/Olympus")).Message);
        Assert.Throws<ArgumentException>(() => LocalTime.Zone(" "));
    }

    [Fact]
    public void The_day_is_the_patients_day()
    {
        var lateUtc = new DateTimeOffset(2026, 3, 1, 23, 30, 0, TimeSpan.Zero);
        Assert.Equal(new DateOnly(2026, 3, 2), LocalTime.DateOf(lateUtc, Berlin));
        Assert.Equal(new DateOnly(2026, 3, 1), LocalTime.DateOf(lateUtc, LocalTime.Zone("America/New_York")));
    }

    [Fact]
    public void A_time_in_the_spring_gap_moves_to_the_first_valid_minute()
    {
        // 2026-03-29 02:00 → 03:00 in Berlin: 02:30 does not exist.
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero), LocalTime.At(new(2026, 3, 29), new(2, 30), Berlin));
    }

    [Fact]
    public void A_time_in_the_autumn_overlap_is_the_earlier_instant()
    {
        // 2026-10-25 03:00 → 02:00 in Berlin: 02:30 happens twice, first at 00:30 UTC.
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), LocalTime.At(new(2026, 10, 25), new(2, 30), Berlin));
    }

    [Fact]
    public void A_day_starts_at_local_midnight() =>
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 23, 0, 0, TimeSpan.Zero), LocalTime.StartOf(Monday, Berlin));
}

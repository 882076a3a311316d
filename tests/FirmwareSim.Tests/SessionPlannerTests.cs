using HepSense.FirmwareSim.People;
using HepSense.FirmwareSim.Physics;

namespace HepSense.FirmwareSim.Tests;

public class SessionPlannerTests
{
    /// <summary>Two months from 1 March: both time zones change to summer time in them (a gap at 02:00–03:00).</summary>
    [Theory]
    [InlineData("Europe/Berlin")]
    [InlineData("America/Chicago")]
    public void A_shift_workers_sessions_start_on_their_planned_local_day(string timeZone)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        var program = new[] { new Prescription(ExerciseCatalog.Find("heel-raise")!, 2, 10, 0, 30) };
        var patient = new PatientProfile("sam", "Sam", "sam-band", PersonaCatalog.Find("shift-worker")!, timeZone, program, 2, 7, 1);
        var firstDay = new DateOnly(2026, 3, 1);

        var sessions = SessionPlanner.Plan(patient, firstDay, 61, new Random(5)).ToList();

        var local = sessions.Select(s => (s.Day, Start: TimeZoneInfo.ConvertTime(s.Start, zone))).ToList();
        Assert.Contains(local, s => s.Start.Hour == 0); // the sessions planned around midnight are there
        Assert.All(local, s => Assert.Equal(firstDay.AddDays(s.Day), DateOnly.FromDateTime(s.Start.DateTime)));
    }

    [Fact]
    public void A_session_planned_in_the_hour_summer_time_skips_starts_when_the_clock_has_moved_on()
    {
        // 29 March 2026 in Berlin has no 02:00–02:59; a shift worker's 03:00 session jittered earlier would fall in it.
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var program = new[] { new Prescription(ExerciseCatalog.Find("heel-raise")!, 1, 5, 0, 30) };
        var changeDay = new DateOnly(2026, 3, 29);
        var sessions = Enumerable.Range(1, 200)
            .Select(seed => new PatientProfile($"p{seed}", "Sam", "band", PersonaCatalog.Find("shift-worker")!, "Europe/Berlin", program, 2, 7, seed))
            .SelectMany(p => SessionPlanner.Plan(p, changeDay, 1, new Random(p.Seed)))
            .Select(s => TimeZoneInfo.ConvertTime(s.Start, berlin))
            .ToList();

        Assert.Contains(sessions, s => s.Hour == 3 && s.Minute == 0); // some were moved to 03:00
        Assert.All(sessions, s => Assert.Equal(changeDay, DateOnly.FromDateTime(s.DateTime)));
    }
}

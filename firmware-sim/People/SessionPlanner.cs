using HepSense.FirmwareSim.Physics;

namespace HepSense.FirmwareSim.People;

/// <summary>
/// Which scheduled sessions a patient does over the days of a study, when (in their own time zone),
/// and what they do in each: the program with the persona's deviations.
/// </summary>
public static class SessionPlanner
{
    public static IEnumerable<PlannedSession> Plan(PatientProfile p, DateOnly firstDay, int days, Random rng)
    {
        var zone = p.Zone;
        var persona = p.Persona;
        for (var day = 0; day < days; day++)
        {
            var date = firstDay.AddDays(day);
            if (!p.IsScheduled(date)) continue;
            var hours = SessionHours(persona, p.SessionsPerDay, rng);
            for (var slot = 0; slot < p.SessionsPerDay; slot++)
            {
                if (rng.NextDouble() >= persona.AdherenceOn(day)) continue;
                var local = LocalStart(date, hours[slot], rng.Next(-25, 26), zone);
                var start = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone), TimeSpan.Zero);
                var worn = rng.NextDouble() < persona.WearRate;
                var sets = new List<TimedSet>();
                var t = start;
                foreach (var rx in p.Program)
                {
                    for (var k = 0; k < rx.Sets; k++)
                    {
                        if (rng.NextDouble() < persona.SkipSetRate) continue;
                        var set = SetPlanner.Plan(rx.Exercise, persona, rx.Reps, rx.HoldS, rng);
                        sets.Add(new TimedSet(set, t));
                        t += TimeSpan.FromSeconds(set.Seconds + rng.Around(rx.RestS * persona.TempoFactor, 0.25));
                    }
                    t += TimeSpan.FromSeconds(rng.Around(60, 0.3));   // changing exercise: reading the next card, moving the band
                }
                var before = Pain(persona.PainBefore + persona.PainTrendPerDay * day, rng);
                var after = sets.Count == 0 ? before : Math.Clamp(before + (int)Math.Round(rng.NextGaussian(persona.PainAfterDelta, 0.7)), 0, 10);
                yield return new PlannedSession(start, day, slot, worn, sets, before, after);
            }
        }
    }

    /// <summary>
    /// The planned hour moved by the jitter, but never off the planned local day (a shift worker's 00:10 session would
    /// otherwise start the evening before, and the truth's day would not be the local date), and never inside the hour
    /// a change to summer time skips (such a local time does not exist): the clock has moved on by then.
    /// </summary>
    static DateTime LocalStart(DateOnly date, double hour, int jitterMinutes, TimeZoneInfo zone)
    {
        var midnight = date.ToDateTime(TimeOnly.MinValue);
        var local = midnight.AddHours(hour).AddMinutes(jitterMinutes);
        // Mirrored back into the day rather than clamped, so such sessions do not all start on the stroke of midnight.
        if (local < midnight) local = midnight + (midnight - local);
        if (local >= midnight.AddDays(1)) local = midnight.AddDays(1).AddMinutes(-1) - (local - midnight.AddDays(1));
        while (zone.IsInvalidTime(local)) local = local.AddMinutes(1);
        return local;
    }

    static int Pain(double typical, Random rng) => (int)Math.Clamp(Math.Round(rng.NextGaussian(typical, 0.8)), 0, 10);

    /// <summary>Regular personas keep their hours (morning, evening); irregular ones pick new ones every day.</summary>
    static double[] SessionHours(Persona persona, int perDay, Random rng)
    {
        var h = persona.Hours;
        if (h.Length > 3) return [.. h.OrderBy(_ => rng.Next()).Take(perDay).Order().Select(x => (double)x)];
        return perDay == 1 ? [h[0]] : [h[0], h[^1]];
    }
}

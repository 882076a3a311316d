namespace HepSense.FirmwareSim.People;

/// <summary>The kinds of patients a clinic sees, as simulated.</summary>
public static class PersonaCatalog
{
    public static IReadOnlyList<Persona> All { get; } =
    [
        new("adherent", "Does the program as prescribed, every day, at regular times."),
        new("fading", "Starts well; the chance of exercising halves every 8 days.", Adherence: 0.95, AdherenceHalfLifeDays: 8),
        new("in-pain", "Slower, shorter range, many partial reps, skips sets; pain 6-8 and rising after sessions.",
            TempoFactor: 1.4, HoldFactor: 0.7, TremorDeg: 1.2, RomFactor: 0.72, RomJitter: 0.12, PartialRate: 0.3, StopEarlyRate: 0.25, SkipSetRate: 0.25,
            Adherence: 0.75, PainBefore: 6.5, PainTrendPerDay: 0.03, PainAfterDelta: 1),
        new("fast-sloppy", "Rushes: fast reps, little hold, uneven range.",
            TempoFactor: 0.6, TempoJitter: 0.22, HoldFactor: 0.25, RomJitter: 0.2, PartialRate: 0.12, Adherence: 0.9),
        new("fidgety", "Moves the limb a lot between sets and reps.", FidgetsPerMinute: 6, SwayDeg: 2, TremorDeg: 0.9, TempoJitter: 0.12),
        new("forgetful", "Exercises but often forgets to wear the band.", WearRate: 0.55, Adherence: 0.85),
        new("shift-worker", "Exercises at very different times of day.", Adherence: 0.85, SessionHours: [0, 3, 6, 11, 14, 17, 21, 23]),
    ];

    public static Persona? Find(string name) => All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    public static string Names => string.Join(", ", All.Select(p => p.Name));
}

using HepSense.FirmwareSim.Physics;

namespace HepSense.FirmwareSim.People;

/// <summary>Draws a cohort: personas in realistic proportions, programs of two to four exercises, time zones.</summary>
public static class CohortPlanner
{
    /// <summary>Share of each persona in a clinic's caseload.</summary>
    static readonly (string Persona, double Weight)[] Mix =
    [
        ("adherent", 0.30), ("fading", 0.15), ("in-pain", 0.12), ("fast-sloppy", 0.12),
        ("fidgety", 0.10), ("forgetful", 0.10), ("shift-worker", 0.11),
    ];

    static readonly string[] Zones = ["America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "Europe/Berlin", "UTC"];

    /// <summary>Programs built around one body region, as a therapist would prescribe them.</summary>
    static readonly string[][] Regions =
    [
        ["knee-extension-seated", "sit-to-stand", "mini-squat", "straight-leg-raise", "heel-slide-supine", "knee-extension-hold"],
        ["bridge", "hip-abduction-side-lying", "straight-leg-raise", "sit-to-stand", "mini-squat"],
        ["heel-raise", "mini-squat", "sit-to-stand", "knee-extension-seated"],
        ["shoulder-flexion", "shoulder-abduction", "shoulder-external-rotation", "biceps-curl"],
    ];

    /// <summary>Share of patients whose therapist prescribes a range of motion for every exercise.</summary>
    public const double RangePrescribedShare = 0.5;

    /// <summary>
    /// The range prescribed, as a share of the exercise's typical range: the node flags a rep partial under 0.8 of the
    /// prescribed range, and the ground truth calls it partial under <see cref="SetPlanner.PartialThreshold"/> (0.6) of
    /// the typical one; 0.75 puts both lines at the same angle (a cautious post-operative target).
    /// </summary>
    public const double PrescribedRangeShare = SetPlanner.PartialThreshold / 0.8;

    public static IReadOnlyList<PatientProfile> Plan(int patients, int seed, string prefix, string? persona = null)
    {
        var rng = new Random(seed);
        // Its own draws, so a cohort's personas, programs and sessions are those it had before ranges were prescribed.
        var ranges = new Random(seed ^ 0x52414E47);
        var list = new List<PatientProfile>(patients);
        for (var i = 0; i < patients; i++)
        {
            var who = persona is not null ? PersonaCatalog.Find(persona)! : PersonaCatalog.Find(i < Mix.Length ? Mix[i].Persona : Pick(rng))!;
            var region = Regions[rng.Next(Regions.Length)];
            var count = 2 + rng.Next(3);
            var withRange = ranges.NextDouble() < RangePrescribedShare;
            var program = region.OrderBy(_ => rng.Next()).Take(count).Select(name =>
            {
                var ex = ExerciseCatalog.Find(name)!;
                var reps = ex.HoldS >= 5 ? 5 + rng.Next(4) : 8 + rng.Next(8);
                return new Prescription(ex, Sets: 2 + rng.Next(2), Reps: reps, HoldS: ex.HoldS, RestS: 30 + 15 * rng.Next(3),
                    RomDeg: withRange ? Math.Round(ex.RomDeg * PrescribedRangeShare) : null);
            }).ToList();
            var n = i + 1;
            list.Add(new PatientProfile($"{prefix}-p{n:000}", $"Patient {n}", $"{prefix}-b{n:000}", who, Zones[rng.Next(Zones.Length)],
                program, SessionsPerDay: rng.NextDouble() < 0.25 ? 2 : 1, DaysPerWeek: rng.NextDouble() < 0.3 ? 5 : 7, Seed: rng.Next()));
        }
        return list;
    }

    static string Pick(Random rng)
    {
        var x = rng.NextDouble() * Mix.Sum(m => m.Weight);
        foreach (var (p, w) in Mix)
            if ((x -= w) < 0) return p;
        return Mix[0].Persona;
    }
}

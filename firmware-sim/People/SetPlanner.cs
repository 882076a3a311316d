using HepSense.FirmwareSim.Physics;

namespace HepSense.FirmwareSim.People;

/// <summary>One set as performed: its reps and fidgets, on a time axis in seconds from the set's first sample.</summary>
/// <param name="Partial">Per rep: deliberately low range (under 60 % of the exercise's typical range).</param>
public sealed record PlannedSet(Exercise Exercise, IReadOnlyList<Movement> Reps, IReadOnlyList<bool> Partial,
    IReadOnlyList<Movement> Fidgets, double Seconds, int PrescribedReps)
{
    public IEnumerable<Movement> AllMovements => Reps.Concat(Fidgets);
}

/// <summary>Turns a prescription (exercise, reps, hold) into what a persona actually does.</summary>
public static class SetPlanner
{
    /// <summary>Below this share of the typical range a rep counts as partial in the ground truth.</summary>
    public const double PartialThreshold = 0.6;

    /// <param name="holdS">Prescribed hold; null for the exercise's typical hold.</param>
    /// <param name="allowEarlyStop">False when the caller wants exactly <paramref name="reps"/> reps (the run command).</param>
    /// <param name="rangeShare">The share of the exercise's typical range the patient reaches (0.5: half of it); a rep is
    /// still partial against the typical range.</param>
    public static PlannedSet Plan(Exercise ex, Persona p, int reps, double? holdS, Random rng, bool allowEarlyStop = true,
        double rangeShare = 1)
    {
        var reach = ex.RomDeg * rangeShare;
        var leadIn = rng.Around(3, 0.3);
        var t = leadIn;
        var done = allowEarlyStop && rng.NextDouble() < p.StopEarlyRate ? Math.Max(1, (int)Math.Round(reps * (0.4 + 0.4 * rng.NextDouble()))) : reps;
        var movements = new List<Movement>(done);
        var partial = new List<bool>(done);
        var fidgets = new List<Movement>();
        var hold = (holdS ?? ex.HoldS) * p.HoldFactor;
        for (var i = 0; i < done; i++)
        {
            var isPartial = rng.NextDouble() < p.PartialRate;
            var rom = isPartial
                ? reach * (0.3 + 0.25 * rng.NextDouble())
                : Math.Min(reach * 1.15, rng.Around(reach * p.RomFactor, p.RomJitter));
            // A full rep never falls under the partial threshold by jitter alone: the truth must say what was meant.
            if (!isPartial) rom = Math.Max(rom, reach * (PartialThreshold + 0.05));
            var rise = rng.Around(ex.RiseS * p.TempoFactor, p.TempoJitter);
            var ret = rng.Around(ex.ReturnS * p.TempoFactor, p.TempoJitter);
            var h = hold > 0 ? rng.Around(hold, p.TempoJitter) : 0;
            movements.Add(new Movement(t, rise, h, ret, rom));
            partial.Add(rom < ex.RomDeg * PartialThreshold);
            t += rise + h + ret;
            var pause = rng.Around(ex.PauseS * p.TempoFactor, p.TempoJitter * 2);
            if (i < done - 1) t = AddFidgets(t, pause, p, rng, fidgets);
        }
        var tail = rng.Around(3, 0.3);
        var end = AddFidgets(t, tail, p, rng, fidgets);
        AddFidgets(0, leadIn - 0.5, p, rng, fidgets);
        return new PlannedSet(ex, movements, partial, fidgets, end, reps);
    }

    /// <summary>Fills a pause with the persona's fidgets (each well inside it) and returns the time after the pause.</summary>
    static double AddFidgets(double from, double pause, Persona p, Random rng, List<Movement> fidgets)
    {
        var expected = p.FidgetsPerMinute * pause / 60;
        var count = (int)Math.Floor(expected) + (rng.NextDouble() < expected % 1 ? 1 : 0);
        var slot = pause / Math.Max(1, count);
        for (var k = 0; k < count && slot > 1.2; k++)
        {
            var up = 0.3 + 0.2 * rng.NextDouble();
            var down = 0.3 + 0.2 * rng.NextDouble();
            var start = from + k * slot + (slot - up - down) * (0.2 + 0.6 * rng.NextDouble());
            fidgets.Add(new Movement(start, up, 0, down, (5 + 10 * rng.NextDouble()) * (rng.NextDouble() < 0.5 ? -1 : 1)));
        }
        return from + pause;
    }
}

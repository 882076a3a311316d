using HepSense.FirmwareSim.People;
using HepSense.FirmwareSim.Physics;

namespace HepSense.FirmwareSim.Truth;

/// <summary>Turns a planned set on a time axis into its ground truth on the wall (simulated) clock.</summary>
public static class TruthBuilder
{
    public static SetTruth ForSet(PlannedSet set, DateTimeOffset start, Mounting mounting, ulong firstSeq, ulong lastSeq)
    {
        DateTimeOffset At(double s) => start.AddTicks((long)Math.Round(s * TimeSpan.TicksPerSecond));
        var reps = set.Reps.Select((m, i) => new RepTruth(At(m.Start), At(m.End), Math.Round(m.AmplitudeDeg, 2), set.Partial[i])
            { HoldS = m.Hold > 0 ? Math.Round(m.Hold, 2) : null }).ToList();
        return new SetTruth(set.Exercise.Name, reps)
        {
            Start = start,
            End = At(set.Seconds),
            PrescribedReps = set.PrescribedReps,
            Segment = set.Exercise.Segment.ToString().ToLowerInvariant(),
            Mounting = Angles(mounting),
            Fidgets = set.Fidgets.Count == 0 ? null : set.Fidgets.OrderBy(f => f.Start).Select(f => new MovementTruth(At(f.Start), At(f.End), Math.Round(f.AmplitudeDeg, 2))).ToList(),
            Seq = [firstSeq, lastSeq],
        };
    }

    public static SetTruth ForGymSet(GymSet set, DateTimeOffset start, Mounting mounting)
    {
        DateTimeOffset At(double s) => start.AddTicks((long)Math.Round(s * TimeSpan.TicksPerSecond));
        var ex = set.Exercise;
        var reps = set.Reps.Select((r, i) => new RepTruth(At(r.Start), At(r.End), Math.Round(ex.TurnDeg(r.Movement.AmplitudeDeg / ex.RomDeg), 2), set.Partial[i])
            { HoldS = r.Movement.Hold > 0 ? Math.Round(r.Movement.Hold, 2) : null }).ToList();
        return new SetTruth(ex.Name, reps)
        {
            Start = start,
            End = At(set.Seconds),
            PrescribedReps = reps.Count,
            Segment = "wrist",
            Mounting = Angles(mounting),
            Setup = [.. set.Setup.Select(g => new MovementTruth(At(g.Start), At(g.End), Math.Round(g.From.Orientation.AngleTo(g.To.Orientation) * 180 / Math.PI, 2)))],
        };
    }

    /// <summary>The mounting as truth.json lists it: twist, tilt and yaw, degrees.</summary>
    private static double[] Angles(Mounting mounting) =>
        [Math.Round(mounting.TwistDeg, 1), Math.Round(mounting.TiltDeg, 1), Math.Round(mounting.YawDeg, 1)];
}

using HepSense.FirmwareSim.Physics;

namespace HepSense.FirmwareSim.People;

/// <summary>
/// Plans a gym set: 6-15 reps at 0.7-3 s each, sometimes a rest of a second at the top or between reps, the last reps
/// slower (fatigue), sometimes a partial last rep; the set-up before and after.
/// </summary>
public static class GymSetPlanner
{
    public static IReadOnlyList<GymTempo> Tempos { get; } =
        [new("fast", 0.7, 1.2), new("medium", 1.2, 2.0), new("slow", 2.0, 3.0)];

    public static GymSet Plan(GymExercise ex, GymTempo tempo, Random rng)
    {
        var setup = new List<Glide>();
        double Move(double at, Pose from, Pose to, double seconds)
        {
            // A set that starts where the weight lies (a deadlift, a push-up) has nothing to move there.
            if (from.Orientation.AngleTo(to.Orientation) < 1e-6 && (to.Position - from.Position).Length < 1e-6) return at;
            setup.Add(new Glide(at, seconds, from, to));
            return at + seconds;
        }

        var t = rng.Between(2, 4);                                             // standing (or lying) still, band recording
        t = Move(t, ex.IdlePose, ex.PickupPose, rng.Between(1.0, 2.0)) + rng.Between(0.3, 1.0);   // reach for the weight, grip it
        t = Move(t, ex.PickupPose, ex.Start, rng.Between(0.8, 1.6)) + rng.Between(0.5, 2.0);  // lift it into the start position, settle

        var count = 6 + rng.Next(10);
        var period = rng.Between(tempo.MinS, tempo.MaxS);
        var outShare = rng.Between(0.4, 0.6);
        var holdsAtTop = rng.NextDouble() < 0.25;
        var tired = rng.NextDouble() < 0.7 ? 1 + rng.Next(3) : 0;   // the last 1-3 reps slow down
        var slowdown = rng.Between(0.15, 0.6);
        var partialLast = rng.NextDouble() < 0.2;
        var reps = new List<RepPiece>(count);
        var partial = new List<bool>(count);
        for (var i = 0; i < count; i++)
        {
            var duration = period * Math.Clamp(rng.NextGaussian(1, 0.06), 0.85, 1.15);
            var intoFatigue = i - (count - tired) + 1;
            if (intoFatigue > 0) duration *= 1 + slowdown * intoFatigue / tired;
            var share = partialLast && i == count - 1 ? rng.Between(0.3, 0.55) : Math.Min(1.06, rng.Between(0.88, 1.06));
            var hold = holdsAtTop ? rng.Between(0.4, 1.2) : rng.NextDouble() < 0.08 ? rng.Between(0.6, 1.5) : 0;
            reps.Add(new RepPiece(ex, new Movement(t, duration * outShare, hold, duration * (1 - outShare), ex.RomDeg * share)));
            partial.Add(share < SetPlanner.PartialThreshold);
            t += duration + hold;
            if (i < count - 1) t += rng.NextDouble() < 0.1 ? rng.Between(0.8, 2.0) : rng.Between(0, 0.35);   // sometimes a breath at the bottom
        }

        t += rng.Between(0.3, 1.5);
        t = Move(t, ex.Start, ex.PickupPose, rng.Between(0.8, 1.6)) + rng.Between(0.2, 0.8);  // put the weight down, let go
        t = Move(t, ex.PickupPose, ex.IdlePose, rng.Between(1.0, 2.0));                       // stand up (sit up) again
        return new GymSet(ex, tempo.Name, reps, partial, setup, t + rng.Between(2, 4));
    }
}

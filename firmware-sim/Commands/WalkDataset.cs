using HepSense.FirmwareSim.People;
using HepSense.FirmwareSim.Physics;
using HepSense.FirmwareSim.Recording;
using HepSense.FirmwareSim.Truth;

namespace HepSense.FirmwareSim.Commands;

/// <summary>
/// `dataset --program walk`: walking is not reps. (a) walk/GAIT-PLACEMENT-K.csv: 20-120 s of walking or shuffling with
/// the band on each placement, no reps; (b) walkset/...: walking to the mat or station, a set there (the home-program
/// exercises at their placements, walked to by the adherent persona and shuffled to by the one in pain; gym sets on the
/// wrist), then walking away, the set's reps the truth; (c) stillset/...: the same sets with the person standing still
/// instead of walking (the control: what the set alone counts). The gait (walk, shuffle, gym) is the manifest's subject.
/// </summary>
public static class WalkDataset
{
    public static IReadOnlyList<Segment> Placements { get; } =
        [Segment.Wrist, Segment.Forearm, Segment.UpperArm, Segment.Trunk, Segment.Thigh, Segment.Shin, Segment.Ankle];

    /// <returns>The number of recordings written.</returns>
    public static int Write(string dir, int seed, int variants, double rateHz, bool noGyro)
    {
        var rng = new Random(seed);
        var layout = new DatasetLayout(dir);
        var notes = $"firmware-sim walk seed {seed}";
        var twins = 0;   // the still twins draw their sensor noise apart, so the walked recordings do not depend on them
        foreach (var gaitName in new[] { "walk", "shuffle" })
        {
            foreach (var segment in Placements)
                for (var k = 0; k < variants; k++)
                {
                    var gait = new Gait(GaitStyle.Of(gaitName, rng), rng.Between(1, 3), rng.Between(20, 120), rng);
                    var seconds = gait.End + rng.Between(1, 3);
                    var mounting = Mounting.Random(rng);
                    var rec = Record(t => gait.At(segment, t), mounting, rateHz, seconds, noGyro, rng);
                    var start = layout.Start;
                    var truth = new SetTruth("walking", [])
                    {
                        Start = start, End = start.AddSeconds(seconds), PrescribedReps = 0, Segment = Name(segment),
                        Mounting = Angles(mounting), Walks = [Walk(gait, start)],
                    };
                    layout.Add($"walk/{gaitName}-{Name(segment)}-{k + 1}.csv", rec, truth, "sim-walk", gaitName, Name(segment), notes);
                }
            layout.EndSubject($"walk-{gaitName}", gaitName);
        }

        foreach (var persona in PersonaCatalog.All.Where(p => p.Name is "adherent" or "in-pain"))
        {
            var gaitName = persona.Name == "in-pain" ? "shuffle" : "walk";
            foreach (var ex in ExerciseCatalog.All)
                for (var k = 0; k < variants; k++)
                {
                    var reps = ex.HoldS >= 5 ? 5 + rng.Next(4) : 8 + rng.Next(8);
                    var plan = SetPlanner.Plan(ex, persona, reps, null, rng, allowEarlyStop: false);
                    var into = ex.Name is "mini-squat" or "heel-raise" || ex.Segment is Segment.Wrist or Segment.Forearm ? rng.Between(1, 1.5) : rng.Between(2.5, 4);
                    var visit = Visit.Plan(GaitStyle.Of(gaitName, rng), plan.Seconds, into, rng);
                    var standing = visit.In.At(ex.Segment, visit.In.End).Position;
                    var track = new AngleTrack(plan.AllMovements, persona.SwayDeg, rng);
                    var tremor = persona.TremorDeg > 0 ? new Tremor(persona.TremorDeg, rng) : Tremor.None;
                    var poses = ExercisePoses.Of(ex, track, tremor, ExercisePoses.BandRest(ex, standing));
                    var mounting = Mounting.Random(rng);
                    Func<double, Pose> set = t => poses(t - visit.SetAt);
                    var file = $"{persona.Name}-{ex.Name}-{k + 1}.csv";
                    foreach (var (v, folder, r) in new[] { (visit, "walkset", rng), (visit.Still(), "stillset", new Random(seed * 7919 + ++twins)) })
                    {
                        var rec = Record(v.Track(ex.Segment, set).At, mounting, rateHz, v.Seconds, noGyro, r);
                        var truth = TruthBuilder.ForSet(plan, layout.Start.AddSeconds(v.SetAt), mounting, 0, 0);
                        layout.Add($"{folder}/{file}", rec, v.Truth(truth, layout.Start), "sim-walk", folder == "walkset" ? gaitName : "still", Name(ex.Segment), notes);
                    }
                }
            layout.EndSubject($"walkset-{persona.Name}", gaitName);
        }

        foreach (var ex in GymCatalog.All)
            for (var k = 0; k < variants; k++)
            {
                var tempo = GymSetPlanner.Tempos[rng.Next(GymSetPlanner.Tempos.Count)];
                var set = GymSetPlanner.Plan(ex, tempo, rng);
                var visit = Visit.Plan(GaitStyle.Walk(rng), set.Seconds, rng.Between(0.8, 1.5), rng);
                // The person arrives at the station with the arm hanging where the set starts from.
                var shift = visit.In.At(Segment.Wrist, visit.In.End).Position - ex.IdlePose.Position;
                var gym = new GymTrack(set.Pieces, swayM: 0.006, swayDeg: 1.0, tremorDeg: 0.7, rng);
                var mounting = Mounting.Random(rng);
                Func<double, Pose> lift = t => { var p = gym.At(t - visit.SetAt); return p with { Position = p.Position + shift }; };
                var file = $"gym-{ex.Name}-{tempo.Name}-{k + 1}.csv";
                foreach (var (v, folder, r) in new[] { (visit, "walkset", rng), (visit.Still(), "stillset", new Random(seed * 7919 + ++twins)) })
                {
                    var rec = Record(v.Track(Segment.Wrist, lift).At, mounting, rateHz, v.Seconds, noGyro, r);
                    var truth = TruthBuilder.ForGymSet(set, layout.Start.AddSeconds(v.SetAt), mounting);
                    layout.Add($"{folder}/{file}", rec, v.Truth(truth, layout.Start), "sim-walk", folder == "walkset" ? "gym" : "still", "wrist", notes);
                }
            }
        layout.EndSubject("walkset-gym", "gym");
        return layout.Save();
    }

    /// <summary>
    /// Walking to a station (8-30 s), getting into position there for <c>into</c> seconds, the set, getting up
    /// again and walking away (5-20 s), on one clock in seconds from the recording's first sample.
    /// </summary>
    sealed record Visit(Gait In, Gait Out, double SetAt, double SetEnd, double Into, double Seconds)
    {
        public static Visit Plan(GaitStyle style, double setSeconds, double into, Random rng)
        {
            var walkIn = new Gait(style, rng.Between(1, 3), rng.Between(8, 30), rng);
            var setAt = walkIn.End + rng.Between(0.3, 1.0) + into;
            var setEnd = setAt + setSeconds;
            var walkOut = new Gait(style, setEnd + into + rng.Between(0.3, 1.0), rng.Between(5, 20), rng, walkIn.EndX + 0.6);
            return new Visit(walkIn, walkOut, setAt, setEnd, into, walkOut.End + rng.Between(1, 2));
        }

        /// <summary>The same visit standing still where the walks were (at the station already).</summary>
        public Visit Still() => this with
        {
            In = new Gait(In.Style.Still, In.Start, In.End - In.Start, new Random(0), In.EndX),
            Out = new Gait(Out.Style.Still, Out.Start, Out.End - Out.Start, new Random(0), Out.StartX),
        };

        public WalkTrack Track(Segment segment, Func<double, Pose> set)
        {
            var target = set(SetAt).Orientation;
            return new WalkTrack(WalkTrack.Matched(In, segment, In.End, target), set, WalkTrack.Matched(Out, segment, Out.Start, target),
                SetAt - Into, SetAt, SetEnd, SetEnd + Into);
        }

        /// <summary>The set's truth, its reps where they lie in the recording, the walks beside them.</summary>
        public SetTruth Truth(SetTruth set, DateTimeOffset start) => set with
        {
            Start = start, End = start.AddSeconds(Seconds), Walks = [Walk(In, start), Walk(Out, start)],
        };
    }

    /// <summary>Through the sensor model; its noise draws its own numbers, so the motion is the same at every rate.</summary>
    static ImuRecording Record(Func<double, Pose> poseAt, Mounting mounting, double rateHz, double seconds, bool noGyro, Random rng)
    {
        var rec = PoseImu.Synthesize(poseAt, mounting, rateHz, seconds, SensorModel.Typical(rng), new Random(rng.Next()));
        return noGyro ? rec with { HasGyro = false } : rec;
    }

    static WalkTruth Walk(Gait gait, DateTimeOffset start) => new(start.AddSeconds(gait.Start), start.AddSeconds(gait.End), gait.Style.Name,
        gait.Style.StepM > 0 ? gait.HeelStrikes.Count : 0, Math.Round(gait.Style.CadenceHz, 3));

    static string Name(Segment segment) => segment == Segment.UpperArm ? "upper-arm" : segment.ToString().ToLowerInvariant();

    static double[] Angles(Mounting m) => [Math.Round(m.TwistDeg, 1), Math.Round(m.TiltDeg, 1), Math.Round(m.YawDeg, 1)];

}

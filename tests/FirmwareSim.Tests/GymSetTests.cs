using HepSense.FirmwareSim.People;
using HepSense.FirmwareSim.Physics;
using HepSense.FirmwareSim.Recording;
using HepSense.FirmwareSim.Truth;

namespace HepSense.FirmwareSim.Tests;

/// <summary>
/// Gym sets (dataset --program gym): the truth must say what the simulated signal holds. Every labelled rep is a turn
/// of the band out by its rom_deg and back; between picking the weight up and putting it down the signal holds
/// exactly as many excursions as labelled reps; picking up and putting down are labelled apart and are not reps.
/// </summary>
public class GymSetTests
{
    const double Rate = 200;

    public static TheoryData<string> Exercises() => [.. GymCatalog.All.Select(e => e.Name)];

    [Theory]
    [MemberData(nameof(Exercises))]
    public void The_truth_holds_every_rep_of_the_signal_and_the_set_up_apart(string name)
    {
        var (truth, rec) = SteadySet(name, seed: name.Length);
        var start = truth.Start!.Value;
        double S(DateTimeOffset at) => (at - start).TotalSeconds;
        var turn = Orientations(rec);

        // Each rep turns the band out by its range and back (the gyroscope, integrated).
        foreach (var rep in truth.Reps)
        {
            var (from, to) = (Index(S(rep.Start)), Index(S(rep.End)));
            var peak = Enumerable.Range(from, to - from + 1).Max(i => Angle(turn[i], turn[from]));
            Assert.Equal(rep.RomDeg, peak, 1.0);
            Assert.True(Angle(turn[to], turn[from]) < 0.5, $"{name}: rep at {S(rep.Start):F1} s does not come back");
        }

        // Set-up: picking up before the first rep, putting down after the last, each turning the band by its label.
        Assert.NotEmpty(truth.Setup!);
        foreach (var move in truth.Setup!)
        {
            Assert.True(move.End <= truth.Reps[0].Start || move.Start >= truth.Reps[^1].End, $"{name}: set-up inside the reps");
            Assert.Equal(move.RomDeg, Angle(turn[Index(S(move.End))], turn[Index(S(move.Start))]), 1.0);
        }
        Assert.Contains(truth.Setup!, m => m.End <= truth.Reps[0].Start);
        Assert.Contains(truth.Setup!, m => m.Start >= truth.Reps[^1].End);

        // Between the set-up moves: as many excursions from the start position as labelled reps (partial ones included).
        var first = Index(truth.Setup!.Where(m => m.End <= truth.Reps[0].Start).Max(m => S(m.End)));
        var last = Index(truth.Setup!.Where(m => m.Start >= truth.Reps[^1].End).Min(m => S(m.Start)));
        var full = GymCatalog.Find(name)!.TurnDeg(1);
        var (excursions, away) = (0, false);
        for (var i = first; i <= last; i++)
        {
            var a = Angle(turn[i], turn[first]);
            if (!away && a > 0.25 * full) (away, excursions) = (true, excursions + 1);
            else if (away && a < 0.1 * full) away = false;
        }
        Assert.Equal(truth.Reps.Count, excursions);

        // Outside reps and set-up the band is still (no sway or tremor here): nothing unlabelled moves it.
        var labelled = truth.Reps.Select(r => (S(r.Start), S(r.End))).Concat(truth.Setup!.Select(m => (S(m.Start), S(m.End)))).ToArray();
        for (var i = 0; i < rec.Samples.Count; i++)
        {
            var s = rec.Samples[i];
            var moving = Math.Sqrt(s.Gx * s.Gx + s.Gy * s.Gy + s.Gz * s.Gz) > 0.01 || Math.Abs(s.AccelNorm - 9.80665) > 0.01;
            if (moving) Assert.Contains(labelled, w => i / Rate >= w.Item1 - 1 / Rate && i / Rate <= w.Item2 + 1 / Rate);
        }
    }

    [Fact]
    public void A_gym_set_has_6_to_15_reps_of_0_7_to_3_s_partial_only_when_short_of_range()
    {
        var rng = new Random(5);
        foreach (var tempo in GymSetPlanner.Tempos)
            foreach (var ex in GymCatalog.All)
            {
                var set = GymSetPlanner.Plan(ex, tempo, rng);
                Assert.InRange(set.Reps.Count, 6, 15);
                // Out and back; fatigue slows the last reps by up to 60 %.
                Assert.All(set.Reps, r => Assert.InRange(r.Movement.Rise + r.Movement.Return, 0.7 * 0.85, 3 * 1.15 * 1.6));
                Assert.All(set.Reps.Select((r, i) => (r, i)), x => Assert.Equal(x.r.Movement.AmplitudeDeg < ex.RomDeg * SetPlanner.PartialThreshold, set.Partial[x.i]));
            }
    }

    static (SetTruth Truth, ImuRecording Recording) SteadySet(string name, int seed)
    {
        var rng = new Random(seed);
        var ex = GymCatalog.Find(name)!;
        var set = GymSetPlanner.Plan(ex, GymSetPlanner.Tempos[1], rng);
        var mounting = Mounting.Random(rng);
        var rec = GymSetRecorder.Record(set, mounting, SensorModel.Ideal, Rate, rng, steady: true);
        return (TruthBuilder.ForGymSet(set, DateTimeOffset.UnixEpoch, mounting), rec);
    }

    static int Index(double seconds) => (int)Math.Round(seconds * Rate);

    /// <summary>The band's orientation at every sample from the integrated gyroscope (trapezoid rate, exact rotation per step).</summary>
    static Quat[] Orientations(ImuRecording rec)
    {
        var q = new Quat[rec.Samples.Count];
        q[0] = Quat.Identity;
        for (var i = 1; i < q.Length; i++)
        {
            var (a, b) = (rec.Samples[i - 1], rec.Samples[i]);
            var w = 0.5 * new Vec3(a.Gx + b.Gx, a.Gy + b.Gy, a.Gz + b.Gz);
            q[i] = w.Length < 1e-12 ? q[i - 1] : q[i - 1] * Quat.FromAxisAngle(w, w.Length / Rate);
        }
        return q;
    }

    static double Angle(Quat a, Quat b) => a.AngleTo(b) * 180 / Math.PI;
}

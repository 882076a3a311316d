using HepSense.FirmwareSim.Physics;
using HepSense.FirmwareSim.Recording;

namespace HepSense.FirmwareSim.Tests;

/// <summary>The walking motion has the cadence, bounce, heel-strike jolts and swing it claims, read back from its samples.</summary>
public class WalkingTests
{
    const double Rate = 200, G = 9.80665;

    static (Gait Gait, ImuRecording Rec) Walk(GaitStyle style, Segment segment, int seed, double seconds = 40)
    {
        var gait = new Gait(style, 1, seconds, new Random(seed));
        return (gait, PoseImu.Synthesize(t => gait.At(segment, t), Mounting.Aligned, Rate, seconds + 2, SensorModel.Ideal, new Random(seed)));
    }

    /// <summary>The samples of the steady part of the walk (its ramps left out).</summary>
    static IEnumerable<ImuSample> SteadySamples(Gait gait, ImuRecording rec) =>
        rec.Samples.Skip((int)((gait.Start + 3) * Rate)).Take((int)((gait.End - gait.Start - 6) * Rate));

    /// <summary>|a| minus g over the steady part of the walk.</summary>
    static double[] Steady(Gait gait, ImuRecording rec) => [.. SteadySamples(gait, rec).Select(s => s.AccelNorm - G)];

    /// <summary>The step period: the lag of the highest autocorrelation of |a| between 0.3 and 0.9 s (a stride is longer).</summary>
    static double StepPeriod(double[] x)
    {
        var mean = x.Average();
        var best = (Lag: 0, R: double.MinValue);
        for (var lag = (int)(0.3 * Rate); lag <= (int)(0.9 * Rate); lag++)
        {
            double r = 0;
            for (var i = 0; i + lag < x.Length; i++) r += (x[i] - mean) * (x[i + lag] - mean);
            r /= x.Length - lag;
            if (r > best.R) best = (lag, r);
        }
        return best.Lag / Rate;
    }

    [Theory]
    [InlineData("walk", 7)]
    [InlineData("walk", 11)]
    [InlineData("walk", 23)]
    [InlineData("shuffle", 7)]
    [InlineData("shuffle", 11)]
    public void The_trunk_bounces_once_per_step_at_the_gaits_cadence_and_height(string name, int seed)
    {
        var style = GaitStyle.Of(name, new Random(seed));
        var (gait, rec) = Walk(style, Segment.Trunk, seed);
        var x = Steady(gait, rec);

        var cadence = 1 / StepPeriod(x);
        Assert.InRange(cadence, style.CadenceHz * 0.95, style.CadenceHz * 1.05);
        Assert.InRange(cadence, name == "walk" ? 1.5 : 1.2, name == "walk" ? 2.2 : 1.5);

        // The vertical acceleration's component at the step frequency, back to a displacement: peak to peak = 2 A / w^2.
        // In 3 s windows (the cadence is known to a percent or so, the step time wanders): the median window.
        var w = 2 * Math.PI * cadence;
        var window = (int)(3 * Rate);
        var amplitudes = Enumerable.Range(0, x.Length / window).Select(k =>
        {
            double re = 0, im = 0;
            for (var i = k * window; i < (k + 1) * window; i++)
            {
                re += x[i] * Math.Cos(w * i / Rate);
                im += x[i] * Math.Sin(w * i / Rate);
            }
            return 2 * Math.Sqrt(re * re + im * im) / window;
        }).Order().ToArray();
        var bounce = 2 * amplitudes[amplitudes.Length / 2] / (w * w);
        Assert.InRange(bounce, style.BounceM * 0.8, style.BounceM * 1.2);
        if (name == "walk") Assert.InRange(bounce, 0.025, 0.065);
    }

    [Fact]
    public void Each_heel_strike_jolts_the_shank_by_one_to_three_g_and_the_trunk_much_less()
    {
        var style = GaitStyle.Walk(new Random(5)) with { ImpactG = 2 };
        double[] Jolts(Segment segment)
        {
            var (gait, rec) = Walk(style, segment, 5);
            var (_, soft) = Walk(style with { ImpactG = 0 }, segment, 5);   // the same walk, landing without a jolt
            return [.. gait.HeelStrikes.Where(t => t > gait.Start + 3 && t < gait.End - 3).Select(t =>
                Enumerable.Range((int)((t - 0.03) * Rate), (int)(0.06 * Rate)).Max(i =>
                {
                    ImuSample a = rec.Samples[i], b = soft.Samples[i];
                    return Math.Sqrt(Math.Pow(a.Ax - b.Ax, 2) + Math.Pow(a.Ay - b.Ay, 2) + Math.Pow(a.Az - b.Az, 2)) / G;
                }))];
        }

        var ankle = Jolts(Segment.Ankle);
        // The band is on the right leg: the right heel's strikes (every other one) jolt it, the left's hardly.
        var right = ankle.Order().Skip(ankle.Length / 2).ToArray();
        Assert.All(right, j => Assert.InRange(j, 1.0, 3.0));
        Assert.True(ankle.Order().Take(ankle.Length / 2 - 1).Max() < 0.5, "the left heel's strikes reach the right shank weakly");
        var trunk = Jolts(Segment.Trunk);
        Assert.All(trunk, j => Assert.InRange(j, 0.2, 0.5 * right.Min()));
    }

    [Theory]
    [InlineData(Segment.Thigh, 15, 35)]
    [InlineData(Segment.Ankle, 20, 45)]
    [InlineData(Segment.Wrist, 10, 30)]
    public void The_limb_swings_forward_and_back_once_per_stride(Segment segment, double minDeg, double maxDeg)
    {
        var style = GaitStyle.Walk(new Random(3)) with { LegGain = 1, ArmDeg = 20 };
        var (gait, rec) = Walk(style, segment, 3);
        // In the segment's frame (aligned band) z is the left-right axis the limb swings about; integrate its rate.
        var rates = SteadySamples(gait, rec).Select(s => s.Gz).ToArray();
        var angle = new double[rates.Length];
        for (var i = 1; i < rates.Length; i++) angle[i] = angle[i - 1] + rates[i] / Rate;
        var swingDeg = (angle.Max() - angle.Min()) / 2 * 180 / Math.PI;
        Assert.InRange(swingDeg, minDeg, maxDeg);
    }

    [Theory]
    [InlineData("knee-extension-seated")]
    [InlineData("heel-raise")]
    [InlineData("shoulder-external-rotation")]
    [InlineData("sit-to-stand")]
    public void A_set_as_poses_reads_as_the_joint_model_reads_it(string name)
    {
        // The walked-to sets go through PoseImu: they must be the same sets as the physio program's.
        var ex = ExerciseCatalog.Find(name)!;
        var rng = new Random(4);
        var set = People.SetPlanner.Plan(ex, People.PersonaCatalog.Find("in-pain")!, 4, null, rng, allowEarlyStop: false);
        var track = new AngleTrack(set.AllMovements, 1.0, new Random(1));
        var mounting = Mounting.Random(rng);
        var joint = ImuSynthesizer.Synthesize(ex, mounting, track, Rate, set.Seconds, SensorModel.Ideal, new Random(2), new Tremor(1.2, new Random(3)));
        var poses = PoseImu.Synthesize(ExercisePoses.Of(ex, track, new Tremor(1.2, new Random(3)), new Vec3(0.5, 0, 0.5)), mounting, Rate, set.Seconds,
            SensorModel.Ideal, new Random(2));
        for (var i = 0; i < joint.Samples.Count; i++)
        {
            ImuSample a = joint.Samples[i], b = poses.Samples[i];
            Assert.InRange(Math.Abs(a.Ax - b.Ax) + Math.Abs(a.Ay - b.Ay) + Math.Abs(a.Az - b.Az), 0, 0.05);
            Assert.InRange(Math.Abs(a.Gx - b.Gx) + Math.Abs(a.Gy - b.Gy) + Math.Abs(a.Gz - b.Gz), 0, 0.03);   // the sensor's own noise is 0.008 rad/s rms
        }
    }
}

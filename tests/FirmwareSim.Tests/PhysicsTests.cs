using HepSense.FirmwareSim.People;
using HepSense.FirmwareSim.Physics;

namespace HepSense.FirmwareSim.Tests;

public class PhysicsTests
{
    const double Rate = 100;

    [Theory]
    [InlineData(0.0)]
    [InlineData(90.0)]
    [InlineData(217.0)]
    public void At_rest_the_accelerometer_reads_one_g_whatever_the_mounting(double twist)
    {
        var ex = ExerciseCatalog.Find("biceps-curl")!;
        var rec = ImuSynthesizer.Synthesize(ex, new Mounting(twist, 7, -4), new AngleTrack([]), Rate, 1, SensorModel.Ideal, new Random(1));
        Assert.All(rec.Samples, s => Assert.Equal(9.80665, s.AccelNorm, 6));
        Assert.All(rec.Samples, s => Assert.Equal(0, Math.Abs(s.Gx) + Math.Abs(s.Gy) + Math.Abs(s.Gz), 9));
    }

    [Fact]
    public void With_a_noisy_sensor_the_rest_reading_is_still_about_one_g()
    {
        var rng = new Random(3);
        var ex = ExerciseCatalog.Find("heel-raise")!;
        var rec = ImuSynthesizer.Synthesize(ex, Mounting.Random(rng), new AngleTrack([], 0.5, rng), Rate, 5, SensorModel.Typical(rng), rng);
        Assert.InRange(rec.Samples.Average(s => s.AccelNorm), 9.6, 10.0);
    }

    [Fact]
    public void Minimum_jerk_starts_and_ends_at_rest()
    {
        Assert.Equal(0, MinimumJerk.Position(0));
        Assert.Equal(1, MinimumJerk.Position(1));
        Assert.Equal(0.5, MinimumJerk.Position(0.5), 12);
        Assert.Equal(1.875, MinimumJerk.Velocity(0.5), 12);   // peak speed of the profile
        Assert.Equal(0, MinimumJerk.Acceleration(0.5), 12);
    }

    [Theory]
    [MemberData(nameof(Exercises))]
    public void The_angle_between_rest_and_peak_gravity_equals_the_true_range(string name)
    {
        var ex = ExerciseCatalog.Find(name)!;
        var rng = new Random(11);
        var set = SetPlanner.Plan(ex, PersonaCatalog.Find("adherent")!, 3, null, rng, allowEarlyStop: false);
        var mounting = Mounting.Random(rng);
        var rec = SetRecorder.Record(set, mounting, SensorModel.Ideal, Rate, 0, rng);
        var rep = set.Reps[1];

        if (Math.Abs(ex.Axis.Normalized().Z) < 0.01)
        {
            // Gravity in the band's frame turns by the rep's range when the joint axis is horizontal
            // (measured in the hold, or at the peak, when the linear acceleration is zero).
            var rest = Gravity(rec.Samples[(int)(rep.Start * Rate) - 1]);
            var peakIndex = (int)Math.Round((rep.Start + rep.Rise + rep.Hold / 2) * Rate);
            var peak = Gravity(rec.Samples[peakIndex]);
            var angle = Math.Acos(Math.Clamp(rest.Dot(peak) / rest.Length / peak.Length, -1, 1)) * 180 / Math.PI;
            Assert.Equal(rep.AmplitudeDeg, angle, 1.0);
        }

        // The gyroscope integrates to the angle: rise then return.
        var rise = Integrate(rec, rep.Start, rep.Start + rep.Rise);
        var back = Integrate(rec, rep.Start + rep.Rise + rep.Hold, rep.End);
        Assert.Equal(rep.AmplitudeDeg, rise, 1.0);
        Assert.Equal(rep.AmplitudeDeg, back, 1.0);
    }

    public static TheoryData<string> Exercises() => [.. ExerciseCatalog.All.Select(e => e.Name)];

    static Vec3 Gravity(Recording.ImuSample s) => new(s.Ax, s.Ay, s.Az);

    /// <summary>Trapezoidal integral of |gyro| in degrees between two times.</summary>
    static double Integrate(Recording.ImuRecording rec, double from, double to)
    {
        double sum = 0;
        var a = (int)Math.Floor(from * rec.RateHz);
        var b = Math.Min(rec.Samples.Count - 1, (int)Math.Ceiling(to * rec.RateHz));
        for (var i = a; i < b; i++)
        {
            var s0 = rec.Samples[i];
            var s1 = rec.Samples[i + 1];
            var w0 = Math.Sqrt(s0.Gx * s0.Gx + s0.Gy * s0.Gy + s0.Gz * s0.Gz);
            var w1 = Math.Sqrt(s1.Gx * s1.Gx + s1.Gy * s1.Gy + s1.Gz * s1.Gz);
            sum += (w0 + w1) / 2 / rec.RateHz;
        }
        return sum * 180 / Math.PI;
    }
}

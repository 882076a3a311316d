using HepSense.FirmwareSim.People;
using HepSense.FirmwareSim.Physics;
using HepSense.Signal;
using Xunit.Abstractions;

namespace HepSense.FirmwareSim.Tests;

/// <summary>
/// The platform's rep detector (src/Signal) over simulated sets: it must count them about as well as
/// it counts the real recordings, and its range of motion must match the physics' truth.
/// </summary>
public class DetectorOnSimulatedSetsTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("knee-extension-seated")]
    [InlineData("biceps-curl")]
    [InlineData("shoulder-flexion")]
    [InlineData("sit-to-stand")]
    [InlineData("straight-leg-raise")]
    public void Detector_counts_a_simulated_set_and_measures_its_range(string exercise)
    {
        var rng = new Random(21);
        var ex = ExerciseCatalog.Find(exercise)!;
        var set = SetPlanner.Plan(ex, PersonaCatalog.Find("adherent")!, 10, null, rng, allowEarlyStop: false);
        var rec = SetRecorder.Record(set, Mounting.Random(rng), SensorModel.Typical(rng), 25, 0.5, rng, 0.5);

        var detector = new RepDetector(rec.RateHz, rec.HasGyro);
        var reps = new List<DetectedRep>();
        var samples = rec.Samples.Select(s => new Signal.ImuSample((float)s.Ax, (float)s.Ay, (float)s.Az, (float)s.Gx, (float)s.Gy, (float)s.Gz)).ToArray();
        for (var i = 0; i < samples.Length; i += 25) detector.Process(samples.AsSpan(i, Math.Min(25, samples.Length - i)), reps);
        detector.Flush(reps);

        Assert.InRange(reps.Count, 9, 11);
        // Each detected rep against the true rep it overlaps most.
        var errors = reps.Select(d =>
        {
            var (from, to) = (d.StartSample / rec.RateHz, d.EndSample / rec.RateHz);
            var truth = set.Reps.MaxBy(m => Math.Min(to, m.End) - Math.Max(from, m.Start))!;
            return Math.Abs(d.RomDeg - truth.AmplitudeDeg);
        }).Order().ToList();
        output.WriteLine($"{exercise}: {reps.Count} of 10 counted; |rom error| deg: {string.Join(" ", errors.Select(e => e.ToString("0.0")))}");
        Assert.True(errors[errors.Count / 2] <= 5, $"median range error {errors[errors.Count / 2]:0.0} deg > 5");
    }
}

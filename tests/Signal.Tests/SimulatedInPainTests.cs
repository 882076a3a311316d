using HepSense.RepAccuracy;

namespace HepSense.Signal.Tests;

/// <summary>
/// Slow, small, partly partial reps of a patient in pain (gyroscope band), simulated once by firmware-sim
/// (data/sim-in-pain: each file's manifest note is the command that wrote it, truth.json its reps):
/// `firmware-sim run --exercise X --reps 10 --persona in-pain --rate 25 --seed S --csv F --truth T`.
/// Before the axis followed small movements along one clear line, 30 of these 40 reps were counted.
/// </summary>
public class SimulatedInPainTests
{
    [Fact]
    public void SlowSmallRepsAreCountedAndNoneIsInvented()
    {
        var results = AccuracyHarness.Run(Path.Combine(AppContext.BaseDirectory, "data", "sim-in-pain"));

        Assert.Equal(4, results.Count);
        Assert.All(results, r => Assert.InRange(r.Counted, r.Entry.Reps - 2, r.Entry.Reps));
        var counted = results.Sum(r => r.Counted);
        var truth = results.Sum(r => r.Entry.Reps);
        Assert.True(counted >= 0.9 * truth, $"counted {counted} of {truth} reps");
    }
}

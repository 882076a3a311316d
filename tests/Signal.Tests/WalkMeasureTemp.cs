
namespace HepSense.Signal.Tests;
public class WalkMeasureTemp
{
    [Fact]
    public void Measure()
    {
        var lines = new List<string>();
        foreach (var gyro in new[] { true, false })
        foreach (var (name, gait) in new[] { ("normal", GaitMotion.Normal), ("brisk", GaitMotion.Brisk), ("slow", GaitMotion.Slow), ("shuffle", GaitMotion.Shuffle) })
        foreach (var p in Enum.GetValues<Placement>())
        {
            var counts = new List<int>();
            foreach (var rate in new[] { 12.5, 25, 50, 100 })
                for (var seed = 1; seed <= 2; seed++)
                    counts.Add(Detection.Count(GaitMotion.Walk(p, gait, rate, gyro, seed, walkS: 60), rate, gyro));
            lines.Add($"{(gyro ? "gyro" : "acc ")} {name,-8} {p,-9} {string.Join(' ', counts.Select(c => c.ToString().PadLeft(3)))}");
        }
        File.WriteAllLines(Environment.GetEnvironmentVariable("WALK_OUT") ?? "/tmp/wg9/walk.txt", lines);
    }
}

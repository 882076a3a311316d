using HepSense.FirmwareSim.People;
using HepSense.FirmwareSim.Physics;
using HepSense.FirmwareSim.Truth;

namespace HepSense.FirmwareSim.Commands;

/// <summary>
/// `dataset` (the default program): the home-program exercises as the personas that change the movement itself make
/// them, one set per file (sim/PERSONA-EXERCISE-K.csv), the persona as the manifest's subject.
/// </summary>
public static class PhysioDataset
{
    /// <returns>The number of sets written.</returns>
    public static int Write(string dir, int seed, int setsPerExercise, double rateHz, bool noGyro)
    {
        var rng = new Random(seed);
        var layout = new DatasetLayout(dir);
        // The other personas differ only in when and whether they exercise.
        foreach (var persona in PersonaCatalog.All.Where(p => p.Name is "adherent" or "in-pain" or "fast-sloppy" or "fidgety"))
        {
            foreach (var ex in ExerciseCatalog.All)
                for (var k = 0; k < setsPerExercise; k++)
                {
                    var reps = ex.HoldS >= 5 ? 5 + rng.Next(4) : 8 + rng.Next(8);
                    var plan = SetPlanner.Plan(ex, persona, reps, null, rng, allowEarlyStop: false);
                    var mounting = Mounting.Random(rng);
                    var rec = SetRecorder.Record(plan, mounting, SensorModel.Typical(rng), rateHz, persona.SwayDeg, rng, persona.TremorDeg);
                    if (noGyro) rec = rec with { HasGyro = false };
                    layout.Add($"sim/{persona.Name}-{ex.Name}-{k + 1}.csv", rec, TruthBuilder.ForSet(plan, layout.Start, mounting, 0, 0),
                        "sim", persona.Name, ex.Segment.ToString().ToLowerInvariant(), $"firmware-sim seed {seed}");
                }
            layout.EndSubject($"sim-{persona.Name}", persona.Name);
        }
        return layout.Save();
    }
}

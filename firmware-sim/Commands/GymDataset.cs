using HepSense.FirmwareSim.People;
using HepSense.FirmwareSim.Physics;
using HepSense.FirmwareSim.Truth;

namespace HepSense.FirmwareSim.Commands;

/// <summary>
/// `dataset --program gym`: gym sets with a band on the wrist, one set per file (gym/EXERCISE-TEMPO-K.csv), the
/// tempo class as the manifest's subject so the accuracy harness prints fast, medium and slow apart.
/// </summary>
public static class GymDataset
{
    /// <returns>The number of sets written.</returns>
    public static int Write(string dir, int seed, int setsPerExercise, double rateHz, bool noGyro)
    {
        var rng = new Random(seed);
        var layout = new DatasetLayout(dir);
        foreach (var tempo in GymSetPlanner.Tempos)
        {
            foreach (var ex in GymCatalog.All)
                for (var k = 0; k < setsPerExercise; k++)
                {
                    var set = GymSetPlanner.Plan(ex, tempo, rng);
                    var mounting = Mounting.Random(rng);
                    var sensor = SensorModel.Typical(rng);
                    // The sensor's noise draws its own numbers, as many as the rate asks: the sets stay the same at every rate.
                    var rec = GymSetRecorder.Record(set, mounting, sensor, rateHz, new Random(rng.Next()));
                    if (noGyro) rec = rec with { HasGyro = false };
                    layout.Add($"gym/{ex.Name}-{tempo.Name}-{k + 1}.csv", rec, TruthBuilder.ForGymSet(set, layout.Start, mounting),
                        "gym", tempo.Name, "wrist", $"firmware-sim gym seed {seed}");
                }
            layout.EndSubject($"gym-{tempo.Name}", tempo.Name);
        }
        return layout.Save();
    }
}

using System.Globalization;
using System.Text;
using HepSense.FirmwareSim.People;
using HepSense.FirmwareSim.Physics;
using HepSense.FirmwareSim.Recording;
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
        var inv = CultureInfo.InvariantCulture;
        var rng = new Random(seed);
        Directory.CreateDirectory(Path.Combine(dir, "gym"));
        var manifest = new StringBuilder("file,source,subject,exercise,placement,rate_hz,reps,partial_reps,notes\n");
        var patients = new List<PatientTruth>();
        var start = new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);
        foreach (var tempo in GymSetPlanner.Tempos)
        {
            var sessions = new List<SessionTruth>();
            foreach (var ex in GymCatalog.All)
                for (var k = 0; k < setsPerExercise; k++)
                {
                    var set = GymSetPlanner.Plan(ex, tempo, rng);
                    var mounting = Mounting.Random(rng);
                    var sensor = SensorModel.Typical(rng);
                    // The sensor's noise draws its own numbers, as many as the rate asks: the sets stay the same at every rate.
                    var rec = GymSetRecorder.Record(set, mounting, sensor, rateHz, new Random(rng.Next()));
                    if (noGyro) rec = rec with { HasGyro = false };
                    var file = $"gym/{ex.Name}-{tempo.Name}-{k + 1}.csv";
                    ImuCsv.Write(Path.Combine(dir, file), rec);
                    manifest.Append(string.Create(inv,
                        $"{file},gym,{tempo.Name},{ex.Name},wrist,{rateHz},{set.Reps.Count},{set.Partial.Count(p => p)},firmware-sim gym seed {seed}\n"));
                    var truth = TruthBuilder.ForGymSet(set, start, mounting);
                    sessions.Add(new SessionTruth(start, truth.End ?? start, [truth], 0, 0) { Id = file });
                    start = start.AddMinutes(10);
                }
            patients.Add(new PatientTruth($"gym-{tempo.Name}", "sim-band", tempo.Name, sessions));
        }
        File.WriteAllText(Path.Combine(dir, "manifest.csv"), manifest.ToString());
        new GroundTruth(patients, []).Save(Path.Combine(dir, "truth.json"));
        return patients.Sum(p => p.Sessions.Count);
    }
}

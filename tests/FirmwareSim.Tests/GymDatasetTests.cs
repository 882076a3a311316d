using HepSense.FirmwareSim.Physics;
using HepSense.FirmwareSim.People;
using HepSense.FirmwareSim.Recording;
using HepSense.FirmwareSim.Truth;

namespace HepSense.FirmwareSim.Tests;

/// <summary>`dataset --program gym` through the command line: its manifest agrees with its truth, and the default program is untouched.</summary>
[Collection(CliCollection.Name)]
public class GymDatasetTests
{
    [Fact]
    public async Task The_gym_dataset_matches_its_truth_and_leaves_the_default_as_it_was()
    {
        var dir = Directory.CreateTempSubdirectory("gym-dataset-");
        try
        {
            string Out(string name) => Path.Combine(dir.FullName, name);
            Assert.Equal(0, await Cli.RunAsync("dataset", "--program", "gym", "--out", Out("a"), "--sets", "1", "--seed", "3"));
            Assert.Equal(0, await Cli.RunAsync("dataset", "--program", "gym", "--out", Out("b"), "--sets", "1", "--seed", "3"));
            Assert.Equal(File.ReadAllBytes(Out("a/truth.json")), File.ReadAllBytes(Out("b/truth.json")));
            Assert.Equal(File.ReadAllBytes(Out("a/gym/deadlift-slow-1.csv")), File.ReadAllBytes(Out("b/gym/deadlift-slow-1.csv")));

            var sets = GroundTruth.Load(Out("a/truth.json")).Patients.SelectMany(p => p.Sessions).ToDictionary(s => s.Id!, s => s.Sets.Single());
            var rows = File.ReadAllLines(Out("a/manifest.csv")).Skip(1).Select(l => l.Split(',')).ToArray();
            Assert.Equal(GymCatalog.All.Count * GymSetPlanner.Tempos.Count, rows.Length);
            foreach (var row in rows)
            {
                Assert.Equal(sets[row[0]].Reps.Count, int.Parse(row[6]));
                Assert.Equal(sets[row[0]].Reps.Count(r => r.Partial), int.Parse(row[7]));
                Assert.NotEmpty(sets[row[0]].Setup!);
                Assert.True(ImuCsv.Read(Out("a/" + row[0])).HasGyro);
            }

            // The physio program stays the default, byte for byte.
            Assert.Equal(0, await Cli.RunAsync("dataset", "--out", Out("p"), "--sets", "1", "--seed", "3"));
            Assert.Equal(0, await Cli.RunAsync("dataset", "--program", "physio", "--out", Out("q"), "--sets", "1", "--seed", "3"));
            Assert.Equal(File.ReadAllBytes(Out("p/truth.json")), File.ReadAllBytes(Out("q/truth.json")));
            Assert.False(Directory.Exists(Out("p/gym")));
            Assert.NotEqual(0, await Cli.RunAsync("dataset", "--program", "crossfit", "--out", Out("x")));
        }
        finally { dir.Delete(true); }
    }
}

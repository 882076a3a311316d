using HepSense.FirmwareSim.Truth;

namespace HepSense.FirmwareSim.Tests;

/// <summary>`dataset --program walk` through the command line: walking alone has no reps, a set walked to has its reps between the walks.</summary>
[Collection(CliCollection.Name)]
public class WalkDatasetTests
{
    [Fact]
    public async Task Walking_has_no_reps_and_a_set_walked_to_lies_between_its_walks()
    {
        var dir = Directory.CreateTempSubdirectory("walk-dataset-");
        try
        {
            Assert.Equal(0, await Cli.RunAsync("dataset", "--program", "walk", "--out", dir.FullName, "--sets", "1", "--seed", "3"));
            var sets = GroundTruth.Load(Path.Combine(dir.FullName, "truth.json")).Patients.SelectMany(p => p.Sessions).ToDictionary(s => s.Id!, s => s.Sets.Single());
            var rows = File.ReadAllLines(Path.Combine(dir.FullName, "manifest.csv")).Skip(1).Select(l => l.Split(',')).ToArray();
            Assert.Equal(2 * 7 + 2 * (2 * 13 + 11), rows.Length);   // 7 placements x walk, shuffle; (physio x 2 personas + gym) walked and still
            foreach (var row in rows)
            {
                var set = sets[row[0]];
                Assert.Equal(set.Reps.Count, int.Parse(row[6]));
                var seconds = (set.End!.Value - set.Start!.Value).TotalSeconds;
                Assert.InRange(File.ReadLines(Path.Combine(dir.FullName, row[0])).Count() - 1, seconds * 25 - 1, seconds * 25 + 1);
                if (row[0].StartsWith("walk/"))
                {
                    Assert.Empty(set.Reps);
                    var walk = Assert.Single(set.Walks!);
                    Assert.InRange((walk.End - walk.Start).TotalSeconds, 20, 120);
                    Assert.InRange(walk.Steps / (walk.End - walk.Start).TotalSeconds, 0.8 * 1.2, 2.2);
                }
                else
                {
                    Assert.NotEmpty(set.Reps);
                    Assert.Equal(2, set.Walks!.Count);
                    Assert.True(set.Walks[0].End < set.Reps[0].Start && set.Reps[^1].End < set.Walks[1].Start, row[0]);
                    Assert.Equal(row[0].StartsWith("stillset/"), set.Walks.All(w => w.Steps == 0));
                }
            }
        }
        finally { dir.Delete(true); }
    }
}

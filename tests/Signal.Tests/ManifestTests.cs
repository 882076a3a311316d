using HepSense.RepAccuracy;

namespace HepSense.Signal.Tests;

/// <summary>The accuracy harness reads any manifest in the data set's format, not just ours.</summary>
public class ManifestTests
{
    [Fact]
    public void Quoted_fields_optional_columns_and_a_missing_rate_are_read()
    {
        var dir = Directory.CreateTempSubdirectory("manifest").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, "band"));
            File.WriteAllText(Path.Combine(dir, "band", "b.csv"), "t,ax,ay,az\n0.00,0,0,9.8\n0.01,0,0,9.8\n0.02,0,0,9.8\n");
            File.WriteAllText(Path.Combine(dir, "manifest.csv"),
                "file,reps,notes,rate_hz,partial_reps\r\n\"band/b.csv\",12,\"slow, then fast; \"\"hold\"\"\",,3\r\nband/c.csv,7,,40,\r\n");
            var entries = ManifestEntry.Read(Path.Combine(dir, "manifest.csv"));
            Assert.Equal(2, entries.Count);
            Assert.Equal(new ManifestEntry("band/b.csv", "band", "", "", 100, 12, 3), entries[0]);
            Assert.Equal(new ManifestEntry("band/c.csv", "band", "", "", 40, 7, null), entries[1]);
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void A_missing_recording_without_a_rate_is_scored_as_nothing_and_the_others_still_count()
    {
        var dir = Directory.CreateTempSubdirectory("manifest").FullName;
        try
        {
            // Two tilts of 90° and back, 2 s each, with rests: the readable file must still be counted.
            var lines = Enumerable.Range(0, 50 * 14).Select(n =>
            {
                var t = n / 50.0;
                var angle = t is > 3 and < 5 or > 8 and < 10 ? Math.PI / 2 * Math.Sin(Math.PI * ((t - 3) % 5) / 2) : 0;
                var rate = t is > 3 and < 5 or > 8 and < 10 ? Math.PI * Math.PI / 4 * Math.Cos(Math.PI * ((t - 3) % 5) / 2) : 0;
                return FormattableString.Invariant($"{t:F3},{9.81 * Math.Sin(angle):F4},0,{9.81 * Math.Cos(angle):F4},0,{rate:F4},0");
            });
            File.WriteAllText(Path.Combine(dir, "ok.csv"), "t,ax,ay,az,gx,gy,gz\n" + string.Join("\n", lines) + "\n");
            File.WriteAllText(Path.Combine(dir, "manifest.csv"), "file,reps\ngone.csv,5\nok.csv,2\n");
            var results = AccuracyHarness.Run(dir);
            Assert.Equal([0, 2], results.Select(r => r.Counted));
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void A_manifest_without_reps_gets_a_clear_error()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "file,rate_hz\na.csv,50\n");
            var e = Assert.Throws<FormatException>(() => ManifestEntry.Read(path));
            Assert.Contains("no 'reps' column", e.Message);
        }
        finally { File.Delete(path); }
    }
}

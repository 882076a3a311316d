using System.Text.Json;
using HepSense.FirmwareSim.Truth;

namespace HepSense.FirmwareSim.Tests;

[Collection(CliCollection.Name)]
public class CohortOverMqttTests
{
    [Fact]
    public async Task Every_batch_of_the_truth_reaches_the_broker_except_the_lost_ones_and_malformed_payloads_are_refused()
    {
        await using var broker = new TestBroker(_ => "s");
        await broker.StartAsync();
        var truthFile = Path.Combine(Path.GetTempPath(), $"cohort-{Guid.NewGuid():N}.json");
        try
        {
            var exit = await Cli.RunAsync("cohort", "--patients", "3", "--days", "2", "--seed", "5", "--truth", truthFile,
                "--faults", "8", "--malformed", "3", "--rate", "12.5", "--mqtt", broker.Address, "--secret", "s");
            Assert.Equal(0, exit);

            var truth = GroundTruth.Load(truthFile);
            Assert.Equal(3, truth.Patients.Count);
            Assert.Equal(3, broker.Refused.Count);
            Assert.Equal(3, truth.Faults.Count(f => f.Kind == "malformed"));
            foreach (var p in truth.Patients)
            {
                var sent = broker.BatchesOf(p.Device).Select(b => b.Seq).ToList();
                var expected = p.Sessions.SelectMany(s => s.Sets).SelectMany(s => Range(s.Seq!)).ToHashSet();
                var lost = truth.Faults.Where(f => f.Device == p.Device && f.Kind == "lost_batch").Select(f => f.Seq!.Value).ToHashSet();
                Assert.Equal(expected.Except(lost).Order(), sent.Distinct().Order());
                // Each injected duplicate arrives twice. More repeats may come: a batch whose PUBACK is lost with the connection
                // is sent again on reconnect (BandClient: at least once, as a real band; the node drops repeats by sequence).
                foreach (var seq in truth.Faults.Where(f => f.Device == p.Device && f.Kind == "duplicate").Select(f => f.Seq!.Value))
                    Assert.True(sent.Count(s => s == seq) >= 2, $"{p.Device}: batch {seq} was to arrive twice");
            }
            // Faults of every per-set kind show up at this rate.
            Assert.All(new[] { "duplicate", "out_of_order", "lost_batch", "disconnect" }, k => Assert.Contains(truth.Faults, f => f.Kind == k));
        }
        finally { File.Delete(truthFile); }
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_truth()
    {
        var a = Path.GetTempFileName();
        var b = Path.GetTempFileName();
        try
        {
            Assert.Equal(0, await Cli.RunAsync("cohort", "--patients", "4", "--days", "3", "--seed", "9", "--truth", a, "--no-send", "--rate", "12.5"));
            Assert.Equal(0, await Cli.RunAsync("cohort", "--patients", "4", "--days", "3", "--seed", "9", "--truth", b, "--no-send", "--rate", "12.5"));
            Assert.Equal(File.ReadAllText(a), File.ReadAllText(b));
        }
        finally { File.Delete(a); File.Delete(b); }
    }

    [Fact]
    public async Task The_truth_file_has_the_schema_of_the_issue()
    {
        var file = Path.GetTempFileName();
        try
        {
            Assert.Equal(0, await Cli.RunAsync("cohort", "--patients", "3", "--days", "2", "--seed", "2", "--truth", file, "--no-send", "--faults", "10", "--rate", "12.5"));
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            var root = doc.RootElement;
            var patient = root.GetProperty("patients")[0];
            foreach (var key in new[] { "id", "device", "persona", "sessions" }) Assert.True(patient.TryGetProperty(key, out _), key);
            var session = root.GetProperty("patients").EnumerateArray().SelectMany(p => p.GetProperty("sessions").EnumerateArray()).First();
            foreach (var key in new[] { "start", "end", "sets", "pain_before", "pain_after" }) Assert.True(session.TryGetProperty(key, out _), key);
            var set = session.GetProperty("sets")[0];
            Assert.True(set.TryGetProperty("exercise", out _));
            var rep = set.GetProperty("reps")[0];
            foreach (var key in new[] { "start", "end", "rom_deg", "partial" }) Assert.True(rep.TryGetProperty(key, out _), key);
            Assert.EndsWith("Z", rep.GetProperty("start").GetString());
            Assert.True(DateTimeOffset.TryParse(rep.GetProperty("end").GetString(), out _));
            var fault = root.GetProperty("faults")[0];
            foreach (var key in new[] { "kind", "device", "at" }) Assert.True(fault.TryGetProperty(key, out _), key);
        }
        finally { File.Delete(file); }
    }

    static IEnumerable<ulong> Range(ulong[] firstLast)
    {
        for (var s = firstLast[0]; s <= firstLast[1]; s++) yield return s;
    }
}

using System.Text.Json;

namespace HepSense.FirmwareSim.Tests;

[Collection(CliCollection.Name)]
public class LoadOverMqttTests
{
    [Fact]
    public async Task Load_ends_with_the_json_figures_and_every_band_delivered_its_batches()
    {
        await using var broker = new TestBroker(_ => "s");
        await broker.StartAsync();
        var output = new StringWriter();
        var stdout = Console.Out;
        Console.SetOut(output);
        int exit;
        try
        {
            exit = await Cli.RunAsync("load", "--bands", "20", "--rate", "50", "--seconds", "2", "--batch", "25", "--mqtt", broker.Address, "--secret", "s", "--json", "--prefix", "lt");
        }
        finally { Console.SetOut(stdout); }

        Assert.Equal(0, exit);
        var json = JsonDocument.Parse(output.ToString().Trim().Split('\n')[^1]).RootElement;
        foreach (var key in new[] { "bands", "batches_acked", "batches_refused", "batches_per_s", "samples_per_s", "ack_p50_ms", "ack_p99_ms" })
            Assert.True(json.TryGetProperty(key, out _), key);
        Assert.Equal(20, json.GetProperty("bands").GetInt32());
        Assert.Equal(20 * 4, json.GetProperty("batches_acked").GetInt64());     // 2 s of 0.5 s batches
        Assert.Equal(0, json.GetProperty("batches_refused").GetInt64());
        Assert.Equal(20, broker.Batches.Count);
        Assert.All(broker.Batches.Values, q => Assert.Equal(new ulong[] { 0, 1, 2, 3 }, q.Select(b => b.Seq).Order()));
    }
}

using System.Text.Json;
using HepSense.Contracts.Api;

namespace HepSense.EndToEnd.Tests;

/// <summary>The whole path: a real recording, replayed by firmware-sim over MQTT, counted by the grains, read back over gRPC and from InfluxDB.</summary>
public sealed class ReplayEndToEndTests(NodeFixture node) : IClassFixture<NodeFixture>
{
    [Fact]
    public async Task Replayed_recording_is_counted_as_offline_and_stored_in_influxdb()
    {
        var file = RepoPaths.Data("uci-pt/s1-e1-test.csv");
        var (samples, offline) = OfflineDetector.Run(file, 25);

        var (exit, stdout, stderr) = await Tool.FirmwareSim(node, "replay", "--file", file, "--device", "e2e-band-1", "--patient", "e2e-maria",
            "--exercise", "knee-extension-seated", "--speed", "0", "--mqtt", $"127.0.0.1:{node.MqttPort}", "--grpc", node.GrpcUrl, "--provision");
        Assert.True(exit == 0, $"firmware-sim exited {exit}: {stdout}\n{stderr}");

        var reps = await Poll.Until(async () =>
            await new RepService.RepServiceClient(node.Channel).ListRepsAsync(new ListRepsRequest { PatientId = "e2e-maria" }),
            r => r.Total >= offline.Count);
        Assert.Equal(offline.Count, (int)reps.Total);
        Assert.InRange(offline.Count, 27, 33); // the recording holds 30 reps
        Assert.All(reps.Reps, r => Assert.Equal("knee-extension-seated", r.Exercise));
        Assert.Equal(offline.Count(r => r.Partial), reps.Reps.Count(r => r.Partial));

        // The console prints the same count.
        var (cliExit, cliOut, cliErr) = await Tool.Console(node, "reps", "--patient", "e2e-maria", "--grpc", node.GrpcUrl, "--json");
        Assert.True(cliExit == 0, cliErr);
        var json = JsonDocument.Parse(cliOut.Trim().Split('\n')[^1]).RootElement;
        Assert.Equal(offline.Count, json.GetProperty("total").GetInt32());
        Assert.Equal(offline.Count, json.GetProperty("reps").GetArrayLength());

        // InfluxDB holds every raw sample and one point per rep.
        var imuPoints = await Poll.Until(() => node.Influx.Count("SELECT count(ax) FROM imu WHERE patient = 'e2e-maria'"), n => n >= samples);
        Assert.Equal(samples, imuPoints);
        Assert.Equal(offline.Count, await node.Influx.Count("SELECT count(duration_s) FROM rep WHERE patient = 'e2e-maria'"));
    }
}

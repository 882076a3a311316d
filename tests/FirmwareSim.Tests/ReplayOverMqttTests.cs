using HepSense.Contracts.Band;
using HepSense.FirmwareSim.Recording;

namespace HepSense.FirmwareSim.Tests;

[Collection(CliCollection.Name)]
public class ReplayOverMqttTests
{
    static readonly string Recording = RepoFiles.Path("data/imu/uci-pt/s1-e1-template.csv");

    [Fact]
    public async Task Replay_delivers_every_batch_in_order_between_the_exercise_and_session_events()
    {
        await using var broker = new TestBroker("band-r1", "s3cret");
        await broker.StartAsync();

        var exit = await Cli.RunAsync("replay", "--file", Recording, "--device", "band-r1", "--patient", "p1",
            "--exercise", "knee-extension-seated", "--speed", "0", "--mqtt", broker.Address, "--secret", "s3cret");

        Assert.Equal(0, exit);
        var rec = ImuCsv.Read(Recording);
        var expected = (rec.Samples.Count + 24) / 25;
        var batches = broker.BatchesOf("band-r1");
        Assert.Equal(Enumerable.Range(0, expected).Select(i => (ulong)i), batches.Select(b => b.Seq));
        Assert.All(batches, b => Assert.Equal(6u, b.Channels));
        Assert.Equal(rec.Samples.Count, batches.Sum(b => b.Samples.Length / 12));
        Assert.True(batches.Zip(batches.Skip(1)).All(p => p.Second.DeviceTimeMs - p.First.DeviceTimeMs == 1000));

        var events = broker.Events.ToList();
        Assert.Equal(DeviceEvent.KindOneofCase.ExerciseChosen, events.First().KindCase);
        Assert.Equal("knee-extension-seated", events.First().ExerciseChosen.Exercise);
        Assert.Equal(DeviceEvent.KindOneofCase.SessionEnded, events.Last().KindCase);
        var topics = broker.Topics.ToList();
        Assert.True(topics.IndexOf("hepsense/v1/band-r1/event") < topics.IndexOf("hepsense/v1/band-r1/imu"));
        Assert.EndsWith("/event", topics.Last());
    }

    [Fact]
    public async Task A_refused_batch_makes_replay_exit_non_zero_but_the_others_are_still_delivered()
    {
        await using var broker = new TestBroker("band-r2", "s3cret", accept: b => b.Seq != 3);
        await broker.StartAsync();

        var exit = await Cli.RunAsync("replay", "--file", Recording, "--device", "band-r2", "--patient", "p1",
            "--exercise", "knee-extension-seated", "--speed", "0", "--mqtt", broker.Address, "--secret", "s3cret");

        Assert.NotEqual(0, exit);
        Assert.DoesNotContain(3ul, broker.BatchesOf("band-r2").Select(b => b.Seq));
        Assert.Contains(4ul, broker.BatchesOf("band-r2").Select(b => b.Seq));
    }

    [Fact]
    public async Task A_wrong_secret_is_a_clear_non_zero_exit()
    {
        await using var broker = new TestBroker("band-r3", "right");
        await broker.StartAsync();

        var exit = await Cli.RunAsync("replay", "--file", Recording, "--device", "band-r3", "--patient", "p1",
            "--exercise", "x", "--speed", "0", "--mqtt", broker.Address, "--secret", "wrong", "--retry-seconds", "1");

        Assert.NotEqual(0, exit);
        Assert.Empty(broker.Batches);
    }

    [Fact]
    public async Task An_unreachable_broker_is_a_non_zero_exit()
    {
        var broker = new TestBroker("band-r4", "s");   // never started: its port is free
        var exit = await Cli.RunAsync("replay", "--file", Recording, "--device", "band-r4", "--patient", "p1",
            "--exercise", "x", "--speed", "0", "--mqtt", broker.Address, "--secret", "s", "--retry-seconds", "0.5");
        Assert.NotEqual(0, exit);
    }

    [Fact]
    public async Task A_broker_restart_mid_replay_loses_nothing_the_band_reconnects_and_resends()
    {
        await using var broker = new TestBroker("band-r5", "s3cret");
        await broker.StartAsync();
        var replay = Cli.RunAsync("replay", "--file", Recording, "--device", "band-r5", "--patient", "p1",
            "--exercise", "x", "--speed", "50", "--mqtt", broker.Address, "--secret", "s3cret", "--window", "2");

        while (broker.BatchesOf("band-r5").Count < 3 && !replay.IsCompleted) await Task.Delay(10);
        await broker.StopAsync();
        await Task.Delay(500);
        await broker.StartAsync();

        Assert.Equal(0, await replay);
        var expected = (ImuCsv.Read(Recording).Samples.Count + 24) / 25;
        Assert.Equal(Enumerable.Range(0, expected).Select(i => (ulong)i), broker.BatchesOf("band-r5").Select(b => b.Seq).Distinct().Order());
    }
}

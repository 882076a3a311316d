using HepSense.Grains.Telemetry;
using Microsoft.Extensions.DependencyInjection;

namespace HepSense.Grains.Tests;

/// <summary>The writer and the reader against the real InfluxDB, each test on its own database.</summary>
public sealed class TelemetryWriterTests : IAsyncLifetime
{
    private readonly TestInflux _influx = new();
    private ServiceProvider? _services;

    private TelemetryWriter Writer(IDictionary<string, string?>? settings = null)
    {
        var services = new ServiceCollection().AddLogging().AddHepSenseTelemetry(_influx.Configuration(settings));
        _services = services.BuildServiceProvider();
        return _services.GetRequiredService<TelemetryWriter>();
    }

    private InfluxQuery Query => _services!.GetRequiredService<InfluxQuery>();

    private static string ImuLine(string patient, long ms) =>
        Points.Samples(RawSampleMode.All, patient, "band-1", Batches.AtRest(0, ms, samples: 1), [new(0, 0, 9.81f, 0, 0, 0)], 10).Single();

    [Fact]
    public async Task Creates_its_database_and_reads_reps_back_whole()
    {
        var writer = Writer();
        await writer.StartAsync(default);
        Assert.Contains(_influx.Database, await _influx.QueryAsync("SHOW DATABASES"));

        var t0 = new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);
        RepRecord[] reps =
        [
            new("pat-1", "band-1", "knee-extension-seated", t0, t0.AddMilliseconds(2480), 71.5, 143.25, false, 0.93, 1, 1),
            new("pat-1", "band-1", "knee-extension-seated", t0.AddSeconds(3), t0.AddSeconds(5.04), 22.0, 60.5, true, 0.61, 1, 2),
            new("pat-1", "band-2", "biceps curl", t0.AddMinutes(5), t0.AddMinutes(5).AddSeconds(2), 110, 200, false, 1, 1, 1),
            new("pat-2", "band-9", "squat", t0, t0.AddSeconds(2), 90, 100, false, 1, 1, 1),
        ];
        await writer.WriteAsync(reps.Select(Points.RepLine));
        await writer.FlushAsync();

        Assert.Equal(reps[..3], await Query.GetReps("pat-1"));
        Assert.Equal(reps[1..2], await Query.GetReps("pat-1", t0.AddSeconds(1), t0.AddMinutes(1)));
        Assert.Empty(await Query.GetReps("pat-3"));
        Assert.Equal(4, writer.LinesWritten);
        await writer.StopAsync(default);
    }

    [Fact]
    public async Task A_full_buffer_makes_producers_wait_and_loses_nothing()
    {
        var writer = Writer(new Dictionary<string, string?> { ["HepSense:Influx:BufferLines"] = "10", ["HepSense:Influx:BatchLines"] = "7" });
        const long t0 = 1_780_000_000_000;

        // Not started: nothing drains the buffer, so the eleventh line has to wait.
        for (var i = 0; i < 10; i++)
            Assert.True(writer.WriteAsync(ImuLine("pat-bp", t0 + i)).IsCompletedSuccessfully);
        var eleventh = writer.WriteAsync(ImuLine("pat-bp", t0 + 10)).AsTask();
        Assert.False(eleventh.IsCompleted);
        Assert.Equal(10, writer.BufferDepth);

        await writer.StartAsync(default);
        await eleventh;
        await Task.WhenAll(Enumerable.Range(0, 4).Select(p => Task.Run(async () =>
        {
            for (var i = 0; i < 500; i++) await writer.WriteAsync(ImuLine("pat-bp", t0 + 1000 + p * 500 + i));
        })));
        await writer.FlushAsync();

        Assert.Equal(2011, await Query.CountImuPoints("pat-bp"));
        Assert.Equal(2011, writer.LinesWritten);
        Assert.Equal(0, writer.LinesFailed);
        await writer.StopAsync(default);
    }

    [Fact]
    public async Task A_rejected_batch_is_counted_and_later_lines_still_land()
    {
        var writer = Writer();
        await writer.StartAsync(default);

        await writer.WriteAsync("this is not line protocol");
        await writer.FlushAsync();
        await writer.WriteAsync(ImuLine("pat-bad", 1_780_000_000_000));
        await writer.FlushAsync();

        Assert.Equal(1, writer.LinesFailed);
        Assert.Equal(1, writer.LinesWritten);
        Assert.Equal(1, await Query.CountImuPoints("pat-bad"));
        await writer.StopAsync(default);
    }

    [Fact]
    public async Task A_database_dropped_under_the_writer_is_created_again_and_nothing_is_lost()
    {
        var writer = Writer();
        await writer.StartAsync(default);
        await _influx.QueryAsync($"DROP DATABASE \"{_influx.Database}\"");

        await writer.WriteAsync(ImuLine("pat-drop", 1_780_000_000_000));
        await writer.FlushAsync();

        Assert.Equal(1, writer.LinesWritten);
        Assert.Equal(0, writer.LinesFailed);
        Assert.Equal(1, await Query.CountImuPoints("pat-drop"));
        await writer.StopAsync(default);
    }

    [Fact]
    public async Task Stopping_drains_the_buffer_and_disposing_closes_it()
    {
        var writer = Writer(new Dictionary<string, string?> { ["HepSense:Influx:FlushInterval"] = "00:00:30" });
        await writer.StartAsync(default);
        for (var i = 0; i < 300; i++) await writer.WriteAsync(ImuLine("pat-stop", 1_780_000_000_000 + i));

        await writer.StopAsync(default);
        Assert.Equal(300, writer.LinesWritten);

        // Grains deactivating after the writer stopped (the silo stops later) still get their lines out.
        await writer.WriteAsync(ImuLine("pat-stop", 1_780_000_001_000));
        await writer.DisposeAsync();

        Assert.Equal(301, writer.LinesWritten);
        Assert.Equal(301, await Query.CountImuPoints("pat-stop"));
        await Assert.ThrowsAnyAsync<InvalidOperationException>(async () => await writer.WriteAsync(ImuLine("pat-stop", 0)));
    }

    [Fact]
    public async Task Ping_needs_the_database()
    {
        var writer = Writer();
        await Assert.ThrowsAsync<InfluxHttp.RejectedException>(() => Query.Ping());
        await writer.StartAsync(default);
        await Query.Ping();
    }

    [Fact]
    public async Task Queries_refuse_ids_that_could_inject_InfluxQL()
    {
        Writer();
        await Assert.ThrowsAsync<ArgumentException>(() => Query.GetReps("x' OR patient =~ /.*/ --"));
        await Assert.ThrowsAsync<ArgumentException>(() => Query.CountImuPoints("a\"b"));
        Assert.Equal(0, await Query.CountImuPoints("pat-nobody")); // database not created yet: no rows, no error
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_services is not null) await _services.DisposeAsync();
        await _influx.DisposeAsync();
    }
}

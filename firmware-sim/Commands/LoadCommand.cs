using System.Collections.Concurrent;
using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Google.Protobuf;
using HepSense.Contracts.Band;
using HepSense.FirmwareSim.Band;
using HepSense.FirmwareSim.People;
using HepSense.FirmwareSim.Physics;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HepSense.FirmwareSim.Commands;

/// <summary>
/// Thousands of bands from one process, each publishing a batch per period at QoS 1, for a fixed time;
/// ends with throughput and PUBACK latency percentiles.
/// </summary>
public sealed class LoadCommand : AsyncCommand<LoadCommand.Settings>
{
    public sealed class Settings : NodeSettings
    {
        [CommandOption("--bands <N>")]
        [Description("Simulated bands, each with its own MQTT connection.")]
        public int Bands { get; set; }

        [CommandOption("--rate <HZ>")]
        [Description("Sample rate of every band.")]
        [DefaultValue(50.0)]
        public double Rate { get; set; } = 50;

        [CommandOption("--seconds <S>")]
        [Description("How long the bands stream, after all are connected.")]
        [DefaultValue(10.0)]
        public double Seconds { get; set; } = 10;

        [CommandOption("--batch <SAMPLES>")]
        [Description("Samples per batch; default: one second's worth (the rate).")]
        public int? Batch { get; set; }

        [CommandOption("--exercise <NAME>")]
        [Description("What the bands' samples show (one physics-generated minute, repeated).")]
        [DefaultValue("biceps-curl")]
        public string Exercise { get; set; } = "biceps-curl";

        [CommandOption("--prefix <P>")]
        [Description("Prefix of band and patient ids; default: load-{random}, so every run has fresh bands.")]
        public string? Prefix { get; set; }

        [CommandOption("--connect-parallel <N>")]
        [Description("Connections (and provisioning calls) opened at once while ramping up.")]
        [DefaultValue(64)]
        public int ConnectParallel { get; set; } = 64;

        [CommandOption("--json")]
        [Description("End with one JSON line: bands, batches_acked, batches_refused, batches_per_s, samples_per_s, ack_p50_ms, ack_p99_ms (progress goes to stderr).")]
        public bool Json { get; set; }

        public int BatchSize => Batch ?? BatchBuilder.DefaultBatchSize(Rate);

        public override ValidationResult Validate()
        {
            if (Bands is < 1 or > 100_000) return ValidationResult.Error("--bands must be 1..100000.");
            if (Rate is < 1 or > 1000) return ValidationResult.Error("--rate must be 1..1000 Hz.");
            if (Seconds is <= 0 or > 86_400) return ValidationResult.Error("--seconds must be positive.");
            if (BatchSize is < 1 or > 1000) return ValidationResult.Error("--batch must be 1..1000 samples.");
            if (ExerciseCatalog.Find(Exercise) is null) return ValidationResult.Error($"--exercise must be one of: {ExerciseCatalog.Names}.");
            if (ConnectParallel < 1) return ValidationResult.Error("--connect-parallel must be at least 1.");
            if (!Provision && string.IsNullOrEmpty(GivenSecret))
                return ValidationResult.Error($"the bands need secrets: pass --provision, or --secret / {SecretVariable} for a broker that takes one secret.");
            return base.Validate();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings s, CancellationToken ct)
    {
        // With --json the last line of stdout is the result; everything else goes to stderr.
        var console = s.Json ? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }) : AnsiConsole.Console;
        var prefix = s.Prefix ?? $"load-{Guid.NewGuid().ToString("N")[..6]}";
        var devices = Enumerable.Range(1, s.Bands).Select(i => $"{prefix}-b{i:00000}").ToArray();
        var payloads = SamplePayloads(s);
        var bands = new BandClient?[s.Bands];
        try
        {
            var secrets = new ConcurrentDictionary<string, string>();
            var phase = Stopwatch.StartNew();
            if (s.Provision)
            {
                using var node = new NodeProvisioner(s.Grpc, s.Token);
                await node.ProvisionAsync(devices[0], $"{prefix}-p00001", ct);   // fail fast on an unreachable node
                await ProgressDisplay.ForEachAsync(console, $"provisioning {s.Bands} bands", s.Bands, s.ConnectParallel, async (i, token) =>
                    secrets[devices[i]] = await node.ProvisionAsync(devices[i], $"{prefix}-p{i + 1:00000}", token), ct);
                console.MarkupLineInterpolated($"[grey]provisioned {s.Bands} bands in {phase.Elapsed.TotalSeconds:0.0} s[/]");
                phase.Restart();
            }
            BandClient Band(int i) => new(s.Broker, devices[i], secrets.GetValueOrDefault(devices[i]) ?? s.GivenSecret!, s.ClientOptions);
            bands[0] = Band(0);
            await bands[0]!.ConnectAsync(ct);                                       // fail fast on an unreachable broker
            var unconnected = 0;
            await ProgressDisplay.ForEachAsync(console, $"connecting {s.Bands} bands", s.Bands, s.ConnectParallel, async (i, token) =>
            {
                if (i == 0) return;
                var band = Band(i);
                try
                {
                    await band.ConnectAsync(token);
                    bands[i] = band;
                }
                catch (BandConnectionException e)
                {
                    // One band that cannot connect does not stop the others; it is counted and reported.
                    if (Interlocked.Increment(ref unconnected) <= 3) console.MarkupLineInterpolated($"[yellow]{e.Message}[/]");
                    await band.DisposeAsync();
                }
            }, ct);
            console.MarkupLineInterpolated($"[grey]connected {s.Bands - unconnected} bands in {phase.Elapsed.TotalSeconds:0.0} s[/]");

            var result = await Stream(console, s, bands.OfType<BandClient>().ToArray(), payloads, ct) with { Unconnected = unconnected };
            Report(console, s, result);
            return result.Refused > 0 || result.Failed > 0 || unconnected > 0 ? 2 : 0;
        }
        catch (BandConnectionException e)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return 3;
        }
        finally
        {
            await Parallel.ForEachAsync(bands.Where(b => b is not null), new ParallelOptions { MaxDegreeOfParallelism = 64 },
                async (b, _) => await b!.DisposeAsync());
        }
    }

    sealed record LoadResult(long Acked, long Refused, long Failed, long Samples, double Seconds, double[] LatenciesMs)
    {
        public int Unconnected { get; init; }
    }

    static async Task<LoadResult> Stream(IAnsiConsole console, Settings s, BandClient[] bands, ByteString[] payloads, CancellationToken ct)
    {
        var period = TimeSpan.FromSeconds(s.BatchSize / s.Rate);
        console.MarkupLineInterpolated($"[grey]streaming: {bands.Length} bands x {s.Rate} Hz, {s.BatchSize} samples per batch, {s.Seconds} s[/]");
        var clock = Stopwatch.StartNew();
        var end = TimeSpan.FromSeconds(s.Seconds);
        long acked = 0, refused = 0, failed = 0, samples = 0;
        var latencies = new List<double>[bands.Length];
        var lastAck = TimeSpan.Zero;
        var lastAckLock = new object();

        async Task RunBand(int b)
        {
            var lat = latencies[b] = new List<double>((int)(s.Seconds / period.TotalSeconds) + 1);
            var gate = new SemaphoreSlim(s.Window);
            var pending = new List<Task>();
            var offset = period * ((double)b / bands.Length);    // spread the bands over one period
            var start = DateTimeOffset.UtcNow;
            for (var k = 0ul; ; k++)
            {
                var due = offset + period * k;
                if (due >= end) break;
                var wait = due - clock.Elapsed;
                if (wait > TimeSpan.Zero) await Task.Delay(wait, ct);
                await gate.WaitAsync(ct);
                var batch = new ImuBatch
                {
                    Seq = k, DeviceTimeMs = (start + period * k).ToUnixTimeMilliseconds(), SampleRateHz = (float)s.Rate,
                    AccelScale = (float)SensorSpec.Default.AccelScale, GyroScale = (float)SensorSpec.Default.GyroScale, Channels = 6,
                    Samples = payloads[(int)(k % (ulong)payloads.Length)],
                };
                pending.Add(Publish(batch));
            }
            await Task.WhenAll(pending);

            async Task Publish(ImuBatch batch)
            {
                try
                {
                    var o = await bands[b].PublishAsync(batch, ct);
                    if (o.Accepted)
                    {
                        Interlocked.Increment(ref acked);
                        Interlocked.Add(ref samples, s.BatchSize);
                        lock (lat) lat.Add(o.LatencyMs);
                    }
                    else Interlocked.Increment(ref refused);
                    lock (lastAckLock) lastAck = clock.Elapsed;
                }
                catch (BandConnectionException) { Interlocked.Increment(ref failed); }
                finally { gate.Release(); }
            }
        }

        await ProgressDisplay.Of(console).StartAsync(async p =>
        {
            var task = p.AddTask("streaming", maxValue: s.Seconds);
            var all = Task.WhenAll(Enumerable.Range(0, bands.Length).Select(b => Task.Run(() => RunBand(b), ct)));
            while (!all.IsCompleted)
            {
                await Task.WhenAny(all, Task.Delay(250, ct));
                task.Value = Math.Min(s.Seconds, clock.Elapsed.TotalSeconds);
                task.Description = $"streaming: {Interlocked.Read(ref acked):N0} acked";
            }
            await all;
            task.Value = s.Seconds;
        });
        var lats = latencies.SelectMany(l => l).ToArray();
        Array.Sort(lats);
        return new LoadResult(acked, refused, failed, samples, Math.Max(lastAck.TotalSeconds, 1e-3), lats);
    }

    /// <summary>One minute of physics-generated samples, cut into packed batch payloads that every band cycles through.</summary>
    static ByteString[] SamplePayloads(Settings s)
    {
        var rng = new Random(42);
        var ex = ExerciseCatalog.Find(s.Exercise)!;
        var plan = SetPlanner.Plan(ex, PersonaCatalog.Find("adherent")!, 20, null, rng, allowEarlyStop: false);
        var rec = SetRecorder.Record(plan, Mounting.Random(rng), SensorModel.Typical(rng), s.Rate, 0.5, rng, 0.5);
        return BatchBuilder.Split(rec, DateTimeOffset.UnixEpoch, 0, s.BatchSize)
            .Where(b => b.Samples.Length == s.BatchSize * 12).Select(b => b.Samples).ToArray();
    }

    static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];

    static void Report(IAnsiConsole console, Settings s, LoadResult r)
    {
        var figures = new Dictionary<string, object>
        {
            ["bands"] = s.Bands,
            ["batches_acked"] = r.Acked,
            ["batches_refused"] = r.Refused,
            ["batches_per_s"] = Math.Round(r.Acked / r.Seconds, 1),
            ["samples_per_s"] = Math.Round(r.Samples / r.Seconds, 1),
            ["ack_p50_ms"] = Math.Round(Percentile(r.LatenciesMs, 50), 2),
            ["ack_p99_ms"] = Math.Round(Percentile(r.LatenciesMs, 99), 2),
            ["ack_max_ms"] = Math.Round(r.LatenciesMs.Length == 0 ? 0 : r.LatenciesMs[^1], 2),
            ["batches_failed"] = r.Failed,
            ["bands_unconnected"] = r.Unconnected,
            ["rate_hz"] = s.Rate,
            ["batch_samples"] = s.BatchSize,
            ["seconds"] = Math.Round(r.Seconds, 2),
        };
        var table = new Table().AddColumns("figure", "value");
        foreach (var (k, v) in figures) table.AddRow(k, Convert.ToString(v, CultureInfo.InvariantCulture)!);
        console.Write(table);
        if (s.Json) Console.Out.WriteLine(JsonSerializer.Serialize(figures));
    }
}

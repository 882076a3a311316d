using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Text;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HepSense.Grains.Telemetry;

/// <summary>
/// The node's one InfluxDB writer. Producers (grains) put line protocol into a bounded buffer and wait when it
/// is full, so a slow InfluxDB slows ingest instead of losing data. One background loop sends batches of up
/// to <see cref="InfluxOptions.BatchLines"/> lines, or whatever arrived within <see cref="InfluxOptions.FlushInterval"/>,
/// to /write. Transient failures are retried (resilience handler, then this loop, forever, with back-off);
/// a batch InfluxDB itself rejects (400: bad line, field type conflict) is counted as failed and logged.
/// Stopping drains the buffer; disposing closes it.
/// </summary>
public sealed class TelemetryWriter : IHostedService, IAsyncDisposable
{
    private readonly IHttpClientFactory _http;
    private readonly ILogger<TelemetryWriter> _logger;
    private readonly Channel<string> _buffer;
    private readonly Meter _meter = new("HepSense.Telemetry");
    private readonly CancellationTokenSource _abort = new();
    private Task? _loop;
    private long _enqueued, _written, _failed;
    private int _disposed;
    private CancellationTokenSource? _wait;
    private static readonly TimeSpan DrainOnDispose = TimeSpan.FromSeconds(10);

    public TelemetryWriter(IHttpClientFactory http, IOptions<InfluxOptions> options, ILogger<TelemetryWriter> logger)
    {
        _http = http;
        _logger = logger;
        Options = options.Value;
        InfluxNames.RequireDatabase(Options.Database);
        _buffer = Channel.CreateBounded<string>(new BoundedChannelOptions(Options.BufferLines)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });
        _meter.CreateObservableCounter("hepsense.influx.lines_written", () => LinesWritten);
        _meter.CreateObservableCounter("hepsense.influx.lines_failed", () => LinesFailed);
        _meter.CreateObservableGauge("hepsense.influx.buffer_depth", () => BufferDepth);
    }

    public InfluxOptions Options { get; }
    public long LinesWritten => Interlocked.Read(ref _written);
    public long LinesFailed => Interlocked.Read(ref _failed);
    public int BufferDepth => _buffer.Reader.Count;

    /// <summary>Queues one line; waits while the buffer is full. Throws once the writer has stopped.</summary>
    public async ValueTask WriteAsync(string line, CancellationToken cancellationToken = default)
    {
        await _buffer.Writer.WriteAsync(line, cancellationToken);
        Interlocked.Increment(ref _enqueued);
    }

    /// <summary>Queues lines in order; waits only when the buffer is full (a batch's samples mostly fit without waiting).</summary>
    public async ValueTask WriteAsync(IEnumerable<string> lines, CancellationToken cancellationToken = default)
    {
        foreach (var line in lines)
        {
            if (_buffer.Writer.TryWrite(line)) Interlocked.Increment(ref _enqueued);
            else await WriteAsync(line, cancellationToken);
        }
    }

    /// <summary>Completes when every line queued before the call has been written or has failed.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        var target = Interlocked.Read(ref _enqueued);
        while (LinesWritten + LinesFailed < target)
        {
            if (_loop is null or { IsCompleted: true }) throw new InvalidOperationException("the telemetry writer is not running");
            CutWait();
            await Task.Delay(10, cancellationToken);
        }
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await EnsureDatabaseAsync(cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or Polly.CircuitBreaker.BrokenCircuitException)
        {
            // The node still starts; the loop creates the database when /write says it is missing.
            _logger.LogWarning("InfluxDB at {Url} is not reachable yet ({Error}); will retry while writing", Options.Url, e.Message);
        }
        _loop ??= Task.Run(() => RunAsync(_abort.Token), CancellationToken.None);
    }

    /// <summary>
    /// Writes out what is buffered, but keeps accepting lines: hosted services stop in reverse order, so the
    /// silo may stop after this, and its grains still flush their last reps while deactivating.
    /// <see cref="DisposeAsync"/> (after every hosted service has stopped) closes the writer.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await FlushAsync(cancellationToken);
        }
        catch (Exception e) when (e is OperationCanceledException or InvalidOperationException)
        {
            _logger.LogWarning("Telemetry writer stopping with {Lines} lines still buffered", BufferDepth);
        }
    }

    /// <summary>Closes the buffer and drains it for at most <see cref="DrainOnDispose"/>. Idempotent: the container
    /// disposes the instance once as itself and once as the hosted service.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        _buffer.Writer.TryComplete();
        if (_loop is not null)
        {
            CutWait();
            if (await Task.WhenAny(_loop, Task.Delay(DrainOnDispose)) != _loop)
                _logger.LogError("Telemetry writer closed with {Lines} lines not written (InfluxDB at {Url} unreachable)", BufferDepth, Options.Url);
            await _abort.CancelAsync();
            await _loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
        _abort.Dispose();
        _meter.Dispose();
    }

    /// <summary>Makes the loop send what it has now instead of waiting for its batch to fill.</summary>
    private void CutWait()
    {
        try
        {
            Volatile.Read(ref _wait)?.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }
    }

    public async Task EnsureDatabaseAsync(CancellationToken cancellationToken)
    {
        using var client = _http.CreateClient(InfluxHttp.ClientName);
        using var response = await client.SendAsync(
            InfluxHttp.Query(null, $"CREATE DATABASE {InfluxNames.Identifier(Options.Database)}"), cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new InfluxHttp.RejectedException(response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
    }

    private async Task RunAsync(CancellationToken abort)
    {
        var reader = _buffer.Reader;
        var batch = new StringBuilder();
        try
        {
            while (await reader.WaitToReadAsync(abort))
            {
                var lines = 0;
                var deadline = Stopwatch.GetTimestamp() + (long)(Options.FlushInterval.TotalSeconds * Stopwatch.Frequency);
                while (lines < Options.BatchLines)
                {
                    while (lines < Options.BatchLines && reader.TryRead(out var line))
                    {
                        batch.Append(line).Append('\n');
                        lines++;
                    }
                    var left = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), deadline);
                    if (lines >= Options.BatchLines || left <= TimeSpan.Zero || reader.Completion.IsCompleted) break;
                    using var wait = CancellationTokenSource.CreateLinkedTokenSource(abort);
                    wait.CancelAfter(left);
                    Volatile.Write(ref _wait, wait);
                    try
                    {
                        if (!await reader.WaitToReadAsync(wait.Token)) break;
                    }
                    catch (OperationCanceledException) when (!abort.IsCancellationRequested)
                    {
                        break;
                    }
                    finally
                    {
                        Volatile.Write(ref _wait, null);
                    }
                }
                if (lines == 0) continue;
                await SendAsync(batch.ToString(), lines, abort);
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
        }
    }

    /// <summary>Sends one batch until InfluxDB has it or refuses it.</summary>
    private async Task SendAsync(string lines, int count, CancellationToken abort)
    {
        var backOff = TimeSpan.FromMilliseconds(250);
        while (true)
        {
            try
            {
                using var client = _http.CreateClient(InfluxHttp.ClientName);
                using var response = await client.SendAsync(InfluxHttp.Write(Options.Database, lines), abort);
                if (response.IsSuccessStatusCode)
                {
                    Interlocked.Add(ref _written, count);
                    return;
                }
                var body = await response.Content.ReadAsStringAsync(abort);
                if (response.StatusCode == HttpStatusCode.NotFound && body.Contains("database not found"))
                {
                    await EnsureDatabaseAsync(abort);
                    continue;
                }
                if ((int)response.StatusCode is >= 400 and < 500)
                {
                    // InfluxDB's own verdict on the data: a retry would get the same answer. A partial write
                    // stored the good lines; the count here is the batch, the log says what went wrong.
                    Interlocked.Add(ref _failed, count);
                    _logger.LogError("InfluxDB rejected a batch of {Lines} lines: {Status} {Body}", count, (int)response.StatusCode, body);
                    return;
                }
                _logger.LogWarning("InfluxDB write failed with {Status}; retrying in {Delay}", (int)response.StatusCode, backOff);
            }
            catch (Exception e) when (!abort.IsCancellationRequested)
            {
                _logger.LogWarning("InfluxDB write failed ({Error}); retrying in {Delay}", e.Message, backOff);
            }
            await Task.Delay(backOff, abort);
            backOff = TimeSpan.FromTicks(Math.Min(backOff.Ticks * 2, TimeSpan.FromSeconds(30).Ticks));
        }
    }
}

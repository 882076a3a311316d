namespace HepSense.Grains.Telemetry;

/// <summary>InfluxDB settings, bound from <see cref="Section"/> (environment: <c>HepSense__Influx__Url</c> and so on).</summary>
public sealed record InfluxOptions
{
    public const string Section = "HepSense:Influx";

    /// <summary>Base address of the InfluxDB v1 HTTP API.</summary>
    public Uri Url { get; init; } = new("http://127.0.0.1:8086");

    /// <summary>Created on start if missing.</summary>
    public string Database { get; init; } = "hepsense";

    public RawSampleMode RawSamples { get; init; } = RawSampleMode.All;

    /// <summary>Target rate of <see cref="RawSampleMode.Decimated"/>.</summary>
    public double DecimatedRateHz { get; init; } = 10;

    /// <summary>Lines the writer buffers before producers wait (back-pressure).</summary>
    public int BufferLines { get; init; } = 100_000;

    /// <summary>Most lines per /write request.</summary>
    public int BatchLines { get; init; } = 5_000;

    /// <summary>Longest a line waits for its batch to fill before it is sent anyway.</summary>
    public TimeSpan FlushInterval { get; init; } = TimeSpan.FromSeconds(1);
}

namespace HepSense.Ingest.Tests;

/// <summary>A uniquely named database on the real InfluxDB (HepSense__Influx__Url, default 127.0.0.1:8086), dropped after.</summary>
public sealed class TestInflux : IAsyncDisposable
{
    public static readonly Uri Url = new(Environment.GetEnvironmentVariable("HepSense__Influx__Url") ?? "http://127.0.0.1:8086");

    public string Database { get; } = $"hepsense_ingest_test_{Guid.NewGuid():N}";

    public async Task<string> QueryAsync(string influxQl)
    {
        using var http = new HttpClient { BaseAddress = Url };
        using var response = await http.PostAsync("query", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["db"] = Database, ["q"] = influxQl }));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    public async ValueTask DisposeAsync() => await QueryAsync($"DROP DATABASE \"{Database}\"");
}

using Microsoft.Extensions.Configuration;

namespace HepSense.Tests;

/// <summary>Shared by the test projects (linked Compile item). A uniquely named database on the real InfluxDB (HepSense__Influx__Url, default 127.0.0.1:8086), dropped after.</summary>
public sealed class TestInflux : IAsyncDisposable
{
    public static readonly Uri Url = new(Environment.GetEnvironmentVariable("HepSense__Influx__Url") ?? "http://127.0.0.1:8086");

    public string Database { get; } = $"hepsense_test_{Guid.NewGuid():N}";

    /// <summary>Configuration as the node reads it, pointing at this database.</summary>
    public IConfiguration Configuration(IDictionary<string, string?>? overrides = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["HepSense:Influx:Url"] = Url.ToString(),
            ["HepSense:Influx:Database"] = Database,
            ["HepSense:Influx:FlushInterval"] = "00:00:00.100",
        };
        foreach (var (k, v) in overrides ?? new Dictionary<string, string?>()) values[k] = v;
        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }

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

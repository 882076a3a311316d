using System.Net.Http.Json;
using System.Text.Json;

namespace HepSense.EndToEnd.Tests;

/// <summary>The test's own InfluxQL reader, independent of the node's, so the node's writes are checked from outside.</summary>
public sealed class InfluxClient(string url, string database) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = new Uri(url) };

    public async Task<long> Count(string query)
    {
        var response = await _http.PostAsync("/query", new FormUrlEncodedContent(new Dictionary<string, string> { ["db"] = database, ["q"] = query }));
        response.EnsureSuccessStatusCode();
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        var result = json.GetProperty("results")[0];
        if (result.TryGetProperty("error", out var error)) throw new InvalidOperationException(error.GetString());
        if (!result.TryGetProperty("series", out var series)) return 0;
        return series[0].GetProperty("values")[0][1].GetInt64();
    }

    public Task DropDatabase() =>
        _http.PostAsync("/query", new FormUrlEncodedContent(new Dictionary<string, string> { ["q"] = $"DROP DATABASE \"{database}\"" }));

    public void Dispose() => _http.Dispose();
}

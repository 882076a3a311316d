using System.Net;
using System.Text;

namespace HepSense.Grains.Telemetry;

/// <summary>The InfluxDB v1 HTTP endpoints HepSense speaks: POST /write (line protocol) and POST /query (InfluxQL).
/// Named HttpClient "influx", with base address and resilience handler set up by <see cref="TelemetryServiceCollectionExtensions"/>.</summary>
public static class InfluxHttp
{
    public const string ClientName = "influx";

    public static HttpRequestMessage Write(string database, string lines) =>
        new(HttpMethod.Post, $"write?db={Uri.EscapeDataString(database)}&precision=ms")
        {
            Content = new StringContent(lines, Encoding.UTF8, "text/plain"),
        };

    public static HttpRequestMessage Query(string? database, string influxQl)
    {
        var form = new Dictionary<string, string> { ["q"] = influxQl, ["epoch"] = "ms" };
        if (database is not null) form["db"] = database;
        return new(HttpMethod.Post, "query") { Content = new FormUrlEncodedContent(form) };
    }

    /// <summary>Raised for an answer InfluxDB gave (as opposed to one it could not give): retrying will not help.</summary>
    public sealed class RejectedException(HttpStatusCode status, string body)
        : Exception($"InfluxDB answered {(int)status}: {body}")
    {
        public HttpStatusCode Status { get; } = status;
    }
}

using System.Text.Json;
using Microsoft.Extensions.Options;

namespace HepSense.Grains.Telemetry;

/// <summary>Reads HepSense's history back from InfluxDB with InfluxQL over POST /query.</summary>
public sealed class InfluxQuery(IHttpClientFactory http, IOptions<InfluxOptions> options)
{
    private readonly string _database = InfluxNames.RequireDatabase(options.Value.Database);

    /// <summary>A patient's reps in time order, optionally within [from, to).</summary>
    public async Task<IReadOnlyList<RepRecord>> GetReps(
        string patientId, DateTimeOffset? from = null, DateTimeOffset? to = null, CancellationToken cancellationToken = default)
    {
        Ids.Require(patientId, nameof(patientId));
        var where = $"\"patient\" = {InfluxNames.Literal(patientId)}";
        if (from is { } f) where += $" AND time >= {f.ToUnixTimeMilliseconds()}ms";
        if (to is { } t) where += $" AND time < {t.ToUnixTimeMilliseconds()}ms";
        var rows = await SelectAsync(
            $"SELECT \"device\", \"exercise\", \"end_ms\", \"rom_deg\", \"peak_dps\", \"partial\", \"confidence\", \"set\", \"rep_in_set\" " +
            $"FROM {InfluxNames.Identifier(Points.Rep)} WHERE {where} ORDER BY time ASC", cancellationToken);
        return rows.Select(r => new RepRecord(
            patientId,
            r.String("device"),
            r.String("exercise"),
            DateTimeOffset.FromUnixTimeMilliseconds(r.Int64("time")),
            DateTimeOffset.FromUnixTimeMilliseconds(r.Int64("end_ms")),
            r.Double("rom_deg"),
            r.Double("peak_dps"),
            r.Bool("partial"),
            r.Double("confidence"),
            (int)r.Int64("set"),
            (int)r.Int64("rep_in_set"))).ToList();
    }

    /// <summary>How many raw <c>imu</c> points a patient has (per-sample or decimated storage).</summary>
    public async Task<long> CountImuPoints(string patientId, CancellationToken cancellationToken = default)
    {
        Ids.Require(patientId, nameof(patientId));
        var rows = await SelectAsync(
            $"SELECT COUNT(\"ax\") FROM {InfluxNames.Identifier(Points.Imu)} WHERE \"patient\" = {InfluxNames.Literal(patientId)}",
            cancellationToken);
        return rows.Count == 0 ? 0 : rows[0].Int64("count");
    }

    /// <summary>Throws unless InfluxDB answers a query on the node's database (which must exist).</summary>
    public async Task Ping(CancellationToken cancellationToken = default)
    {
        using var client = http.CreateClient(InfluxHttp.ClientName);
        using var response = await client.SendAsync(
            InfluxHttp.Query(_database, $"SHOW RETENTION POLICIES ON {InfluxNames.Identifier(_database)}"), cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode) throw new InfluxHttp.RejectedException(response.StatusCode, body);
        using var json = JsonDocument.Parse(body);
        foreach (var result in json.RootElement.GetProperty("results").EnumerateArray())
            if (result.TryGetProperty("error", out var error))
                throw new InfluxHttp.RejectedException(response.StatusCode, error.GetString() ?? body);
    }

    /// <summary>Runs one SELECT and returns its rows, across series, each keyed by column (and by the series' tags).</summary>
    public async Task<IReadOnlyList<Row>> SelectAsync(string influxQl, CancellationToken cancellationToken = default)
    {
        using var client = http.CreateClient(InfluxHttp.ClientName);
        using var response = await client.SendAsync(InfluxHttp.Query(_database, influxQl), cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode) throw new InfluxHttp.RejectedException(response.StatusCode, body);

        using var json = JsonDocument.Parse(body);
        var rows = new List<Row>();
        foreach (var result in json.RootElement.GetProperty("results").EnumerateArray())
        {
            if (result.TryGetProperty("error", out var error))
            {
                // A query on a database or measurement that does not exist yet simply has no rows.
                if (error.GetString() is { } message && message.StartsWith("database not found")) continue;
                throw new InfluxHttp.RejectedException(response.StatusCode, error.GetString() ?? body);
            }
            if (!result.TryGetProperty("series", out var series)) continue;
            foreach (var s in series.EnumerateArray())
            {
                var columns = s.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!).ToArray();
                var tags = s.TryGetProperty("tags", out var t)
                    ? t.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone())
                    : [];
                foreach (var values in s.GetProperty("values").EnumerateArray())
                {
                    var row = new Dictionary<string, JsonElement>(tags);
                    var i = 0;
                    foreach (var v in values.EnumerateArray()) row[columns[i++]] = v.Clone();
                    rows.Add(new Row(row));
                }
            }
        }
        return rows;
    }

    /// <summary>One result row. Typed getters fail clearly on a missing column.</summary>
    public sealed record Row(IReadOnlyDictionary<string, JsonElement> Values)
    {
        private JsonElement Get(string column) =>
            Values.TryGetValue(column, out var v) ? v : throw new KeyNotFoundException($"column {column} not in result");

        public bool IsNull(string column) => !Values.TryGetValue(column, out var v) || v.ValueKind == JsonValueKind.Null;
        public string String(string column) => Get(column).ValueKind == JsonValueKind.Null ? "" : Get(column).ToString();
        public double Double(string column) => Get(column).ValueKind == JsonValueKind.Null ? double.NaN : Get(column).GetDouble();
        public long Int64(string column) => Get(column) switch
        {
            { ValueKind: JsonValueKind.Null } => 0,
            var v when v.TryGetInt64(out var l) => l,
            var v => (long)v.GetDouble(),
        };
        public bool Bool(string column) => Get(column).ValueKind == JsonValueKind.True;
    }
}

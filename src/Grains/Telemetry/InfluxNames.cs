namespace HepSense.Grains.Telemetry;

/// <summary>Quoting for InfluxQL. Ids are validated by <see cref="Ids"/> before they get here; quoting is
/// still done properly so that a future id format cannot turn into an injection.</summary>
public static class InfluxNames
{
    /// <summary>A string literal: 'it\'s'.</summary>
    public static string Literal(string value) => "'" + value.Replace("\\", "\\\\").Replace("'", "\\'") + "'";

    /// <summary>An identifier (database, measurement, field): "set".</summary>
    public static string Identifier(string name) => "\"" + name.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    /// <summary>Database names are kept to the ids' safe alphabet: they also travel in the /write query string.</summary>
    public static string RequireDatabase(string name) =>
        Ids.IsValid(name) ? name : throw new ArgumentException("database name must be 1..64 characters of [A-Za-z0-9_-]", nameof(name));
}

using System.Text.RegularExpressions;

namespace HepSense.Grains;

/// <summary>Patient and device ids: 1..64 of [A-Za-z0-9_-]. They become InfluxDB tags and InfluxQL
/// literals, so they are checked once at every entry point rather than escaped everywhere.</summary>
public static partial class Ids
{
    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    public static string Require(string? id, string what) =>
        IsValid(id) ? id! : throw new ArgumentException($"{what} must be 1..64 characters of [A-Za-z0-9_-]", what);

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex Pattern();
}

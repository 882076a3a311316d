using System.Text.RegularExpressions;

namespace HepSense.Grains;

/// <summary>Patient and device ids: 1..64 of [A-Za-z0-9_-]. They become InfluxDB tags and InfluxQL
/// literals, so they are checked at every entry point (and still quoted where they are used).</summary>
public static partial class Ids
{
    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    public static string Require(string? id, string what) =>
        IsValid(id) ? id! : throw new ArgumentException($"{what} must be 1..64 characters of [A-Za-z0-9_-]", what);

    /// <summary>Exercise names become an InfluxDB tag: a short, printable name (e.g. "knee-extension-seated").</summary>
    public static bool IsValidExercise(string? name) => name is not null && ExercisePattern().IsMatch(name);

    public static string RequireExercise(string? name, string what) =>
        IsValidExercise(name) ? name!
            : throw new ArgumentException($"{what} must be 1..64 characters of letters, digits, space, '.', '_' or '-'", what);

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex Pattern();

    [GeneratedRegex("^[A-Za-z0-9 ._-]{1,64}$")]
    private static partial Regex ExercisePattern();
}

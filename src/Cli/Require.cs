using System.Globalization;
using Spectre.Console;

namespace HepSense.Cli;

/// <summary>Option checks shared by the commands' <c>Validate</c>: each says which option is wrong and why.</summary>
public static class Require
{
    /// <summary>The first failed check, else success.</summary>
    public static ValidationResult All(params ValidationResult[] checks) =>
        checks.FirstOrDefault(c => !c.Successful) ?? ValidationResult.Success();

    public static ValidationResult Value(string? value, string option) =>
        string.IsNullOrWhiteSpace(value) ? ValidationResult.Error($"{option} is required") : ValidationResult.Success();

    /// <summary>A calendar day, YYYY-MM-DD. Empty passes unless <paramref name="required"/>.</summary>
    public static ValidationResult Day(string? value, string option, bool required = true) =>
        string.IsNullOrEmpty(value) ? (required ? ValidationResult.Error($"{option} is required (YYYY-MM-DD)") : ValidationResult.Success())
        : Dates.TryDay(value, out _) ? ValidationResult.Success()
        : ValidationResult.Error($"{option} must be a date as YYYY-MM-DD, not '{value}'");

    /// <summary>A calendar month, YYYY-MM.</summary>
    public static ValidationResult Month(string? value, string option) =>
        string.IsNullOrEmpty(value) ? ValidationResult.Error($"{option} is required (YYYY-MM)")
        : Dates.TryMonth(value, out _) ? ValidationResult.Success()
        : ValidationResult.Error($"{option} must be a month as YYYY-MM, not '{value}'");

    public static ValidationResult InRange(double? value, double min, double max, string option) =>
        value is { } v && (v < min || v > max)
            ? ValidationResult.Error($"{option} must be between {min.ToString(CultureInfo.InvariantCulture)} and {max.ToString(CultureInfo.InvariantCulture)}, not {v.ToString(CultureInfo.InvariantCulture)}")
            : ValidationResult.Success();

    public static ValidationResult OneOf(string? value, string option, params string[] allowed) =>
        value is null || allowed.Contains(value) ? ValidationResult.Success()
        : ValidationResult.Error($"{option} must be {string.Join(" or ", allowed)}, not '{value}'");

    public static ValidationResult That(bool ok, string message) => ok ? ValidationResult.Success() : ValidationResult.Error(message);
}

using System.Globalization;
using Grpc.Core;
using HepSense.Grains;

namespace HepSense.Api.Services;

/// <summary>Validation shared by the gRPC services: a bad request fails with INVALID_ARGUMENT saying which field and why.</summary>
public static class RequestRules
{
    /// <summary>The rule is <see cref="Ids"/>'s; only the failure becomes INVALID_ARGUMENT naming the field.</summary>
    public static string Id(string? value, string field) =>
        Ids.IsValid(value)
            ? value!
            : throw Invalid($"{field} must be 1 to 64 characters of A-Z, a-z, 0-9, '_' or '-' (got '{Shorten(value)}')");

    /// <summary>A required YYYY-MM-DD date.</summary>
    public static DateOnly Date(string? value, string field) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Invalid($"{field} must be a date YYYY-MM-DD (got '{Shorten(value)}')");

    /// <summary>An optional YYYY-MM-DD date: empty is null.</summary>
    public static DateOnly? OptionalDate(string? value, string field) => string.IsNullOrEmpty(value) ? null : Date(value, field);

    /// <summary>A date range in order: the end not before the start (either may be open).</summary>
    public static void InOrder(DateOnly? start, DateOnly? end, string startField, string endField)
    {
        if (end < start) throw Invalid($"{endField} ({end:yyyy-MM-dd}) is before {startField} ({start:yyyy-MM-dd})");
    }

    /// <summary>A YYYY-MM month.</summary>
    public static (int Year, int Month) Month(string? value, string field) =>
        DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? (date.Year, date.Month)
            : throw Invalid($"{field} must be a month YYYY-MM (got '{Shorten(value)}')");

    /// <summary>An optional ISO-8601 instant with offset: empty is null.</summary>
    public static DateTimeOffset? OptionalInstant(string? value, string field) =>
        string.IsNullOrEmpty(value) ? null
        : DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at
        : throw Invalid($"{field} must be an ISO-8601 time such as 2026-03-02T08:30:00Z (got '{Shorten(value)}')");

    public static string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw Invalid($"{field} is required") : value.Trim();

    public static RpcException Invalid(string message) => new(new Status(StatusCode.InvalidArgument, message));

    public static RpcException NotFound(string message) => new(new Status(StatusCode.NotFound, message));

    private static string Shorten(string? value) => value is null ? "" : value.Length <= 40 ? value : value[..40] + "…";
}

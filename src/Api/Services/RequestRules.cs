using System.Text.RegularExpressions;
using Grpc.Core;

namespace HepSense.Api.Services;

/// <summary>Validation shared by the gRPC services: a bad request fails with INVALID_ARGUMENT saying which field and why.</summary>
public static partial class RequestRules
{
    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex IdPattern();

    public static string Id(string? value, string field) =>
        value is not null && IdPattern().IsMatch(value)
            ? value
            : throw Invalid($"{field} must be 1 to 64 characters of A-Z, a-z, 0-9, '_' or '-' (got '{Shorten(value)}')");

    public static RpcException Invalid(string message) => new(new Status(StatusCode.InvalidArgument, message));

    public static RpcException NotFound(string message) => new(new Status(StatusCode.NotFound, message));

    private static string Shorten(string? value) => value is null ? "" : value.Length <= 40 ? value : value[..40] + "…";
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace HepSense.Cli;

/// <summary>The console's JSON: snake_case keys, one object per command, on one line so scripts can take the last line.</summary>
public static class JsonOutput
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Format<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static void Write<T>(T value) => Console.WriteLine(Format(value));
}

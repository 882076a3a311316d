using System.Text.Json;
using Google.Protobuf;
using HepSense.Contracts.Api;

namespace HepSense.Cli.Commands;

/// <summary>
/// Reads a program from JSON: <c>{"start_date", "end_date", "exercises": [{"exercise", "sets", "reps", "hold_seconds",
/// "rest_seconds", "side", "times_per_day", "days_per_week", "target_rom_deg"}]}</c> (the proto's field names; lowerCamelCase also works).
/// The output of <c>program show --json</c> is accepted as is: its "program" is taken.
/// </summary>
public static class ProgramFile
{
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(false));

    public static Program Read(string path)
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new CliError($"cannot read {path}: {e.Message}"); }
        return Parse(text, path);
    }

    public static Program Parse(string text, string source)
    {
        try
        {
            using var doc = JsonDocument.Parse(text);
            if (doc.RootElement.ValueKind != JsonValueKind.Object) throw new CliError($"{source}: a program is a JSON object with \"exercises\"");
            var json = doc.RootElement.TryGetProperty("program", out var inner) ? inner.GetRawText() : text;
            return Parser.Parse<Program>(json);
        }
        catch (JsonException e) { throw new CliError($"{source}: not valid JSON ({e.Message})"); }
        catch (InvalidProtocolBufferException e) { throw new CliError($"{source}: {e.Message}"); }
        catch (InvalidJsonException e) { throw new CliError($"{source}: {e.Message}"); }
    }
}

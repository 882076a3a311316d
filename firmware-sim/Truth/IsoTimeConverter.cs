using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HepSense.FirmwareSim.Truth;

/// <summary>Writes times as ISO-8601 UTC with milliseconds ("2026-11-27T10:15:12.243Z"), the device clock's resolution.</summary>
public sealed class IsoTimeConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DateTimeOffset.Parse(reader.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
}

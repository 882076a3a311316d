using HepSense.Contracts.Band;

namespace HepSense.Ingest;

/// <summary>
/// Who may use which topic. A band is its MQTT username (= device id); it may publish only its own
/// uplinks (<c>hepsense/v1/{self}/imu|status|event</c>) and subscribe only to its own downlink
/// (<c>hepsense/v1/{self}/cmd</c>). Everything else is refused.
/// </summary>
public static class TopicRules
{
    public const int MaxDeviceIdLength = 64;

    /// <summary>
    /// A device id is 1..64 of [A-Za-z0-9_-], the ids grains accept: one plain topic level (no wildcards,
    /// no '/'), safe as an InfluxDB tag.
    /// </summary>
    public static bool IsValidDeviceId(string? deviceId) =>
        !string.IsNullOrEmpty(deviceId)
        && deviceId.Length <= MaxDeviceIdLength
        && deviceId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public static string Uplink(string deviceId, UplinkKind kind) =>
        $"{PackedSamples.TopicRoot}{deviceId}/{kind.ToString().ToLowerInvariant()}";

    public static string Command(string deviceId) => $"{PackedSamples.TopicRoot}{deviceId}/cmd";

    /// <summary>Parses an uplink topic; null when it is not one of ours or names another band than <paramref name="userName"/>.</summary>
    public static BandTopic? ParseOwnUplink(string? topic, string? userName)
    {
        if (topic is null || !IsValidDeviceId(userName) || !topic.StartsWith(PackedSamples.TopicRoot, StringComparison.Ordinal))
            return null;
        var rest = topic.AsSpan(PackedSamples.TopicRoot.Length);
        var slash = rest.IndexOf('/');
        if (slash < 0 || !rest[..slash].SequenceEqual(userName))
            return null;
        UplinkKind? kind = rest[(slash + 1)..] switch
        {
            "imu" => UplinkKind.Imu,
            "status" => UplinkKind.Status,
            "event" => UplinkKind.Event,
            _ => null,
        };
        return kind is { } k ? new BandTopic(userName!, k) : null;
    }

    /// <summary>A band may subscribe to exactly its own command topic, no wildcards.</summary>
    public static bool MaySubscribe(string? topicFilter, string? userName) =>
        IsValidDeviceId(userName) && topicFilter == Command(userName!);
}

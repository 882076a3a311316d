namespace HepSense.Ingest;

/// <summary>Why the broker refused a connection, subscription or message. The tag value is the metric label.</summary>
public enum RejectReason
{
    BadCredentials,
    AuthUnavailable,
    ClientIdInUse,
    TopicNotAllowed,
    SubscriptionNotAllowed,
    MalformedPayload,
    InvalidChannels,
    InvalidSampleRate,
    InvalidSampleCount,
    InvalidScale,
    InvalidDeviceTime,
    InvalidStatus,
    InvalidEvent,
    UnknownDevice,
    GrainFailed,
}

public static class RejectReasonTags
{
    /// <summary>snake_case, stable: dashboards and tests key on these.</summary>
    public static string Tag(this RejectReason reason) => reason switch
    {
        RejectReason.BadCredentials => "bad_credentials",
        RejectReason.AuthUnavailable => "auth_unavailable",
        RejectReason.ClientIdInUse => "client_id_in_use",
        RejectReason.TopicNotAllowed => "topic_not_allowed",
        RejectReason.SubscriptionNotAllowed => "subscription_not_allowed",
        RejectReason.MalformedPayload => "malformed_payload",
        RejectReason.InvalidChannels => "invalid_channels",
        RejectReason.InvalidSampleRate => "invalid_sample_rate",
        RejectReason.InvalidSampleCount => "invalid_sample_count",
        RejectReason.InvalidScale => "invalid_scale",
        RejectReason.InvalidDeviceTime => "invalid_device_time",
        RejectReason.InvalidStatus => "invalid_status",
        RejectReason.InvalidEvent => "invalid_event",
        RejectReason.UnknownDevice => "unknown_device",
        RejectReason.GrainFailed => "grain_failed",
        _ => throw new ArgumentOutOfRangeException(nameof(reason)),
    };
}

using System.Buffers;
using Google.Protobuf;
using HepSense.Contracts.Band;
using HepSense.Grains;
using MQTTnet.Protocol;
using MQTTnet.Server;

namespace HepSense.Ingest;

/// <summary>
/// The broker's <c>InterceptingPublishAsync</c>: every PUBLISH from a band goes through here, is checked,
/// decoded, validated and handed to the band's grain with an awaited call. MQTTnet sends the PUBACK only
/// after this returns, so a PUBACK with reason Success means "the grain has it".
/// </summary>
/// <remarks>
/// Uplinks are consumed here, never routed to subscribers (ProcessPublish stays false).
/// Refused messages: ProcessPublish=false and, for MQTT 5 clients, a PUBACK reason code (NotAuthorized,
/// PayloadFormatInvalid). An MQTT 3.1.1 PUBACK has no reason code, so such a client just sees its bad message
/// acknowledged and dropped, which is right: sending it again cannot make it valid.
/// A grain failure is different: it may be transient, so the message must not be acknowledged. MQTTnet would
/// close the connection without a PUBACK if this handler threw (its receive loop catches and logs the exception);
/// we do the same explicitly with CloseConnection=true, after counting it. The band reconnects and resends the
/// unacknowledged batch (QoS 1); the grain drops it if the first attempt did get through.
/// </remarks>
public sealed class UplinkHandler(IGrainFactory grains, IngestStats stats, RejectionLog log, TimeProvider time)
{
    public async Task OnPublishAsync(InterceptingPublishEventArgs e)
    {
        if (BandCommands.IsPlatformMessage(e))
            return; // our own downlink: route it to the band's subscription

        e.ProcessPublish = false;
        var topic = TopicRules.ParseOwnUplink(e.ApplicationMessage.Topic, e.UserName);
        if (topic is not { } own)
        {
            Refuse(e, RejectReason.TopicNotAllowed, MqttPubAckReasonCode.NotAuthorized, $"topic '{Shorten(e.ApplicationMessage.Topic)}'");
            return;
        }

        RejectReason? reason;
        try
        {
            reason = await HandleAsync(own, e.ApplicationMessage.Payload);
        }
        catch (Exception error)
        {
            stats.Rejected(RejectReason.GrainFailed);
            log.Log(e.UserName, RejectReason.GrainFailed, "grain call failed; connection closed without PUBACK so the band resends", error);
            e.CloseConnection = true;
            return;
        }
        if (reason is { } r)
            Refuse(e, r, r == RejectReason.UnknownDevice ? MqttPubAckReasonCode.NotAuthorized : MqttPubAckReasonCode.PayloadFormatInvalid, own.Kind.ToString());
    }

    /// <summary>Null when the grain took the message; exceptions from the grain propagate.</summary>
    async Task<RejectReason?> HandleAsync(BandTopic topic, ReadOnlySequence<byte> payload)
    {
        var now = time.GetUtcNow();
        var grain = grains.GetGrain<IDeviceGrain>(topic.DeviceId);
        switch (topic.Kind)
        {
            case UplinkKind.Imu:
                if (Decode(ImuBatch.Parser, payload) is not { } batch)
                    return RejectReason.MalformedPayload;
                if (ImuBatchValidator.Validate(batch, now) is { } invalid)
                    return invalid;
                switch (await grain.Ingest(batch.ToData()))
                {
                    case IngestOutcome.Accepted: stats.Accepted(); return null;
                    case IngestOutcome.Duplicate: stats.Duplicate(); return null;
                    default: return RejectReason.UnknownDevice;
                }
            case UplinkKind.Status:
                if (Decode(DeviceStatus.Parser, payload) is not { } status)
                    return RejectReason.MalformedPayload;
                if (DeviceReportValidator.Validate(status, now) is { } badStatus)
                    return badStatus;
                await grain.ReportStatus(status.ToData());
                return null;
            case UplinkKind.Event:
                if (Decode(DeviceEvent.Parser, payload) is not { } deviceEvent)
                    return RejectReason.MalformedPayload;
                if (DeviceReportValidator.Validate(deviceEvent, now) is { } badEvent)
                    return badEvent;
                await grain.ReportEvent(deviceEvent.ToData());
                return null;
            default:
                throw new ArgumentOutOfRangeException(nameof(topic));
        }
    }

    static T? Decode<T>(MessageParser<T> parser, ReadOnlySequence<byte> payload) where T : class, IMessage<T>
    {
        try
        {
            return parser.ParseFrom(payload);
        }
        catch (InvalidProtocolBufferException)
        {
            return null;
        }
    }

    void Refuse(InterceptingPublishEventArgs e, RejectReason reason, MqttPubAckReasonCode code, string detail)
    {
        e.Response.ReasonCode = code;
        e.Response.ReasonString = reason.Tag();
        stats.Rejected(reason);
        log.Log(e.UserName, reason, detail);
    }

    static string Shorten(string? s) => s is { Length: > 128 } ? s[..128] + "…" : s ?? "";
}

using HepSense.Grains;
using MQTTnet.Protocol;
using MQTTnet.Server;

namespace HepSense.Ingest;

/// <summary>
/// Who may connect and subscribe. A band connects with username = device id and password = the secret issued
/// at provisioning, checked by its grain (which keeps only a hash). It may subscribe only to its own command topic.
/// </summary>
public sealed class BandAccess(IGrainFactory grains, IngestStats stats, RejectionLog log)
{
    /// <summary>Session item naming the band that owns an MQTT session.</summary>
    const string OwnerKey = "hepsense.device";

    public async Task OnConnectAsync(ValidatingConnectionEventArgs e, MqttServer server)
    {
        var device = e.UserName;
        var secret = e.Password;
        if (!TopicRules.IsValidDeviceId(device) || string.IsNullOrEmpty(secret))
        {
            Refuse(e, RejectReason.BadCredentials, MqttConnectReasonCode.BadUserNameOrPassword, "missing or malformed username or password");
            return;
        }

        bool ok;
        try
        {
            ok = await grains.GetGrain<IDeviceGrain>(device).Authenticate(secret);
        }
        catch (Exception error)
        {
            stats.Rejected(RejectReason.AuthUnavailable);
            log.Log(device, RejectReason.AuthUnavailable, "authentication grain call failed", error);
            e.ReasonCode = MqttConnectReasonCode.ServerUnavailable;
            return;
        }
        if (!ok)
        {
            Refuse(e, RejectReason.BadCredentials, MqttConnectReasonCode.BadUserNameOrPassword, "wrong secret or band not provisioned");
            return;
        }

        // Sessions are keyed by client id: without this check a band could resume another band's session
        // (and receive its queued commands) by connecting with that band's client id.
        if (await SessionOwner(server, e.ClientId) is { } owner && owner != device)
        {
            Refuse(e, RejectReason.ClientIdInUse, MqttConnectReasonCode.ClientIdentifierNotValid, "client id belongs to another band's session");
            return;
        }
        e.SessionItems[OwnerKey] = device;
    }

    public Task OnSubscribeAsync(InterceptingSubscriptionEventArgs e)
    {
        if (!TopicRules.MaySubscribe(e.TopicFilter.Topic, e.UserName))
        {
            e.ProcessSubscription = false;
            e.Response.ReasonCode = MqttSubscribeReasonCode.NotAuthorized;
            stats.Rejected(RejectReason.SubscriptionNotAllowed);
            log.Log(e.UserName, RejectReason.SubscriptionNotAllowed, $"filter '{e.TopicFilter.Topic}'");
        }
        return Task.CompletedTask;
    }

    static async Task<string?> SessionOwner(MqttServer server, string? clientId)
    {
        if (string.IsNullOrEmpty(clientId))
            return null;
        try
        {
            var session = await server.GetSessionAsync(clientId);
            return session.Items[OwnerKey] as string;
        }
        catch (InvalidOperationException)
        {
            return null; // MQTTnet signals "no such session" this way
        }
    }

    void Refuse(ValidatingConnectionEventArgs e, RejectReason reason, MqttConnectReasonCode code, string detail)
    {
        e.ReasonCode = code;
        stats.Rejected(reason);
        log.Log(e.UserName, reason, detail);
    }
}

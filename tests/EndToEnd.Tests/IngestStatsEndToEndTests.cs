using Grpc.Core;
using HepSense.Contracts.Access;
using HepSense.Contracts.Api;
using MQTTnet;
using MQTTnet.Protocol;

namespace HepSense.EndToEnd.Tests;

/// <summary>Refused input is visible to an operator over the API, by reason, and only to an admin.</summary>
public sealed class IngestStatsEndToEndTests(NodeFixture node) : IClassFixture<NodeFixture>
{
    [Fact]
    public async Task Refusals_are_counted_by_reason_and_shown_to_admins_only()
    {
        var devices = new DeviceService.DeviceServiceClient(node.Channel);
        var band = await devices.ProvisionDeviceAsync(new ProvisionDeviceRequest { DeviceId = "stats-band", PatientId = "stats-pat" });
        var before = await devices.GetIngestStatsAsync(new GetIngestStatsRequest());

        using var intruder = new MqttClientFactory().CreateMqttClient();
        var refused = await intruder.ConnectAsync(Options("stats-band", "not-the-secret"));
        Assert.Equal(MqttClientConnectResultCode.BadUserNameOrPassword, refused.ResultCode);

        using var client = new MqttClientFactory().CreateMqttClient();
        await client.ConnectAsync(Options("stats-band", band.Secret));
        var garbage = await client.PublishAsync(new MqttApplicationMessageBuilder()
            .WithTopic("hepsense/v1/stats-band/imu").WithPayload("not a batch"u8.ToArray())
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build());
        Assert.Equal(MqttClientPublishReasonCode.PayloadFormatInvalid, garbage.ReasonCode);

        var after = await devices.GetIngestStatsAsync(new GetIngestStatsRequest());
        Assert.Equal(1ul, after.Rejected["bad_credentials"] - before.Rejected.GetValueOrDefault("bad_credentials"));
        Assert.Equal(1ul, after.Rejected["malformed_payload"] - before.Rejected.GetValueOrDefault("malformed_payload"));

        using var therapist = Clinical.As(node, Roles.Therapist, "t1", "some-clinic");
        var denied = await Assert.ThrowsAsync<RpcException>(async () =>
            await new DeviceService.DeviceServiceClient(therapist).GetIngestStatsAsync(new GetIngestStatsRequest()));
        Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);
    }

    private MqttClientOptions Options(string user, string password) => new MqttClientOptionsBuilder()
        .WithTcpServer("127.0.0.1", node.MqttPort)
        .WithProtocolVersion(MQTTnet.Formatter.MqttProtocolVersion.V500)
        .WithCredentials(user, password)
        .WithClientId($"{user}-{Guid.NewGuid():N}")
        .Build();
}

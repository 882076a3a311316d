using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using HepSense.Api.Access;
using HepSense.Contracts.Api;
using HepSense.Contracts.Band;
using HepSense.Grains;

namespace HepSense.Api.Services;

/// <summary>Provisions bands and reports their state.</summary>
public sealed class DeviceGrpcService(IGrainFactory grains, ILogger<DeviceGrpcService> log) : DeviceService.DeviceServiceBase
{
    public override async Task<ProvisionDeviceResponse> ProvisionDevice(ProvisionDeviceRequest request, ServerCallContext context)
    {
        var deviceId = RequestRules.Id(request.DeviceId, "device_id");
        var patientId = RequestRules.Id(request.PatientId, "patient_id");
        Caller.Of(context).RequireAdmin();
        var secret = await grains.GetGrain<IDeviceGrain>(deviceId).Provision(patientId);
        log.LogInformation("Provisioned band {Device} for patient {Patient}", deviceId, patientId);
        return new ProvisionDeviceResponse
        {
            DeviceId = deviceId,
            Secret = secret,
            MqttTopicPrefix = $"{PackedSamples.TopicRoot}{deviceId}/",
        };
    }

    public override async Task<Device> GetDevice(GetDeviceRequest request, ServerCallContext context)
    {
        var deviceId = RequestRules.Id(request.DeviceId, "device_id");
        Caller.Of(context).RequireAdmin();
        var s = await grains.GetGrain<IDeviceGrain>(deviceId).GetSnapshot();
        if (s.PatientId is null) throw RequestRules.NotFound($"band '{deviceId}' was never provisioned");
        return new Device
        {
            DeviceId = s.DeviceId,
            PatientId = s.PatientId,
            BatchesAccepted = s.BatchesAccepted,
            DuplicatesDropped = s.DuplicatesDropped,
            Gaps = s.Gaps,
            LastSeq = s.LastSeq,
            LastSeen = s.LastSeen is { } seen ? Timestamp.FromDateTimeOffset(seen) : null,
            BatteryPct = s.Firmware is null ? -1 : s.BatteryPct,
            Firmware = s.Firmware ?? "",
        };
    }
}

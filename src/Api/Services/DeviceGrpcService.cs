using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using HepSense.Api.Access;
using HepSense.Contracts.Api;
using HepSense.Contracts.Band;
using HepSense.Grains;

namespace HepSense.Api.Services;

/// <summary>Provisions bands and reports their state and this node's ingest counters.</summary>
public sealed class DeviceGrpcService(IGrainFactory grains, PatientAccess access, HepSense.Ingest.IngestStats stats, ILogger<DeviceGrpcService> log) : DeviceService.DeviceServiceBase
{
    public override async Task<ProvisionDeviceResponse> ProvisionDevice(ProvisionDeviceRequest request, ServerCallContext context)
    {
        var deviceId = RequestRules.Id(request.DeviceId, "device_id");
        var patientId = RequestRules.Id(request.PatientId, "patient_id");
        // A therapist provisions bands for their clinic's patients; a patient no clinic enrolled yet, only an admin.
        var caller = Caller.Of(context);
        await access.Provision(caller, patientId);
        var device = grains.GetGrain<IDeviceGrain>(deviceId);
        var previous = (await device.GetSnapshot()).PatientId;
        // Moving a band away from a patient needs the right to that patient too.
        if (previous is not null && previous != patientId) await access.Provision(caller, previous);

        var secret = await device.Provision(patientId);
        if (previous is not null && previous != patientId) await grains.GetGrain<IPatientGrain>(previous).RemoveDevice(deviceId);
        await grains.GetGrain<IPatientGrain>(patientId).AddDevice(deviceId);
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
        var caller = Caller.Of(context);
        var s = await grains.GetGrain<IDeviceGrain>(deviceId).GetSnapshot();
        if (s.PatientId is null)
        {
            caller.RequireAdmin();
            throw RequestRules.NotFound($"band '{deviceId}' was never provisioned");
        }
        await access.ReadEvenUnenrolled(caller, s.PatientId);
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

    public override Task<IngestStats> GetIngestStats(GetIngestStatsRequest request, ServerCallContext context)
    {
        Caller.Of(context).RequireAdmin();
        var snapshot = stats.Snapshot();
        var reply = new IngestStats { Accepted = (ulong)snapshot.Accepted, Duplicates = (ulong)snapshot.Duplicates };
        foreach (var (reason, count) in snapshot.Rejected) reply.Rejected[reason] = (ulong)count;
        return Task.FromResult(reply);
    }
}

using HepSense.Grains;

namespace HepSense.Ingest.Tests.StandIn;

/// <summary>
/// Until the real DeviceGrain lands on main: the smallest grain that keeps IDeviceGrain's promises
/// (secret checked against what Provision issued, duplicates dropped by seq). Tests assert through
/// the interface only, so they hold for the real grain too.
/// </summary>
public sealed class StandInDeviceGrain : Grain, IDeviceGrain
{
    string? _patient, _secret, _firmware;
    float _battery;
    readonly HashSet<ulong> _seen = [];
    ulong _accepted, _duplicates, _lastSeq;

    public Task<string> Provision(string patientId)
    {
        _patient = patientId;
        _secret = Guid.NewGuid().ToString("N");
        return Task.FromResult(_secret);
    }

    public Task<bool> Authenticate(string secret) => Task.FromResult(_secret is not null && secret == _secret);

    public Task<IngestOutcome> Ingest(ImuBatchData batch)
    {
        if (_patient is null)
            return Task.FromResult(IngestOutcome.UnknownDevice);
        if (!_seen.Add(batch.Seq))
        {
            _duplicates++;
            return Task.FromResult(IngestOutcome.Duplicate);
        }
        _accepted++;
        _lastSeq = Math.Max(_lastSeq, batch.Seq);
        return Task.FromResult(IngestOutcome.Accepted);
    }

    public Task ReportStatus(DeviceStatusData status)
    {
        _battery = status.BatteryPct;
        _firmware = status.Firmware;
        return Task.CompletedTask;
    }

    public Task ReportEvent(DeviceEventData deviceEvent) => Task.CompletedTask;

    public Task<DeviceSnapshot> GetSnapshot() => Task.FromResult(new DeviceSnapshot(
        this.GetPrimaryKeyString(), _patient, _accepted, _duplicates, 0, _lastSeq, null, _battery, _firmware));
}

namespace HepSense.Grains;

/// <summary>One band, keyed by its device id.</summary>
public interface IDeviceGrain : IGrainWithStringKey
{
    /// <summary>Binds the band to a patient and issues a new secret (returned once; only its hash is kept).</summary>
    Task<string> Provision(string patientId);

    /// <summary>True when the band is provisioned and the secret matches its stored hash.</summary>
    Task<bool> Authenticate(string secret);

    /// <summary>Hands one validated batch to the band. Idempotent per sequence number.</summary>
    Task<IngestOutcome> Ingest(ImuBatchData batch);

    Task ReportStatus(DeviceStatusData status);

    Task ReportEvent(DeviceEventData deviceEvent);

    /// <summary>Interleaves: a patient's grain reads its bands while a band may be waiting on that patient's grain.</summary>
    [Orleans.Concurrency.AlwaysInterleave]
    Task<DeviceSnapshot> GetSnapshot();
}

namespace HepSense.Grains.Telemetry;

/// <summary>How raw IMU samples go to InfluxDB (<c>HepSense:Influx:RawSamples</c>). Reps are always stored.</summary>
public enum RawSampleMode
{
    /// <summary>One <c>imu</c> point per sample (six field values each): complete, and the heaviest.</summary>
    All,
    /// <summary>One <c>imu</c> point per block of samples, averaged down to about <see cref="InfluxOptions.DecimatedRateHz"/>.</summary>
    Decimated,
    /// <summary>One <c>imu_batch</c> point per batch holding the packed int16 samples (base64) and their scales: lossless and compact, not queryable per sample.</summary>
    Batch,
    /// <summary>No raw samples.</summary>
    Off,
}

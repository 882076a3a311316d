namespace HepSense.FirmwareSim.Recording;

/// <summary>A uniformly sampled IMU recording, as read from or written to the replay CSV format.</summary>
/// <param name="HasGyro">False for accelerometer-only sensors; their gyro fields are ignored.</param>
public sealed record ImuRecording(double RateHz, bool HasGyro, IReadOnlyList<ImuSample> Samples)
{
    public TimeSpan Duration => TimeSpan.FromSeconds(Samples.Count / RateHz);
}

namespace HepSense.Signal;

/// <summary>
/// One repetition found by the streaming detector. Sample indices count from the first sample the
/// detector was given (0-based), so the caller maps them to its own clock.
/// </summary>
/// <param name="RomDeg">Range of motion: rotation about the motion axis (gyroscope) or change of tilt (accelerometer only).</param>
/// <param name="Confidence">0–1: how clearly the rep stands out of the noise and matches its set's tempo.</param>
/// <param name="UpS">Time going out (start to arriving at the far end).</param>
/// <param name="HoldS">Time held at the far end.</param>
/// <param name="DownS">Time coming back.</param>
public sealed record DetectedRep(
    long StartSample,
    long EndSample,
    double DurationS,
    double RomDeg,
    double PeakAngularSpeedDps,
    bool Partial,
    double Confidence,
    int SetNumber,
    int RepInSet,
    double UpS = 0,
    double HoldS = 0,
    double DownS = 0);

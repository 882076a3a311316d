namespace HepSense.Signal;

/// <summary>
/// One repetition found by the streaming detector. Sample indices count from the first sample the
/// detector was given (0-based), so the caller maps them to its own clock.
/// </summary>
public sealed record DetectedRep(
    long StartSample,
    long EndSample,
    double DurationS,
    double RomDeg,
    double PeakAngularSpeedDps,
    bool Partial,
    double Confidence,
    int SetNumber,
    int RepInSet);

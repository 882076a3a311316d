namespace HepSense.Signal;

/// <summary>
/// One repetition found by the streaming detector. Sample indices count from the first sample the
/// detector was given (0-based), so the caller maps them to its own clock.
/// </summary>
/// <param name="RomDeg">
/// Range of motion: rotation about the motion axis (gyroscope), or the largest change of tilt within the rep
/// (accelerometer only; a turn about the vertical does not tilt the band and reads near 0).
/// </param>
/// <param name="Partial">
/// Range under 80 % of the prescribed range, or else of the typical full rep of this exercise so far (the median of the
/// last 20 reps not flagged partial; not reset by rests; under 70–80 % while that norm holds fewer than five reps). Never set
/// on the stream's first rep without a prescribed range.
/// </param>
/// <param name="Confidence">
/// 0–1, the mean of three pieces of evidence that this is a deliberate repetition: how far it cleared the detection
/// threshold, how well its duration matches its set's reps (0.5 for a set's first rep), and whether it lasted at least
/// 1.5 s. Below ~0.7, treat the rep with caution (a jolt, a fidget, or a rep cut short).
/// </param>
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

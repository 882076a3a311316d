using HepSense.Signal;

namespace HepSense.RepAccuracy;

/// <summary>How the detector did on one recording. Missed and extra come from counts alone (no per-rep labels).</summary>
/// <param name="Reps">What the detector reported, to score the partial flag and the range of motion.</param>
/// <param name="Truth">The labelled reps when the directory has them (simulated sets), else null.</param>
public sealed record FileResult(ManifestEntry Entry, int Counted, int PartialCounted, IReadOnlyList<double> LatenciesS,
    IReadOnlyList<DetectedRep>? Reps = null, double RateHz = 0, IReadOnlyList<TrueRep>? Truth = null)
{
    public int Error => Counted - Entry.Reps;
    public int Missed => Math.Max(0, -Error);
    public int Extra => Math.Max(0, Error);
}

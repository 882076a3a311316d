namespace HepSense.RepAccuracy;

/// <summary>How the detector did on one recording. Missed and extra come from counts alone (no per-rep labels).</summary>
public sealed record FileResult(ManifestEntry Entry, int Counted, int PartialCounted, IReadOnlyList<double> LatenciesS)
{
    public int Error => Counted - Entry.Reps;
    public int Missed => Math.Max(0, -Error);
    public int Extra => Math.Max(0, Error);
}

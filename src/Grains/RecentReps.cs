namespace HepSense.Grains;

/// <summary>
/// Makes recording reps idempotent, by one rule for the sets and the daily tallies alike: a rep is known by its band
/// and its start on the band's clock, and each band's latest reps are remembered. A rep seen before (the band's grain
/// retrying a call the patient's grain had in fact recorded) is left out; any other rep is new, even one that overlaps
/// reps already recorded (a second stream of the band, such as a replay run twice, counts in full everywhere).
/// </summary>
[GenerateSerializer]
public sealed class RecentReps
{
    /// <summary>
    /// Reps remembered per band; never fewer than the band's last call carried, so a retry that grew (the failed reps
    /// plus new ones) is still recognised. A retry comes within seconds and carries a few reps.
    /// </summary>
    public const int PerBand = 256;

    /// <summary>Per band, the starts (Unix ms, band clock) of its latest reps, oldest first.</summary>
    [Id(0)] public Dictionary<string, List<long>> Starts { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The reps not seen before, in the order given; from now on they are seen.</summary>
    public IReadOnlyList<RepRecord> Take(IReadOnlyList<RepRecord> reps)
    {
        var fresh = new List<RepRecord>();
        foreach (var rep in reps)
        {
            if (!Starts.TryGetValue(rep.DeviceId, out var seen)) Starts[rep.DeviceId] = seen = [];
            var start = rep.Start.ToUnixTimeMilliseconds();
            if (seen.Contains(start)) continue;
            seen.Add(start);
            fresh.Add(rep);
        }
        foreach (var band in reps.GroupBy(r => r.DeviceId))
        {
            var seen = Starts[band.Key];
            var keep = Math.Max(PerBand, band.Count());
            if (seen.Count > keep) seen.RemoveRange(0, seen.Count - keep);
        }
        return fresh;
    }
}

namespace HepSense.Signal;

/// <summary>
/// Groups reps into sets (a rest longer than the set gap starts a new one), flags partial reps
/// (range well below the prescribed range, or else the recent full reps) and scores confidence.
/// </summary>
internal sealed class SetTracker(double sampleRateHz, DetectorTuning tuning)
{
    private const int Memory = 10;
    private readonly Queue<double> _fullRoms = new();
    private readonly List<double> _setDurations = new();
    private int _set, _repInSet;
    private long _lastEnd = long.MinValue;

    public DetectedRep Add(long start, long apexAt, long apexLeft, long end, double romDeg, double peakSpeedDps, double clarity)
    {
        if (_set == 0 || start - _lastEnd > tuning.SetGapS * sampleRateHz)
        {
            _set++;
            _repInSet = 0;
            _setDurations.Clear();
        }
        _repInSet++;
        _lastEnd = end;
        var duration = (end - start) / sampleRateHz;

        var partial = tuning.PrescribedRomDeg is { } prescribed
            ? romDeg < tuning.PartialRomShare * prescribed
            : _fullRoms.Count >= 2 && romDeg < tuning.PartialRomShare * Median(_fullRoms);
        if (!partial)
        {
            _fullRoms.Enqueue(romDeg);
            if (_fullRoms.Count > Memory) _fullRoms.Dequeue();
        }

        var typical = _setDurations.Count > 0 ? Median(_setDurations) : duration;
        var regularity = Math.Min(duration, typical) / Math.Max(duration, typical);
        if (_setDurations.Count < Memory) _setDurations.Add(duration);
        var confidence = Math.Clamp(0.5 * regularity + 0.5 * clarity, 0, 1);
        return new DetectedRep(start, end, duration, romDeg, peakSpeedDps, partial, confidence, _set, _repInSet,
            (apexAt - start) / sampleRateHz, (apexLeft - apexAt) / sampleRateHz, (end - apexLeft) / sampleRateHz);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) return 0;
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}

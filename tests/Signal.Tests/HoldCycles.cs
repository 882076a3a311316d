namespace HepSense.Signal.Tests;

/// <summary>
/// Accelerometer only: cycles cut at given times from a synthetic gravity direction, measured on the detector's meter and
/// fed through a <see cref="PickUpHold"/> (ReachAndLiftTests, GettingIntoPositionTests).
/// </summary>
internal static class HoldCycles
{
    /// <summary>The gravity direction turned by <paramref name="first"/> (rad) about one axis, then by <paramref name="rep"/> about another.</summary>
    public static RepMeter Meter(double rateHz, Func<double, double> first, Func<double, double> rep, double seconds)
    {
        var meter = new RepMeter(rateHz, hasGyroscope: false, memorySeconds: 60);
        var samples = SyntheticMotion.RenderTwoAxes(rep, first, (0.9, -0.2, 0.3), seconds, rateHz, noise: 0);
        for (var n = 0; n < samples.Length; n++) meter.Add(n, samples[n], samples[n].Ax, samples[n].Ay, samples[n].Az);
        return meter;
    }

    /// <summary>
    /// The cycles from one time to the next (seconds, <paramref name="bounds"/>), measured on <paramref name="meter"/>, through
    /// <paramref name="hold"/>: the last ones it released (none: empty).
    /// </summary>
    public static RepCandidate[] Released(PickUpHold hold, RepMeter meter, double rateHz, double[] bounds)
    {
        hold.Begin();
        var kept = Array.Empty<RepCandidate>();
        for (var i = 0; i + 1 < bounds.Length; i++)
        {
            var (start, end) = ((long)(bounds[i] * rateHz), (long)(bounds[i + 1] * rateHz));
            var (tilt, speed) = meter.Measure(start, end);
            if (hold.Add(new RepCandidate(start, (start + end) / 2, (start + end) / 2, end, 3, 1, Math.Round(tilt), speed)) is { Length: > 0 } released)
                kept = released.ToArray();
        }
        return kept;
    }
}

namespace HepSense.Signal;

/// <summary>
/// A rep one of the counting paths found, measured, before the set-start hold and the set tracker have seen it.
/// Sample indices as in <see cref="DetectedRep"/>; <paramref name="Amplitude"/> is in the path's own unit (rad of
/// swing, or m/s² peak to peak), so sizes are only compared within a path.
/// </summary>
internal readonly record struct RepCandidate(long Start, long ApexAt, long ApexLeft, long End, double Amplitude, double Clarity, double RomDeg, double PeakSpeedDps)
{
    /// <summary>Out and (most of the way) back, without the settling after it: how long the movement itself took.</summary>
    public long Length { get; init; } = End - Start;

    /// <summary>
    /// From start to end, the settling after the way back included: unlike <see cref="Length"/>, comparable with
    /// <see cref="SwingCounter.RepLengthSoFar"/> for the rep under way.
    /// </summary>
    public long Span => End - Start;

    /// <summary>Accelerometer only: how alike the cycle's shape is to the set's last cycles (<see cref="RepTemplate"/>); NaN: not known.</summary>
    public double Likeness { get; init; } = double.NaN;

    /// <summary>
    /// Accelerometer only (CyclePushTilt): a set's first cycle begun at its second lobe (<see cref="CycleCounter.TiltFrom"/>), where
    /// the lobe it gave up began (-1: none), and its tilt read from there.
    /// </summary>
    public long PushFrom { get; init; } = -1;
    public double PushTiltDeg { get; init; }

    /// <summary>
    /// Far larger than reps of <paramref name="size"/> lasting <paramref name="span"/> (its size times
    /// <paramref name="sizeShare"/> over theirs) and at least <paramref name="lengthShare"/> times as long, or over
    /// <paramref name="largeShare"/> times as large whatever its length (0: not by size alone): a movement getting into
    /// position before smaller reps (SetStartHold, SetUpWait).
    /// </summary>
    public bool FarLarger(double size, long span, double sizeShare, double lengthShare, double largeShare) =>
        Amplitude * sizeShare > size && (Span >= lengthShare * span || largeShare > 0 && Amplitude > largeShare * size);

    /// <summary>
    /// Not alike reps that turned <paramref name="turned"/> lasting <paramref name="span"/>, and far slower: turned under
    /// <paramref name="turnShare"/> of them (<see cref="Turned"/>; 0: never) and lasted at least <paramref name="lengthShare"/>
    /// times as long: a slow shift of the limb before the set (SetStartHold, SetUpWait). A real partial first rep takes about
    /// as long as the next.
    /// </summary>
    public bool FarSlower(double turned, long span, double turnShare, double lengthShare) =>
        turnShare > 0 && Turned < turnShare * turned && Span >= lengthShare * span;

    /// <summary>
    /// Swing path: how far the band turned (rad), as the larger of its swing and its range: a rep made while the axis still
    /// settles (the first after picking the weight up) projects short on it, its range does not.
    /// </summary>
    public double Turned => Math.Max(Amplitude, RomDeg * Math.PI / 180);

    /// <summary>Alike in size: the smaller at least <paramref name="share"/> of the larger.</summary>
    public bool AgreesWith(in RepCandidate other, double share) => Alike(Amplitude, other.Amplitude, share);

    /// <summary>Two measures alike: the smaller at least <paramref name="share"/> of the larger.</summary>
    public static bool Alike(double a, double b, double share) => Math.Min(a, b) >= share * Math.Max(a, b);

    /// <summary>The cycle <paramref name="cycles"/> just completed, measured from its start to <paramref name="end"/>.</summary>
    public static RepCandidate OfCycle(CycleCounter cycles, long start, long end, double depth, RepMeter meter) =>
        OfCycle(cycles, cycles.ApexAt, start, end, depth, meter);

    /// <summary>...its way out peaking at <paramref name="apexAt"/>, in the meter's samples (a counter at a lower rate maps its own).</summary>
    public static RepCandidate OfCycle(CycleCounter cycles, long apexAt, long start, long end, double depth, RepMeter meter)
    {
        var (tilt, peakSpeed) = meter.Measure(start, end);
        var apex = Math.Clamp(apexAt, start, end);
        var pushFrom = cycles.TiltFrom(start);
        return new RepCandidate(start, apex, apex, end, cycles.Amplitude, ClarityOf(depth), tilt, peakSpeed)
        {
            Likeness = cycles.Likeness,
            PushFrom = pushFrom < start ? pushFrom : -1,
            PushTiltDeg = pushFrom < start ? meter.Measure(pushFrom, end).TiltDeg : 0,
        };
    }

    /// <summary>
    /// How clearly a movement cleared the detection threshold, from its <paramref name="depth"/> (its size over the
    /// threshold): 0 at the threshold, 1 from four times it.
    /// </summary>
    public static double ClarityOf(double depth) => Math.Clamp((depth - 1) / 3, 0, 1);
}

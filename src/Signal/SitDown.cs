namespace HepSense.Signal;

/// <summary>
/// Accelerometer only (<paramref name="LengthShare"/> 0: off): a set's first cycle that was sitting down with the band on the
/// shank: it went out and came part of the way back (<see cref="OutAndBack"/>; the shank hangs again once seated) in 2–4 s, wider
/// and quicker than the reps after it (<see cref="Quick"/>); a real first rep as wide as the next ones takes about as long as
/// they do.
/// </summary>
internal readonly record struct SitDown(double LengthShare, double TiltShare, double MinDeg, double EndShare, double MaxDeg)
{
    /// <summary>
    /// <paramref name="head"/>, begun at gravity direction <paramref name="from"/>, over MinDeg and under MaxDeg (a wider cycle
    /// holds more than the sit-down: lying down and the first rep), ended within EndShare of its tilt from where it began: a rep
    /// cut by the stream's start, or getting into position, ends about its whole tilt away.
    /// </summary>
    public bool OutAndBack(RepMeter meter, in RepCandidate head, (double X, double Y, double Z) from) =>
        LengthShare > 0 && head.RomDeg > MinDeg && head.RomDeg < MaxDeg
        && meter.Remembers(head.Start) && Directions.AngleDeg(from, meter.DirectionAt(head.End)) <= EndShare * head.RomDeg;

    /// <summary><paramref name="head"/> was quick and wide against <paramref name="rep"/>: under LengthShare of its length, over TiltShare of its tilt.</summary>
    public bool Quick(in RepCandidate head, in RepCandidate rep) => head.Length < LengthShare * rep.Length && head.RomDeg > TiltShare * rep.RomDeg;
}

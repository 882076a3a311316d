namespace HepSense.Signal;

/// <summary>
/// Accelerometer only: the path of the band's gravity direction tells the reach for the weight from a set's first rep. The reach
/// takes the band to where the weight is and leaves it there while the hand grips: its cycle ends at the farthest it went (over
/// <paramref name="AwayShare"/> of it, at least <paramref name="MinDeg"/>), the band held within <paramref name="HoldDeg"/> of
/// that posture for <paramref name="HoldSlots"/> 0.2 s slots; the next cycle, the lift, sets out from there (within
/// <paramref name="FromShare"/> of the reach's turn) back the way the reach came (its way out over a right angle from the
/// reach's) and stays back: it ends nearer where the reach began than where it left the band. A rep goes out and comes back
/// within its cycle; a slow rep counted from top to top comes back to the top; a partial first rep flows on into the next rep
/// without a hold; a rep held at the top whose way back is a cycle of its own is the same path, and dropping its way out keeps
/// the count (the way back is counted). No longer than <paramref name="MaxSamples"/>: a reach is one movement, a long first
/// cycle a slow held rep.
/// </summary>
internal readonly record struct PickUpPath(double AwayShare, double MinDeg, double FromShare, int HoldSlots, double HoldDeg, double MaxSamples)
{
    /// <summary>The path test is on (AwayShare > 0).</summary>
    public bool On => AwayShare > 0;

    /// <summary><paramref name="head"/> went to a posture and stayed, and <paramref name="next"/> set out from there back the way it came, and stayed back.</summary>
    public bool WentAndCameBack(RepMeter meter, in RepCandidate head, in RepCandidate next)
    {
        if (!On || head.Length > MaxSamples || !meter.Remembers(head.Start)) return false;
        var from = meter.DirectionAt(head.Start);
        var (far, farDeg) = Farthest(meter, head.Start, head.End, from);
        var there = meter.DirectionAt(head.End);
        if (farDeg < MinDeg || Directions.AngleDeg(from, there) < AwayShare * farDeg || !Held(meter, head.End, there)) return false;
        var setOut = meter.DirectionAt(next.Start);
        if (Directions.AngleDeg(setOut, there) > FromShare * farDeg) return false;
        var (nextFar, _) = Farthest(meter, next.Start, next.End, setOut);
        if (Directions.Dot(Along(from, far), Along(setOut, nextFar)) >= 0) return false;
        var back = meter.DirectionAt(next.End);
        return Directions.AngleDeg(back, from) < Directions.AngleDeg(back, there);
    }

    /// <summary>
    /// The band stayed within HoldDeg of <paramref name="there"/> for HoldSlots slots in a row about sample <paramref name="end"/>
    /// (the grip).
    /// </summary>
    private bool Held(RepMeter meter, long end, (double X, double Y, double Z) there)
    {
        var (first, last) = (end / meter.SlotSamples, end / meter.SlotSamples);
        while (last - first + 1 < HoldSlots && first > meter.OldestSlot && Directions.AngleDeg(meter.SlotDirection(first - 1), there) <= HoldDeg) first--;
        while (last - first + 1 < HoldSlots && last + 1 < meter.SlotsClosed && Directions.AngleDeg(meter.SlotDirection(last + 1), there) <= HoldDeg) last++;
        return last - first + 1 >= HoldSlots;
    }

    /// <summary>The gravity direction farthest from <paramref name="from"/> between two samples (at 0.2 s slots), and how far (degrees).</summary>
    private static ((double X, double Y, double Z) Direction, double Deg) Farthest(RepMeter meter, long start, long end, (double X, double Y, double Z) from)
    {
        var (first, last) = meter.Slots(start, end);
        var (far, farDeg) = (from, 0.0);
        for (var k = first; k <= last; k++)
        {
            var g = meter.SlotDirection(k);
            var deg = Directions.AngleDeg(from, g);
            if (deg > farDeg) (far, farDeg) = (g, deg);
        }
        return (far, farDeg);
    }

    /// <summary>Which way the band set out from <paramref name="from"/> to <paramref name="to"/>: the change, less its part along <paramref name="from"/>.</summary>
    private static (double X, double Y, double Z) Along((double X, double Y, double Z) from, (double X, double Y, double Z) to)
    {
        var dot = Directions.Dot(to, from);
        return (to.X - dot * from.X, to.Y - dot * from.Y, to.Z - dot * from.Z);
    }
}

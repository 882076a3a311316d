namespace HepSense.Signal;

/// <summary>
/// Accelerometer only: the path of the band's gravity direction tells picking the weight up from a set's first rep. A reach for
/// the weight takes the band to where the weight is and leaves it there (the grip): the cycle ends at the farthest it went (over
/// <paramref name="AwayShare"/> of it, at least <paramref name="MinDeg"/>), and the next cycle, the lift, sets out from there
/// (within <paramref name="FromShare"/> of that turn) back the way the reach came (its way out over <paramref name="BackDeg"/>
/// from the reach's). A rep goes out and comes back within its cycle, and the set's next rep sets out from where the set is, the
/// same way. A rep held at its top is two cycles like the reach and the lift only when its way back was not told apart as such
/// (<see cref="CycleCounter"/>'s WayBack): then both counted, and dropping the first keeps the count.
/// </summary>
internal readonly record struct PickUpPath(double AwayShare, double MinDeg, double FromShare, double BackDeg)
{
    /// <summary>Off unless AwayShare > 0.</summary>
    public bool On => AwayShare > 0;

    /// <summary><paramref name="head"/> went to a posture and stayed, and <paramref name="next"/> set out from there back the way it came.</summary>
    public bool LeftAndTurnedBack(RepMeter meter, in RepCandidate head, in RepCandidate next)
    {
        if (!On || !meter.Remembers(head.Start)) return false;
        var from = meter.DirectionAt(head.Start);
        var (far, farDeg) = Farthest(meter, head.Start, head.End, from);
        var there = meter.DirectionAt(head.End);
        if (farDeg < MinDeg || Directions.AngleDeg(from, there) < AwayShare * farDeg) return false;
        var setOut = meter.DirectionAt(next.Start);
        if (Directions.AngleDeg(setOut, there) > FromShare * farDeg) return false;
        var (nextFar, _) = Farthest(meter, next.Start, next.End, setOut);
        if (AngleDeg(Along(from, far), Along(setOut, nextFar)) <= BackDeg) return false;
        // ...and stayed back: a slow rep's cycles run from top to top, each coming back to where it set out.
        var back = meter.DirectionAt(next.End);
        return Directions.AngleDeg(back, from) < Directions.AngleDeg(back, there);
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
        var dot = to.X * from.X + to.Y * from.Y + to.Z * from.Z;
        return (to.X - dot * from.X, to.Y - dot * from.Y, to.Z - dot * from.Z);
    }

    /// <summary>The angle between two vectors of any length (degrees; 0 when either is nil).</summary>
    private static double AngleDeg((double X, double Y, double Z) a, (double X, double Y, double Z) b)
    {
        var norms = Math.Sqrt((a.X * a.X + a.Y * a.Y + a.Z * a.Z) * (b.X * b.X + b.Y * b.Y + b.Z * b.Z));
        return norms > 0 ? Math.Acos(Math.Clamp((a.X * b.X + a.Y * b.Y + a.Z * b.Z) / norms, -1, 1)) * 180 / Math.PI : 0;
    }
}

namespace HepSense.Signal;

/// <summary>
/// Accelerometer only: a set's first cycle that went to a new posture and stayed (ended over <paramref name="MinDeg"/> and over
/// <paramref name="Share"/> of its tilt from where it began), with the next cycle setting out from there (within
/// <paramref name="FromShare"/> of its own tilt, or passing within <paramref name="ThroughShare"/> of it on its way: a set counted
/// top to top), over MinDeg from where the first began: sitting or lying down before the set,
/// whose reps go out from and come back to the posture it took, and not back to the old one (<see cref="WentBack"/>), in one
/// slow turn (<see cref="OneTurn"/>, at most <paramref name="MaxDps"/>: sitting or lying down turns the limb with the body;
/// bringing the weight to the shoulders is a quick turn of the limb alone). A rep goes out and comes back; a rep counted top to
/// top ends far away but the next one then sets out back towards where it began.
/// </summary>
internal readonly record struct PostureChange(double MinDeg, double Share, double FromShare, double BackShare = 0.5, double DipShare = 0.25,
    double MaxDps = double.PositiveInfinity, double ThroughShare = 0)
{
    /// <summary>The test is on (MinDeg > 0).</summary>
    public bool On => MinDeg > 0;

    /// <summary>
    /// <paramref name="head"/>, begun at gravity direction <paramref name="from"/>, took a posture the <paramref name="next"/> cycle
    /// (begun at <paramref name="nextFrom"/>) sets out from, or (<paramref name="through"/>) passes through on its way (<see cref="Through"/>).
    /// </summary>
    public bool Took(RepMeter meter, in RepCandidate head, in RepCandidate next, (double X, double Y, double Z) from,
        (double X, double Y, double Z) nextFrom, out bool through)
    {
        through = false;
        if (!Turned(meter, head, from, out var there, out var moved) || Directions.AngleDeg(from, nextFrom) < MinDeg
            || WentBack(meter, next, from, moved)) return false;
        if (Directions.AngleDeg(there, nextFrom) <= FromShare * next.RomDeg) return true;
        return through = Through(meter, next, there);
    }

    /// <summary>
    /// <paramref name="next"/> passed within ThroughShare of its tilt of <paramref name="there"/>, the posture the head took (0: never):
    /// a set counted top to top (a straight-leg raise read from the raised leg) sets out from the reps' far end, not from the posture,
    /// but each rep goes back down through it.
    /// </summary>
    private bool Through(RepMeter meter, in RepCandidate next, (double X, double Y, double Z) there) =>
        ThroughShare > 0 && CameWithin(meter, next, there, ThroughShare * next.RomDeg);

    /// <summary>
    /// <paramref name="cycle"/> went to a new posture and stayed, in one turn (<see cref="Turned"/>) from <paramref name="from"/>,
    /// where it began (<paramref name="moved"/>, degrees). A rep comes back to where it began (a rep cut at another phase ends
    /// away, but the next cycle goes back: <see cref="WentBack"/>); getting up after a set does not.
    /// </summary>
    public bool Left(RepMeter meter, in RepCandidate cycle, out (double X, double Y, double Z) from, out double moved)
    {
        from = meter.DirectionAt(cycle.Start);
        return Turned(meter, cycle, from, out _, out moved);
    }

    /// <summary>
    /// The test both share: <paramref name="cycle"/>, begun at <paramref name="from"/> and no quicker than MaxDps, ended
    /// (<paramref name="there"/>) over MinDeg and over Share of its tilt away from where it began (<paramref name="moved"/>, degrees),
    /// in one turn.
    /// </summary>
    private bool Turned(RepMeter meter, in RepCandidate cycle, (double X, double Y, double Z) from, out (double X, double Y, double Z) there,
        out double moved)
    {
        (there, moved) = (default, 0);
        if (!On || cycle.PeakSpeedDps > MaxDps || !meter.Remembers(cycle.Start)) return false;
        there = meter.DirectionAt(cycle.End);
        moved = Directions.AngleDeg(from, there);
        return moved >= MinDeg && moved >= Share * cycle.RomDeg && OneTurn(meter, cycle, from, moved);
    }

    /// <summary>
    /// The head turned away from <paramref name="from"/> in one go: it never came back towards there by over DipShare of
    /// <paramref name="moved"/> on its way (a rep made before the turn goes out and comes back first).
    /// </summary>
    private bool OneTurn(RepMeter meter, in RepCandidate head, (double X, double Y, double Z) from, double moved)
    {
        var (first, last) = meter.Slots(head.Start, head.End);
        var farthest = 0.0;
        for (var k = first; k <= last; k++)
        {
            var away = Directions.AngleDeg(from, meter.SlotDirection(k));
            farthest = Math.Max(farthest, away);
            if (farthest - away > DipShare * moved) return false;
        }
        return true;
    }

    /// <summary>
    /// <paramref name="next"/> came back within BackShare of <paramref name="moved"/> of <paramref name="from"/>: the set goes between
    /// the two postures (a sit-to-stand counted from standing to sitting, a rep counted top to top), no posture was taken.
    /// </summary>
    private bool WentBack(RepMeter meter, in RepCandidate next, (double X, double Y, double Z) from, double moved) =>
        CameWithin(meter, next, from, BackShare * moved);

    /// <summary><paramref name="cycle"/> came within <paramref name="deg"/> of the direction <paramref name="g"/> (normalised here) on its way.</summary>
    private static bool CameWithin(RepMeter meter, in RepCandidate cycle, (double X, double Y, double Z) g, double deg)
    {
        var norm = Math.Sqrt(Directions.Dot(g, g));
        return norm > 0 && meter.Reached(cycle.Start, cycle.End, (g.X / norm, g.Y / norm, g.Z / norm), Math.Cos(deg * Math.PI / 180)) < cycle.End;
    }
}

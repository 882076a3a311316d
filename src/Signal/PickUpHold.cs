namespace HepSense.Signal;

/// <summary>
/// Accelerometer only: picking the weight up before a set (a reach to the floor, the lift) is one or two cycles like reps to the
/// acceleration, but they turn the wrist little next to the set's reps. A set's first cycles wait for the next ones; up to
/// <paramref name="cycles"/> of them in a row, each tilting the band under <paramref name="tiltShare"/> of the (upper) median of
/// the <paramref name="look"/> cycles after it and lasting at least <paramref name="lengthShare"/> of their median length, are
/// dropped. Not a short cycle: a slow rep's cycle, cut by its phase, measures a fraction of the rep's tilt. The median of the
/// next ones, not the set's largest: a clean to the shoulders is itself the largest tilt; the upper one of four, so a pick-up's
/// second move among them does not pull it down.
/// Or, whatever its tilt, it began far from where those cycles begin (over <paramref name="postureMinDeg"/> and over
/// <paramref name="postureShare"/> of their tilt, for as many of them): a set's reps start where the set is, a pick-up where the
/// weight was (lying back on the bench tilts the band 55–78° against presses of 16–50°; the reach before a goblet squat begins
/// ~150° from the squats' start, the dumbbell at the chest). A rep cut at another phase begins at most its own tilt away. Not when
/// it still made a rep once there (<paramref name="withRepShare"/>: the clean and the first press in one cycle).
/// Or (<paramref name="speedShare"/> > 0) it turned the band little and slowly next to those cycles (<see cref="Slower"/>): a reach
/// where the reps also begin.
/// Or, the set's first cycle, it went to a posture and stayed there, and the next cycle set out from there back the way it came
/// (<paramref name="path"/>, <see cref="PickUpPath"/>): the reach and the lift, however briskly.
/// A cycle waits only until the ones after it can tell (once too many of them tilt under its tilt / tiltShare, it is a rep). With
/// <paramref name="judgeLate"/> off, never longer than the set-start hold would wait for a next rep (<paramref name="waitSamples"/>):
/// a cycle the hold would have counted alone goes on as it is, unjudged. With it on, a lone held cycle whose wait ran out still
/// waits for the set's cycles and is judged against them (<see cref="Due"/>): a slow set's reach, lift or lie-back is often
/// followed by seconds of gripping and settling before the first rep. Fixed arrays,
/// nothing allocated.
/// </summary>
internal sealed class PickUpHold(double tiltShare, double lengthShare, int cycles, int look, double waitSamples, RepMeter? meter = null,
    double postureShare = 0, double postureMinDeg = 0, double withRepShare = 0, double withRepReachDeg = 0, double stillSamples = 0,
    double stillDps = 0, double speedShare = 0, double speedTiltShare = 0, double speedMaxDeg = 0, double speedLengthShare = 0,
    double gentleSpeedShare = 0, double gentleShare = 0, PickUpPath path = default, bool judgeLate = false, PostureChange posture = default, SitDown sitDown = default)
{
    /// <summary>The detector's hold: its bounds from <paramref name="tuning"/> (CyclePickUp*; the wait is CycleHoldS).</summary>
    public PickUpHold(double sampleRateHz, DetectorTuning tuning, RepMeter meter)
        : this(tuning.CyclePickUpTiltShare, tuning.CyclePickUpLengthShare, (int)tuning.CyclePickUpCycles, (int)tuning.CyclePickUpLook,
            tuning.CycleHoldS * sampleRateHz, meter, postureShare: tuning.CyclePickUpPostureShare, postureMinDeg: tuning.CyclePickUpPostureDeg,
            withRepShare: tuning.CyclePickUpWithRepShare, withRepReachDeg: tuning.CyclePickUpWithRepReachDeg,
            stillSamples: tuning.CyclePickUpStillS * sampleRateHz, stillDps: tuning.CyclePickUpStillDps, speedShare: tuning.CyclePickUpSpeedShare,
            speedTiltShare: tuning.CyclePickUpSpeedTiltShare, speedMaxDeg: tuning.CyclePickUpSpeedMaxDeg,
            speedLengthShare: tuning.CyclePickUpSpeedLengthShare, gentleSpeedShare: tuning.CyclePickUpGentleSpeedShare,
            gentleShare: tuning.CyclePickUpGentleShare, path: new PickUpPath(tuning.CyclePickUpPathShare, tuning.CycleTiltMinDeg,
                tuning.CyclePickUpPathFromShare, RepMeter.SlotsIn(tuning.CyclePickUpPathHoldS), tuning.CyclePickUpPathHoldDeg,
                tuning.CycleHoldS * sampleRateHz), judgeLate: tuning.CyclePickUpJudgeLate > 0,
            posture: new PostureChange(tuning.CyclePostureChangeDeg, tuning.CyclePostureChangeShare, tuning.CyclePostureChangeFromShare,
                tuning.CyclePostureChangeBackShare, tuning.CyclePostureChangeDipShare, tuning.CyclePostureChangeMaxDps),
            sitDown: new SitDown(tuning.CycleSitDownLengthShare, tuning.CycleSitDownTiltShare, tuning.CycleSitDownMinDeg,
                tuning.CycleSitDownEndShare, tuning.CycleSitDownMaxDeg)) { }

    private readonly RepCandidate[] _held = new RepCandidate[Math.Max(0, cycles) + Math.Max(1, look)];
    private readonly (double X, double Y, double Z)[] _starts = new (double, double, double)[Math.Max(0, cycles) + Math.Max(1, look)];
    private int _count, _dropped, _next;
    private bool _sitDown;      // the head may be sitting down (SitDown): it waits for the cycles that can tell

    /// <summary>The band's tilt was still (slower than stillDps) for stillSamples before <paramref name="start"/> (0: never known).</summary>
    public bool SeenStill(long start) =>
        meter is not null && stillSamples > 0 && start >= stillSamples && meter.PeakSpeedDps((long)(start - stillSamples), start) < stillDps;

    /// <summary>A starting set's cycles are held (from <see cref="Begin"/> until they are judged or released).</summary>
    public bool Holding { get; private set; }

    /// <summary>The most cycles <see cref="Add"/> can hand out at once.</summary>
    public int Capacity => _held.Length;

    /// <summary>A set begins: its first cycles are held (unless the rule is off).</summary>
    public void Begin() => (Holding, _count, _dropped, _next, _sitDown) = (tiltShare > 0 && cycles > 0 && look > 0, 0, 0, 0, false);

    /// <summary>A cycle of the starting set: the cycles judged to be reps, in order, once that is known (else none yet).</summary>
    public ReadOnlySpan<RepCandidate> Add(in RepCandidate cycle)
    {
        _starts[_count] = meter?.DirectionAt(cycle.Start) ?? default;
        _held[_count++] = cycle;
        while (_dropped < cycles && PickingUp() is var pickingUp && pickingUp != false)
        {
            if (pickingUp is null) return [];
            Array.Copy(_held, 1, _held, 0, --_count);
            Array.Copy(_starts, 1, _starts, 0, _count);
            _dropped++;
        }
        Holding = false;
        return _held.AsSpan(0, _count);
    }

    /// <summary>
    /// The last held cycle ended longer ago than the set-start hold waits for a next rep: the held ones go on unjudged, all in the
    /// same sample (<see cref="Release"/> until false). Not when judged late (judgeLate) a lone held cycle no longer than the wait:
    /// one movement, then seconds of stillness, is how a set is set up; it waits for the set's next cycles (at most <c>look</c>)
    /// and goes on unjudged only after a rest (the set gap) or at the stream's end. Two held cycles are reps of a set already
    /// going (a slow set's first, or a block of small reps before a pause and larger ones): judged against the cycles after that
    /// pause, a small real rep was dropped (uci-pt s2-e5-template at tempo 2). A longer cycle is no single reach (a slow held rep,
    /// or the lift merged with the set's first rep).
    /// </summary>
    public bool Due(long n) =>
        Holding && _count > _next && n - _held[_count - 1].End > waitSamples && !(judgeLate && _count == 1 && _held[0].Length <= waitSamples)
        && !_sitDown;

    /// <summary>The next held cycle, as it is (call until false): the set ended, or went quiet, before they could be judged.</summary>
    public bool Release(out RepCandidate cycle)
    {
        cycle = default;
        if (!Holding || _next >= _count) return Holding = false;
        cycle = _held[_next++];
        Holding = _next < _count;
        return true;
    }

    /// <summary>
    /// Whether the oldest held cycle is picking the weight up, from the cycles after it (null: they cannot tell yet). Its tilt is under
    /// tiltShare of their upper median (sorted[look / 2]) when look − look / 2 of them tilt over its tilt / tiltShare; its length is at
    /// least lengthShare of it when look / 2 + 1 of them last at most its length / lengthShare. Decided as soon as the cycles seen
    /// settle it either way, the same as once all <c>look</c> are in.
    /// </summary>
    private bool? PickingUp()
    {
        var head = _held[0];
        // The set's first cycle went where the weight is and stayed, and the next one set out from there back the way it came
        // (ended within the wait: the lift follows the grip; a slow rep held at its top and then a rest is no reach).
        // Or it went to a new posture and the set's reps go out from there (ChangedPosture).
        if (_dropped == 0 && _count > 1 && ((meter is not null && _held[1].Start - head.End <= waitSamples
            && path.WentAndCameBack(meter, head, _held[1])) || ChangedPosture(head))) return true;
        var outAndBack = _dropped == 0 && meter is not null && sitDown.OutAndBack(meter, head, _starts[0]);
        int seen = Math.Min(_count - 1, look), tilted = 0, shorter = 0, away = 0, slower = 0, gentleShorter = 0, quick = 0;
        for (var i = 1; i <= seen; i++)
        {
            var slow = Slower(head, _held[i]);
            if (tiltShare * _held[i].RomDeg > head.RomDeg || slow) tilted++;
            if (slow) slower++;
            if (lengthShare * _held[i].Length <= head.Length) shorter++;
            if (speedLengthShare * _held[i].Length <= head.Length) gentleShorter++;
            if (outAndBack && sitDown.Quick(head, _held[i])) quick++;
            if (postureShare > 0 && Directions.AngleDeg(_starts[0], _starts[i]) > Math.Max(postureMinDeg, postureShare * _held[i].RomDeg)) away++;
        }
        var (needTilted, needShorter) = (look - look / 2, look / 2 + 1);
        // Begun elsewhere but with a rep in it once there: not a pick-up by where it began.
        var byPosture = postureShare > 0 && !(away >= needTilted && WithRep(seen));
        // A pick-up when the cycles seen, and `unseen` more if all of them agreed, say so: it tilted less (or gently, Slower) or began
        // elsewhere, and is not far shorter (lengthShare); or it was gentle for as many and, a reach being often quicker than a rep,
        // is not far shorter by speedLengthShare. Decided when the cycles seen say so, or when even the unseen ones could not.
        bool Says(int unseen) =>
            (tilted + unseen >= needTilted || byPosture && away + unseen >= needTilted) && shorter + unseen >= needShorter
            || speedShare > 0 && slower + unseen >= needTilted && gentleShorter + unseen >= needShorter
            || quick + unseen >= needShorter;
        var says = Says(0) ? true : Says(look - seen) ? (bool?)null : false;
        _sitDown = says is null && quick > 0;
        return says;
    }

    /// <summary>
    /// The set's first cycle took a new posture the set's reps go out from (<see cref="PostureChange"/>: sitting or lying down), and
    /// made no rep once there (<see cref="WithRep"/>: a clean to the shoulders and the first press in one cycle).
    /// </summary>
    private bool ChangedPosture(in RepCandidate head) =>
        meter is not null && posture.Took(meter, head, _held[1], _starts[0], _starts[1]) && !WithRep(1);

    /// <summary>
    /// The head turned the band little (under speedMaxDeg and speedTiltShare of <paramref name="rep"/>'s tilt) and slowly (its peak
    /// tilt speed under speedShare of the rep's): reaching for the weight where the reps also begin (rows, lunges: the arm hangs)
    /// tilts the band a good part as far as the reps read at a set's start, but gently; a rep, even a small first one made while
    /// the filters settle, turns it briskly. Not a slow partial rep: that turns the band farther than a pick-up (speedMaxDeg).
    /// </summary>
    private bool Slower(in RepCandidate head, in RepCandidate rep) =>
        speedShare > 0 && head.RomDeg < speedMaxDeg && head.RomDeg < speedTiltShare * rep.RomDeg
        && (head.PeakSpeedDps < speedShare * rep.PeakSpeedDps || Gentle(head, rep));

    /// <summary>
    /// Slower than its tilt would turn at the set's pace (<paramref name="rep"/>'s): its speed, as a share of the rep's, under
    /// gentleShare of its tilt's share, and under gentleSpeedShare of the rep's speed. A small partial rep turns the band slowly
    /// because it turns it little (its speed share about its tilt share); the reach for the weight turns it a good part as far
    /// as the reps, gently.
    /// </summary>
    private bool Gentle(in RepCandidate head, in RepCandidate rep) =>
        gentleShare > 0 && head.PeakSpeedDps < gentleSpeedShare * rep.PeakSpeedDps
        && head.PeakSpeedDps * rep.RomDeg < gentleShare * head.RomDeg * rep.PeakSpeedDps;

    /// <summary>
    /// The head, begun elsewhere, went on to make a rep once it had reached where the next cycles begin (the lift and the set's
    /// first rep in one cycle): after it got within half their (median) tilt of their mean start (withRepReachDeg at least), it still
    /// tilted over withRepShare of their tilt.
    /// </summary>
    private bool WithRep(int seen)
    {
        if (!(withRepShare > 0) || meter is null || seen == 0) return false;
        (double X, double Y, double Z) set = default;
        Span<double> tilts = stackalloc double[seen];
        for (var i = 1; i <= seen; i++)
        {
            set = (set.X + _starts[i].X, set.Y + _starts[i].Y, set.Z + _starts[i].Z);
            tilts[i - 1] = _held[i].RomDeg;
        }
        var norm = Math.Sqrt(set.X * set.X + set.Y * set.Y + set.Z * set.Z);
        if (norm <= 0) return false;
        set = (set.X / norm, set.Y / norm, set.Z / norm);
        tilts.Sort();
        var tilt = tilts[seen / 2];
        var head = _held[0];
        var at = meter.Reached(head.Start, head.End, set, Math.Cos(Math.Max(withRepReachDeg, 0.5 * tilt) * Math.PI / 180));
        var after = at < head.End ? meter.Measure(at, head.End).TiltDeg : 0;
        return after > withRepShare * tilt;
    }
}

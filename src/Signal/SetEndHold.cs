namespace HepSense.Signal;

/// <summary>
/// Accelerometer only: putting the weight down is a set's last movement, and to the acceleration a cycle like a rep, but
/// unlike the set's reps (<see cref="Unlike"/>), so such a cycle waits for the set to go on (reported when
/// the next cycle ends) and is dropped when none comes within the set gap (or the stream ends):
/// - <see cref="Slower"/>: a reach to the floor and standing up again;
/// - <see cref="TiltsLess"/>: putting the dumbbells down after curls or raises, getting up from a lunge;
/// - <see cref="EndsAway"/>: from the shoulders, the chest or overhead back to hanging. A rep comes back to where the set's reps
///   are, so it is dropped only if the band still lies away <see cref="DetectorTuning.CycleSetDownRestS"/> later (or at the
///   stream's end): a movement that comes back was part of the set, and is reported;
/// - <see cref="OtherShape"/>: getting up after push-ups, lowering the bar to the floor;
/// - a let-down that may be a set's last, in a set counted from its tops (<see cref="CycleCounter.LetDown"/>): half of a rep
///   already counted, dropped when the next lift does not follow;
/// - getting up after a lying or seated set: to a posture the set never had (<see cref="GotUp"/>: held with the cycle after it
///   when that is unlike the set too), or out and back far quicker than the reps (<see cref="Quicker"/>; at the stream's end
///   reported only when the stream cut it, CycleSmallCutS: a fidget after the last rep came back before it); also judged for the
///   first cycle over a pause after the set.
/// A real rep unlike its set is rare and, unless it is the last, only reported later. A set's first cycles after a rest (the set
/// gap) go through <paramref name="pickUp"/> first (picking the weight up). Nothing allocated per sample.
/// </summary>
internal sealed class SetEndHold(double sampleRateHz, DetectorTuning tuning, PickUpHold pickUp, RepMeter meter)
{
    /// <summary>Why a cycle is held, which says what becomes of it once the set is over.</summary>
    private enum Unlikeness
    {
        None,
        Slow,       // dropped (also a set's last let-down)
        Small,      // dropped once the set is seen over (a stream that ends sooner may have cut the set short: reported)
        Quick,      // as Small, but at the stream's end reported only when the stream cut it (CycleSmallCutS)
        Away,       // dropped unless the band came back to the set's posture
        Left,       // dropped unless the band came back to where the cycle began (getting up)
        Kept,       // the second of a chain whose first went on: out next
    }

    /// <summary>
    /// What the tests found of a cycle: why it is unlike the set (None: it is not), the cosine bound to the set's direction it ends
    /// beyond (Away), and where it began and how far it turned (Left: getting up).
    /// </summary>
    private readonly record struct Finding(Unlikeness Why, double AwayCos = 0, (double X, double Y, double Z) LeftFrom = default,
        double LeftMoved = 0);

    private const int MinKnown = 3;                         // the set's reps are known from this many cycles
    private readonly RecentValues _lengths = new(5), _tilts = new(5);  // the set's last cycles' lengths and tilts
    // At most: the last set's first cycles still held by the pick-up test, this set's, and the cycle held before them.
    private readonly RepCandidate[] _out = new RepCandidate[2 * pickUp.Capacity + 2];
    private readonly double _pauseSamples = tuning.CyclePauseS * sampleRateHz, _gapSamples = tuning.SetGapS * sampleRateHz,
        _restSamples = tuning.CycleSetDownRestS * sampleRateHz, _smallCutSamples = tuning.CycleSmallCutS * sampleRateHz;
    private readonly double _cosPosture = Math.Cos(tuning.CycleSetDownPostureDeg * Math.PI / 180);
    private long _lastEnd = long.MinValue / 2;
    // Gravity now; summed since the set's first cycle; up to its last rep; up to the held cycle's end.
    private (double X, double Y, double Z) _g, _sum, _setSum, _heldSum;
    private RepCandidate _held;
    private bool _away;
    private Finding _heldFor;                                   // why the held cycle is held (None: no cycle held)
    // The held cycle came over a pause after the set (GotUpAfter): the set is kept, to judge the next cycle against, until the
    // held one is decided; then a new set begins (BeginSet): with it when it goes on as a rep, with the next cycle when dropped.
    private bool _heldBegins;
    // Getting up (CycleGetUpDeg): the test (PostureChange's geometry, at any speed: getting up is brisker than lying down); a chain held.
    private readonly PostureChange _getUp = new(tuning.CycleGetUpDeg, tuning.CyclePostureChangeShare, 0, tuning.CyclePostureChangeBackShare,
        tuning.CyclePostureChangeDipShare);
    private bool _chained;
    private RepCandidate _next;                                 // an unlike cycle right after the held one (_chained)
    private (double X, double Y, double Z) _nextSum;

    /// <summary>Sample n's gravity estimate (low-passed acceleration).</summary>
    public void Follow(long n, double gx, double gy, double gz)
    {
        _g = (gx, gy, gz);
        _sum = (_sum.X + gx, _sum.Y + gy, _sum.Z + gz);
        if (_heldFor.Why == Unlikeness.Away && n == _held.End + (long)_restSamples) _away = Away(_heldFor.AwayCos);
    }

    /// <summary>
    /// A cycle ended (at the current sample), <paramref name="letDown"/> when it may be its set's last let-down: the cycles to pass on
    /// now, in order (valid until the next call).
    /// </summary>
    public ReadOnlySpan<RepCandidate> Add(in RepCandidate cycle, bool letDown = false)
    {
        var k = 0;
        // After a rest the set is a new one, picked up anew: the last set's first cycles, if still held, go on as that set's cycles
        // (before anything of the new cycle is reckoned). The stream's first set is only judged when it began half a pause into
        // the stream or the band's tilt was seen still just before it (a recording may begin mid-set).
        var first = _lastEnd == long.MinValue / 2;
        if (first ? cycle.Start >= _pauseSamples / 2 || pickUp.SeenStill(cycle.Start) : cycle.Start - _lastEnd > _gapSamples)
        {
            while (pickUp.Release(out var left)) Pass(left, default, ref k);
            pickUp.Begin();
        }
        var newSet = cycle.Start - _lastEnd > _pauseSamples;
        // Getting up a few seconds after the set's last rep (over a pause, within the set gap) is judged against that set; not
        // after a get-up still held over a pause: that goes on as a rep (Pass) and begins a set of its own, whose reps this
        // cycle does not know.
        var afterPause = newSet && !first && !_heldBegins && !pickUp.Holding && cycle.Start - _lastEnd <= _gapSamples
            && _lengths.Count >= MinKnown ? GotUpAfter(cycle) : default;
        if (newSet)
        {
            _sum = default;     // a new set's gravity is summed from its first cycle, whichever that turns out to be
            if (afterPause.Why == Unlikeness.None) BeginSet();
        }
        _lastEnd = cycle.End;
        // While the pick-up hold holds, the set began after a rest: it has no cycles of its own yet to have paused after.
        if (!pickUp.Holding) Pass(cycle, afterPause, ref k, letDown);
        else
            foreach (ref readonly var rep in pickUp.Add(cycle)) Pass(rep, default, ref k);
        return _out.AsSpan(0, k);
    }

    /// <summary>
    /// A cycle of the set, in order: out now, or held when unlike the set (the one held before goes out first), or for
    /// <paramref name="afterPause"/> (what <see cref="GotUpAfter"/> found of it), or as a let-down that may be the set's last
    /// (<paramref name="letDown"/>: dropped as a slow one when the set does not go on).
    /// </summary>
    private void Pass(in RepCandidate cycle, Finding afterPause, ref int k, bool letDown = false)
    {
        // A cycle unlike the set right after (within a pause) one that left its posture (getting up, then moving about in the new
        // posture): the set has not gone on yet, both wait. Its own pause: a cycle the pick-up hold releases late is not the one
        // just added. The set is the one the get-up was found against, kept until the get-up is decided (also over a pause).
        if (_heldFor.Why == Unlikeness.Left && !_chained && cycle.Start - _held.End <= _pauseSamples && Unlike(cycle).Why != Unlikeness.None)
        {
            (_next, _nextSum, _chained) = (cycle, _sum, true);
            return;
        }
        if (_heldFor.Why != Unlikeness.None)
        {
            // The set went on: the unlike cycle was one of its reps (the first of a new one after a pause).
            if (_heldBegins) BeginSet();
            (_out[k++], _heldFor) = (_held, default);
            Remember(_held, _heldSum);
            if (_chained)
            {
                (_out[k++], _chained) = (_next, false);
                Remember(_next, _nextSum);
            }
        }
        var why = afterPause.Why != Unlikeness.None ? afterPause : _lengths.Count >= MinKnown ? Unlike(cycle) : default;
        if (why.Why == Unlikeness.None && letDown) why = new(Unlikeness.Slow);
        if (why.Why != Unlikeness.None)
        {
            (_held, _heldSum, _heldFor, _away, _heldBegins) = (cycle, _sum, why, why.Why == Unlikeness.Away, afterPause.Why != Unlikeness.None);
            return;
        }
        _out[k++] = cycle;
        Remember(cycle, _sum);
    }

    /// <summary>
    /// At sample <paramref name="n"/> (or the stream's end, <paramref name="ended"/>): once the set is over without another
    /// cycle, the held one was putting the weight down, unless the band came back to the set's posture (or, for a small one, the
    /// stream ended too soon to tell): then it is <paramref name="released"/> (true). Call until false: a set's first cycles that
    /// waited for the pick-up test come out together, one per call.
    /// </summary>
    public bool Expire(long n, bool ended, out RepCandidate released)
    {
        // No next cycle for as long as the set-start hold waits, before the set's first cycles were judged: they go on as they are,
        // one per call, as the set's cycles.
        if ((ended || pickUp.Due(n)) && pickUp.Release(out released))
        {
            Remember(released, _sum);
            return true;
        }
        released = _held;
        if (_heldFor.Why == Unlikeness.Kept)
        {
            _heldFor = default;
            return true;
        }
        if (_heldFor.Why == Unlikeness.None || !(ended || n - (_chained ? _next.End : _held.End) > _gapSamples)) return false;
        var why = _heldFor;
        _heldFor = default;
        var kept = why.Why switch
        {
            Unlikeness.Small => ended && n - _held.End < _restSamples,
            Unlikeness.Quick => ended && n - _held.End < _smallCutSamples,
            Unlikeness.Away => !(n < _held.End + (long)_restSamples ? Away(why.AwayCos) : _away),
            Unlikeness.Left => Directions.AngleDeg(why.LeftFrom, meter.DirectionAt(n)) <= _getUp.BackShare * why.LeftMoved,
            _ => false,
        };
        if (_heldBegins) BeginSet();    // the next cycle begins the new set
        // A chain goes on, or is dropped, with its first cycle.
        if (_chained)
            (_held, _heldFor, _chained) = (_next, kept ? new Finding(Unlikeness.Kept) : default, false);
        return kept;
    }

    /// <summary>A new set: its own reps.</summary>
    private void BeginSet()
    {
        _lengths.Clear();
        _tilts.Clear();
        (_setSum, _heldBegins) = (default, false);
    }

    /// <summary>A cycle of the set, and the gravity summed up to its end.</summary>
    private void Remember(in RepCandidate cycle, (double X, double Y, double Z) sum)
    {
        _lengths.Add(cycle.Length);
        _tilts.Add(cycle.RomDeg);
        _setSum = sum;
    }

    /// <summary>How the cycle is unlike the set's last cycles (the first test that holds), or <see cref="Unlikeness.None"/>.</summary>
    private Finding Unlike(in RepCandidate cycle)
    {
        var lengths = _lengths.Sorted();
        var tilt = _tilts.UpperMedian;
        var awayCos = AwayCos(tilt);
        if (GotUp(cycle, lengths, awayCos) is { Why: Unlikeness.Left } up) return up;
        if (Slower(cycle, lengths)) return new(Unlikeness.Slow);
        if (TiltsLess(cycle, tilt)) return new(Unlikeness.Small);
        if (EndsAway(awayCos)) return new(Unlikeness.Away, awayCos);
        return Quicker(cycle, lengths) ? new(Unlikeness.Quick) : OtherShape(cycle, lengths) ? new(Unlikeness.Small) : default;
    }

    /// <summary>How a cycle over a pause after the set got up from it (<see cref="GotUp"/>, <see cref="Quicker"/>), or None.</summary>
    private Finding GotUpAfter(in RepCandidate cycle)
    {
        var lengths = _lengths.Sorted();
        return GotUp(cycle, lengths, AwayCos(_tilts.UpperMedian)) is { Why: Unlikeness.Left } up ? up
            : Quicker(cycle, lengths) ? new(Unlikeness.Quick) : default;
    }

    /// <summary>
    /// Left the set's posture for another and stayed (<see cref="PostureChange.Left"/>), moving otherwise than the set's reps
    /// (likeness under CycleSetDownSlowShapeShare), and no slower than they are (their median length): getting up, one movement
    /// where a rep goes out and back. A rep cut at another phase also ends away, but keeps the set's shape; a rep held at its end
    /// (a tired last one, a block's last before a pause) is slower.
    /// </summary>
    private Finding GotUp(in RepCandidate cycle, ReadOnlySpan<double> lengths, double awayCos) =>
        cycle.Likeness < tuning.CycleSetDownSlowShapeShare && cycle.Length <= lengths[lengths.Length / 2]
        && _getUp.Left(meter, cycle, out var from, out var moved) && EndsAway(awayCos)
            ? new(Unlikeness.Left, LeftFrom: from, LeftMoved: moved) : default;

    /// <summary>
    /// Under CycleGetUpQuickShare of the set's median length, which keeps a tempo (CycleSetTempoShare): getting up out and back
    /// to the set's posture (an ankle band sitting, then standing: the shank hangs either way) is one quick movement next to slow reps.
    /// </summary>
    private bool Quicker(in RepCandidate cycle, ReadOnlySpan<double> lengths) =>
        tuning.CycleGetUpQuickShare > 0 && KeepTempo(lengths, tuning.CycleSetTempoShare)
        && cycle.Length < tuning.CycleGetUpQuickShare * lengths[lengths.Length / 2];

    /// <summary>The set's last cycles keep a tempo: the shortest lasts at least <paramref name="share"/> of the longest.</summary>
    private static bool KeepTempo(ReadOnlySpan<double> sortedLengths, double share) => sortedLengths[0] >= share * sortedLengths[^1];

    /// <summary>
    /// Over CycleSetDownLengthShare times as long as the set's last cycles (their median), which keep a tempo
    /// (CycleSetTempoShare): where the tempo varies (a slow block after a fast one, a sloppy set) a slow rep is just a rep.
    /// </summary>
    private bool Slower(in RepCandidate cycle, ReadOnlySpan<double> lengths) =>
        tuning.CycleSetDownLengthShare > 0 && KeepTempo(lengths, tuning.CycleSetTempoShare)
        && cycle.Length > tuning.CycleSetDownLengthShare * lengths[lengths.Length / 2];

    /// <summary>Tilts the band under CycleSetDownTiltShare of the set's median tilt.</summary>
    private bool TiltsLess(in RepCandidate cycle, double tilt) => cycle.RomDeg < tuning.CycleSetDownTiltShare * tilt;

    /// <summary>
    /// Gravity, now at the cycle's end, lies far from the set's mean direction since its first cycle: beyond
    /// <paramref name="awayCos"/> (<see cref="AwayCos"/>; the held cycle's later looks use the same bound).
    /// </summary>
    private bool EndsAway(double awayCos) => tuning.CycleSetDownPostureDeg > 0 && Away(awayCos);

    /// <summary>The cosine bound of "away": over CycleSetDownPostureDeg and over the set's median tilt (a rep of 150° may end 90° away).</summary>
    private double AwayCos(double tilt) => Math.Min(_cosPosture, Math.Cos(Math.Min(tilt, 180) * Math.PI / 180));

    /// <summary>
    /// Of another shape than the set's last cycles (<see cref="RepTemplate"/>: likeness under CycleSetDownShapeShare), which keep
    /// a tempo (CycleSetDownShapeTempoShare), and at about that tempo (at most CycleSetDownShapeLengthShare times their median). A
    /// far longer cycle is not asked: a rep held at the top (a tired last one) is flat where the set's reps turn, resampled to
    /// their length; nor a set whose tempo varies (a slow block after a fast one): its reps' shapes vary too. Or slower than
    /// the set's reps (over CycleSetDownSlowShapeLengthShare times) and only half like them (under CycleSetDownSlowShapeShare):
    /// a put-down that moves partly as the reps do; a tired last rep is slower too, but keeps the set's shape.
    /// </summary>
    private bool OtherShape(in RepCandidate cycle, ReadOnlySpan<double> lengths)
    {
        var median = lengths[lengths.Length / 2];
        return KeepTempo(lengths, tuning.CycleSetDownShapeTempoShare) && cycle.Length <= tuning.CycleSetDownShapeLengthShare * median
            && (cycle.Likeness < tuning.CycleSetDownShapeShare || tuning.CycleSetDownSlowShapeShare > 0
                && cycle.Likeness < tuning.CycleSetDownSlowShapeShare && cycle.Length > tuning.CycleSetDownSlowShapeLengthShare * median);
    }

    /// <summary>Gravity now lies farther from the set's mean direction than the angle whose cosine is <paramref name="cos"/>.</summary>
    private bool Away(double cos)
    {
        var (g, m) = (_g, _setSum);
        var dot = Directions.Dot(g, m);
        var norms = Math.Sqrt(Directions.Dot(g, g) * Directions.Dot(m, m));
        return norms > 0 && dot < cos * norms;
    }
}

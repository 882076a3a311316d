namespace HepSense.Signal;

/// <summary>
/// Accelerometer only: putting the weight down is a set's last movement, and to the acceleration a cycle like a rep, but
/// unlike the set's reps in one of three ways, so such a cycle waits for the set to go on (reported when the next cycle ends)
/// and is dropped when none comes within the set gap (or the stream ends):
/// - far slower than the set's reps, which keep a tempo (a reach to the floor and standing up again);
/// - it leaves the band in another posture: at its end gravity lies far (over <c>postureDeg</c> and over the set's typical
///   tilt) from the set's mean direction since its first cycle (from the shoulders, the chest or overhead back to hanging).
///   A rep comes back to where the set's reps are. It is dropped only if the band still lies there <c>restSamples</c>
///   later (or at the stream's end): a movement that comes back was part of the set, and is reported.
/// - it tilts the band far less than the set's reps (under <c>tiltShare</c> of their median: putting the dumbbells down after
///   curls or raises, getting up from a lunge), or, no longer than <c>shapeLengthShare</c> × theirs, its waveform is unlike
///   theirs (under <c>shapeShare</c>, <see cref="RepTemplate"/>; under <c>slowShapeShare</c> when it also lasts over
///   <c>slowShapeLengthShare</c> × theirs: getting up after push-ups, lowering the bar to the floor).
/// A real rep unlike its set is rare and, unless it is the last, only reported later. A set's first cycles after a rest (the set
/// gap) go through <paramref name="pickUp"/> first (picking the weight up). Nothing allocated per sample.
/// </summary>
internal sealed class SetEndHold(double lengthShare, double regularity, double postureDeg, double pauseSamples, double gapSamples, double restSamples,
    double tiltShare, PickUpHold pickUp, double shapeShare = 0, double shapeLengthShare = 0, double shapeRegularity = 0,
    double slowShapeShare = 0, double slowShapeLengthShare = 0)
{
    private const int MinKnown = 3;                         // the set's reps are known from this many cycles
    private readonly RecentValues _lengths = new(5), _tilts = new(5);  // the set's last cycles' lengths and tilts
    // At most: the last set's first cycles still held by the pick-up test, this set's, and the cycle held before them.
    private readonly RepCandidate[] _out = new RepCandidate[2 * pickUp.Capacity + 2];
    private readonly double _cosPosture = Math.Cos(postureDeg * Math.PI / 180);
    private long _lastEnd = long.MinValue / 2;
    // Gravity now; summed since the set's first cycle; up to its last rep; up to the held cycle's end.
    private (double X, double Y, double Z) _g, _sum, _setSum, _heldSum;
    private RepCandidate _held;
    private bool _holding, _byPosture, _byTilt, _away;
    private double _awayCos;                                    // the held cycle's posture test: cosine bound to the set's direction

    /// <summary>Sample n's gravity estimate (low-passed acceleration).</summary>
    public void Follow(long n, double gx, double gy, double gz)
    {
        _g = (gx, gy, gz);
        _sum = (_sum.X + gx, _sum.Y + gy, _sum.Z + gz);
        if (_holding && _byPosture && n == _held.End + (long)restSamples) _away = Away(_awayCos);
    }

    /// <summary>A cycle ended (at the current sample): the cycles to pass on now, in order (valid until the next call).</summary>
    public ReadOnlySpan<RepCandidate> Add(in RepCandidate cycle)
    {
        var k = 0;
        // After a rest the set is a new one, picked up anew: the last set's first cycles, if still held, go on as they are. The
        // stream's first set is only judged when it began half a pause into the stream or the band's tilt was seen still just
        // before it (a recording may begin mid-set).
        var first = _lastEnd == long.MinValue / 2;
        if (first ? cycle.Start >= pauseSamples / 2 || pickUp.SeenStill(cycle.Start) : cycle.Start - _lastEnd > gapSamples)
        {
            while (pickUp.Release(out var left)) Pass(left, ref k);
            pickUp.Begin();
        }
        if (cycle.Start - _lastEnd > pauseSamples)    // a new set: its own reps
        {
            _lengths.Clear();
            _tilts.Clear();
            (_sum, _setSum) = (default, default);
        }
        _lastEnd = cycle.End;
        if (!pickUp.Holding) Pass(cycle, ref k);
        else
            foreach (ref readonly var rep in pickUp.Add(cycle)) Pass(rep, ref k);
        return _out.AsSpan(0, k);
    }

    /// <summary>A cycle of the set, in order: out now, or held when unlike the set (the one held before goes out first).</summary>
    private void Pass(in RepCandidate cycle, ref int k)
    {
        if (_holding)
        {
            // The set went on: the unlike cycle was one of its reps.
            (_out[k++], _holding) = (_held, false);
            Remember(_held, _heldSum);
        }
        if (_lengths.Count >= MinKnown && Unlike(cycle))
        {
            (_held, _heldSum, _holding) = (cycle, _sum, true);
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
        if (!_holding || !(ended || n - _held.End > gapSamples)) return false;
        _holding = false;
        // Small: dropped once the set is seen over (a stream that ends sooner may have cut the set short); slow: dropped.
        if (!_byPosture) return _byTilt && ended && n - _held.End < restSamples;
        if (n < _held.End + (long)restSamples) _away = Away(_awayCos);
        return !_away;
    }

    /// <summary>A cycle of the set, and the gravity summed up to its end.</summary>
    private void Remember(in RepCandidate cycle, (double X, double Y, double Z) sum)
    {
        _lengths.Add(cycle.Length);
        _tilts.Add(cycle.RomDeg);
        _setSum = sum;
    }

    private bool Unlike(in RepCandidate cycle)
    {
        var length = _lengths.Sorted();
        // Far slower than the set's last cycles, which keep a tempo (shortest ≥ regularity × longest): where the tempo varies
        // (a slow block after a fast one, a sloppy set) a slow rep is just a rep.
        (_byPosture, _byTilt) = (false, false);
        if (lengthShare > 0 && length[0] >= regularity * length[^1] && cycle.Length > lengthShare * length[length.Length / 2])
            return true;
        // Far less tilt than the set's reps.
        var tilt = _tilts.UpperMedian;
        if (cycle.RomDeg < tiltShare * tilt) return _byTilt = true;
        // Far from the set's posture: over postureDeg and over the set's median tilt (a rep of 150° may end 90° away).
        if (postureDeg > 0)
        {
            _awayCos = Math.Min(_cosPosture, Math.Cos(Math.Min(tilt, 180) * Math.PI / 180));
            if (_byPosture = _away = Away(_awayCos)) return true;
        }
        // Of another shape than the set's last cycles (RepTemplate), which keep a tempo, and at about that tempo: judged as a small
        // one. A far longer cycle is not asked: a rep held at the top (a tired last one) is flat where the set's reps turn,
        // resampled to their length; nor a set whose tempo varies (a slow block after a fast one): its reps' shapes vary too.
        // Slower than the set's reps and only half like them: a put-down that moves partly as the reps do (getting up after
        // push-ups, the bar lowered to the floor); a tired last rep is slower too, but keeps the set's shape.
        var median = length[length.Length / 2];
        return _byTilt = length[0] >= shapeRegularity * length[^1] && cycle.Length <= shapeLengthShare * median
            && (cycle.Likeness < shapeShare || slowShapeShare > 0 && cycle.Likeness < slowShapeShare && cycle.Length > slowShapeLengthShare * median);
    }

    /// <summary>Gravity now lies farther from the set's mean direction than the angle whose cosine is <paramref name="cos"/>.</summary>
    private bool Away(double cos)
    {
        var (g, m) = (_g, _setSum);
        var dot = g.X * m.X + g.Y * m.Y + g.Z * m.Z;
        var norms = Math.Sqrt((g.X * g.X + g.Y * g.Y + g.Z * g.Z) * (m.X * m.X + m.Y * m.Y + m.Z * m.Z));
        return norms > 0 && dot < cos * norms;
    }
}

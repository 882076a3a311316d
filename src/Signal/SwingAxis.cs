using System.Runtime.Intrinsics;

namespace HepSense.Signal;

/// <summary>
/// The axis a gyroscope band swings about, for <see cref="SwingCounter"/>: the principal axis of the band-passed angular
/// rate (<see cref="Axis"/>), re-estimated every AxisRefreshS, and switched at once to another motion's when the band
/// clearly moves about another axis: the recent window's on a way out, a line apart from a held first way out's ring, what
/// came after the set's first movement, or the rotation's own when the rate's band holds no axis. It also advances the
/// rotation (<see cref="RotationSinceRest"/>) the counter reads along it.
/// </summary>
/// <remarks>
/// What a switch means for the rep under way (rebased, re-read on the new axis) is the counter's: <see cref="Follow"/>
/// only says which switch it made.
/// </remarks>
internal sealed class SwingAxis
{
    private readonly DetectorTuning _t;
    private readonly double _fs;
    private readonly RepMeter _meter;
    private readonly RotationSinceRest _rotation;
    private readonly VectorFilter _motion;      // motion band of the gyroscope, for the axis
    private readonly PrincipalAxis? _recentAxis; // of the rate's band over a short window: a new rhythm about another axis
    private readonly PrincipalAxis? _sinceFirst; // of the rate's band since the set's first movement ended, while no rep followed
    private readonly PrincipalAxis? _sinceFirstTurn; // of the rate itself (the rotation's change) since then: no ring
    private readonly VectorFilter? _slowBand;   // the rate's band low-passed again at AfterFirstApartLowHz: no tremor
    private readonly PrincipalAxis? _sinceFirstSlow; // of that since the set's first movement ended, while no rep followed
    private PrincipalAxis.LineApart? _heldApartBefore; // the line apart from a held first way out's axis at the last look
    private long _stillAt = -1;                 // the last look at which the band had been still for a window (NoteStill)
    private StreamClock _refresh;               // when the axis is next re-estimated
    private readonly PrincipalAxis? _slowAxis;  // of the rotation itself, for turns too slow for the rate's band
    private readonly double _slowDecay;
    private readonly double _apartMinimum;      // a recent window's least variance across the axis for a line apart (GyroAxisLowRadS RMS)
    private readonly long _recentWindow;        // RecentAxisWindowS in samples: HeldApart's looks
    private long _firstEndAt;                   // where the set's first movement came back to
    private bool _firstAfterRest;               // it began over SetGapS after the last rep, or before any
    private PrincipalAxis.LineApart? _apartBefore; // the line apart from the axis found at the last look, if any
    private double _mx, _my, _mz;               // the rotation's running mean, about which the slow axis is found

    public SwingAxis(double sampleRateHz, DetectorTuning tuning, RepMeter meter, RotationSinceRest rotation)
    {
        (_t, _fs, _meter, _rotation) = (tuning, sampleRateHz, meter, rotation);
        var high = Math.Min(tuning.HighCutHz, tuning.AxisHighShareOfRate * sampleRateHz);
        _motion = new VectorFilter([.. Butterworth.HighPass(2, tuning.AxisLowHz, sampleRateHz), .. Butterworth.LowPass((int)tuning.AxisLowPassOrder, high, sampleRateHz)]);
        var lowShare = Math.Pow(tuning.GyroAxisLowRadS / tuning.GyroAxisMinRadS, 2);
        Axis = new PrincipalAxis(sampleRateHz, tuning.AxisWindowS, tuning.GyroAxisMinRadS)
        {
            LowMinimumShare = lowShare,
            LowMinimumDominance = tuning.GyroAxisLowDominance,
        };
        if (tuning.RecentAxisWindowS > 0)
            _recentAxis = new PrincipalAxis(sampleRateHz, tuning.RecentAxisWindowS, tuning.GyroAxisMinRadS) { MinimumDominance = tuning.GyroAxisLowDominance };
        if (tuning.AfterFirstAxisShare > 0)
            _sinceFirst = new PrincipalAxis(sampleRateHz, tuning.RecentAxisWindowS, tuning.GyroAxisMinRadS)
            {
                LowMinimumShare = lowShare,
                MinimumDominance = tuning.GyroAxisLowDominance,
            };
        _recentWindow = (long)(tuning.RecentAxisWindowS * sampleRateHz);
        _apartMinimum = PrincipalAxis.Energy(sampleRateHz, tuning.RecentAxisWindowS, tuning.GyroAxisLowRadS);
        if (tuning.AfterFirstApart > 0) _sinceFirstTurn = new PrincipalAxis(sampleRateHz, tuning.RecentAxisWindowS);
        if (tuning.AfterFirstApart > 0 && tuning.AfterFirstApartLowHz > 0)
        {
            _slowBand = new VectorFilter(Butterworth.LowPass(2, Math.Min(tuning.AfterFirstApartLowHz, 0.4 * sampleRateHz), sampleRateHz));
            _sinceFirstSlow = new PrincipalAxis(sampleRateHz, tuning.RecentAxisWindowS);
        }
        _refresh = new StreamClock(tuning.AxisRefreshS, sampleRateHz);
        if (tuning.SlowAxisMinRad > 0)
        {
            _slowAxis = new PrincipalAxis(sampleRateHz, tuning.SlowAxisWindowS, tuning.SlowAxisMinRad) { MinimumDominance = tuning.GyroAxisLowDominance };
            _slowDecay = Math.Exp(-1 / (sampleRateHz * tuning.SlowAxisWindowS));
        }
    }

    /// <summary>The axis held: where the band is, is its rotation projected on it.</summary>
    public PrincipalAxis Axis { get; }

    /// <summary>
    /// When the axis last restarted on a line apart from the first's ring (AfterFirstApart); else -1. The reps about the new
    /// axis are seen only from then.
    /// </summary>
    public long AfterFirstApartAt { get; private set; } = -1;

    /// <summary>When the axis last switched to another motion's (not a refresh); else -1.</summary>
    public long SwitchedAt { get; private set; } = -1;

    /// <summary>The rotation, as of the last sample, projected on the axis.</summary>
    public double Along() => Axis.Project(_rotation.X, _rotation.Y, _rotation.Z);

    public void Settle(in ImuSample s)
    {
        _motion.Settle(s.Gx, s.Gy, s.Gz);
        _rotation.Settle(in s);
    }

    /// <summary>
    /// Follows the band to sample <paramref name="n"/> (the rotation too) and, when the axis is due for a look, re-estimates
    /// it: the switch made, if any. The counter's state as of the last sample: <paramref name="afterFirst"/>, the set's first
    /// movement came back and nothing is under way since; <paramref name="armed"/>, on a way out; <paramref name="candidates"/>,
    /// the reps seen since the last pause; <paramref name="apexAt"/>, when the way out's top was reached; <paramref name="h"/>,
    /// the threshold.
    /// </summary>
    public Switch Follow(long n, in ImuSample s, bool afterFirst, bool armed, int candidates, long apexAt, double h)
    {
        afterFirst &= _sinceFirst is not null;
        // The rate's band stays one vector through the windows that take it (Lanes).
        var band = _motion.Process(Vector256.Create(s.Gx, s.Gy, s.Gz, 0));
        Axis.Add(band);
        _recentAxis?.Add(band);
        if (afterFirst) _sinceFirst!.Add(band);
        if (_slowBand is not null)
        {
            var slow = _slowBand.Process(band);
            if (afterFirst) _sinceFirstSlow!.Add(slow);
        }
        var (rx, ry, rz) = (_rotation.X, _rotation.Y, _rotation.Z);
        _rotation.Add(in s);
        if (afterFirst && _sinceFirstTurn is not null)
            _sinceFirstTurn.Add((_rotation.X - rx) * _fs, (_rotation.Y - ry) * _fs, (_rotation.Z - rz) * _fs);
        if (_slowAxis is not null)
        {
            var (x, y, z) = (_rotation.X, _rotation.Y, _rotation.Z);
            _mx = _slowDecay * _mx + (1 - _slowDecay) * x; _my = _slowDecay * _my + (1 - _slowDecay) * y; _mz = _slowDecay * _mz + (1 - _slowDecay) * z;
            _slowAxis.Add(x - _mx, y - _my, z - _mz);
        }
        if (!_refresh.Fires(n)) return Switch.None;
        var change = Refresh(n, afterFirst, armed, candidates, apexAt, h);
        if (change != Switch.None) SwitchedAt = n;
        return change;
    }

    private Switch Refresh(long n, bool afterFirst, bool armed, int candidates, long apexAt, double h)
    {
        if (candidates == 0) NoteStill(n, h);
        if (Axis.Refresh())
        {
            // On a way out, the last moments moved clearly along a line the axis hardly sees: a new rhythm about another
            // axis (the way out was getting into position, as lying back on the bench), not the old one fading. Only on
            // a way out: between sets (uci-pt's between-block fidgets) the axis follows soon enough on its own.
            if (_recentAxis is not null && _recentAxis.Refresh() && armed && _recentAxis.ShareAlong(Axis) < _t.RecentAxisSwitchShare)
            {
                Axis.Restart(_recentAxis);
                return Switch.Recent;
            }
            // The set's first way out is held where it went (lying back on the bench: the band stays turned), and the last
            // moments moved along a line across its axis: reps about another axis, hidden from the test above by the way
            // out's own ring (the 0.2 Hz high-pass along its axis, for seconds after a large quick turn). Read apart from
            // that ring (ApartFrom), two looks in a row, only once the band has rested a window after the top (NoteStill).
            if (armed && candidates == 0 && _recentAxis is not null && HeldApartLine(n, apexAt, h) is { } held)
            {
                Axis.RestartApart(_recentAxis, held);
                return Switch.ApartFromHeld;
            }
            // The set's first movement ended, and what came since moves along a line the axis hardly sees, and less: a
            // smaller movement about another axis (lunges after the reach to the floor), which the first's weight would
            // hide for seconds, while the first waits to be judged by the rep after it (SetUpWait).
            if (afterFirst && _sinceFirst!.Refresh() && _sinceFirst.ShareAlong(Axis) < _t.AfterFirstAxisShare
                && _sinceFirst.MeanSquare < Axis.MeanSquare)
            {
                Axis.Restart(_sinceFirst);
                return Switch.SinceFirst;
            }
            // The same, seen past the first's own ring: after a large, quick turn the rate's band rings along the first's axis
            // for seconds (its 0.2 Hz high-pass), and the first lunges, mixed with that ring, move along no clear line.
            // Across the axis held they do; the line they move along is that, leaning on the held axis as much as the two
            // vary together (ApartLine). The axis restarts on it, less the ring.
            if (afterFirst && _sinceFirstTurn is not null && ApartLine(n, h) is { } apart)
            {
                Axis.RestartApart(_sinceFirst!, apart);
                AfterFirstApartAt = n;
                return Switch.ApartFromFirst;
            }
        }
        // The rate's band holds no axis (a turn too slow or too small for it): the rotation's own, when it moved along a
        // line that the axis held does not already follow.
        else if (_slowAxis is not null && _slowAxis.Refresh() && _slowAxis.ShareAlong(Axis) < _t.SlowAxisSwitchShare)
        {
            Axis.Adopt(_slowAxis);
            return Switch.Slow;
        }
        return Switch.None;
    }

    /// <summary>
    /// The set's first movement came back at <paramref name="endAt"/>, begun over SetGapS after the last rep or before any
    /// (<paramref name="afterRest"/>): what the band does from here is looked at apart from it.
    /// </summary>
    public void FirstEnded(long endAt, bool afterRest)
    {
        _sinceFirst?.Clear();
        _sinceFirstTurn?.Clear();
        _sinceFirstSlow?.Clear();
        (_firstEndAt, _apartBefore) = (endAt, null);
        _firstAfterRest = afterRest;
    }

    /// <summary>
    /// The walk is over and the band got into position before resting (SwingCounter.ForgetGait's rest, ForgetGaitAxis): the
    /// axis window forgets the strides and that turn; the axis, held until then, is chosen again from the set's own movement.
    /// </summary>
    public void ForgetWindow() => Axis.Clear();

    /// <summary>The rotation starts afresh from here; the slow axis's mean moves with it, so the jump is not taken for a turn.</summary>
    public void Rezero()
    {
        (_mx, _my, _mz) = (_mx - _rotation.X, _my - _rotation.Y, _mz - _rotation.Z);
        _rotation.Rezero();
    }

    /// <summary>
    /// At an axis refresh (<paramref name="n"/>) after the set's first movement ended, while no rep followed: the line the band
    /// moved along since then apart from the axis held (<see cref="PrincipalAxis.ApartFrom"/>), when the reps that follow a
    /// set-up would turn about it. All of: clearly a line across the axis (GyroAxisLowDominance of the variance across, at least
    /// GyroAxisLowRadS RMS), leaning on the axis under AfterFirstAxisShare (squared cosine), weaker than the axis window (mean
    /// square), and what the band's rate band holds along the axis held is the first's ring, not a turn: the rate itself (no
    /// high-pass) holds under AfterFirstApartRingShare of it there, and the band turned along the axis since the first ended by
    /// under the threshold <paramref name="h"/>. Only after a rest (a set-up comes before a set, not between its reps: a physio
    /// rep after a pause rings too, and the limb moves across before the next one), and only when the last look found the same
    /// line (within 45°): a single look across the start of a rep about the held axis is no rhythm. And at a movement's pace,
    /// not a tremor's: at the second look, the rate's band low-passed again at AfterFirstApartLowHz still holds the low minimum
    /// along the line across the axis (an effort tremor of 4-10 Hz sampled at 12.5 Hz aliases into the band at 2.5-6 Hz,
    /// along one line, over the minimum). Else null.
    /// </summary>
    private PrincipalAxis.LineApart? ApartLine(long n, double h)
    {
        if (!_firstAfterRest) return null;
        var apart = _sinceFirst!.ApartFrom(Axis);
        var found = ClearlyApart(apart, _t.AfterFirstAxisShare) && _sinceFirst.MeanSquare < Axis.MeanSquare
            && _sinceFirstTurn!.Along(Axis) < _t.AfterFirstApartRingShare * _sinceFirst.Along(Axis)
            && Math.Abs(TurnedAlongSinceFirst(n)) < h;
        var line = SecondLook(ref _apartBefore, found ? apart : null);
        // The low-passed band lags the band by about a look (a lunge's onset is quick): the pace is judged at the second look.
        return line is { } l && _sinceFirstSlow is not null && _sinceFirstSlow.Across(Axis, l) < _apartMinimum ? null : line;
    }

    /// <summary>
    /// On the set's first way out (HeldApart): its top reached (<paramref name="apexAt"/>) over a recent window ago, the band
    /// still for a whole window since (NoteStill), and over the last window turned across the axis by more than the threshold
    /// <paramref name="h"/> while turning along it by under half of it; then the recent window's line apart from the way out's
    /// ring (ApartFrom: clear, over the low minimum, leaning on the axis under HeldApartLeanShare), if the look before found
    /// the same line.
    /// </summary>
    private PrincipalAxis.LineApart? HeldApartLine(long n, long apexAt, double h)
    {
        var window = _recentWindow;
        PrincipalAxis.LineApart? look = null;
        if (_t.HeldApart > 0 && n - apexAt > window && (_t.HeldApartStill <= 0 || _stillAt - window >= apexAt))
        {
            var (tx, ty, tz) = _meter.TurnVector(n - window, n);
            var along = Axis.Project(tx, ty, tz);
            var across = tx * tx + ty * ty + tz * tz - along * along;
            if (across > h * h && Math.Abs(along) < h / 2 && _recentAxis!.ApartFrom(Axis) is var apart && ClearlyApart(apart, _t.HeldApartLeanShare))
                look = apart;
        }
        return SecondLook(ref _heldApartBefore, look);
    }

    /// <summary>
    /// A line found apart from the axis (<see cref="PrincipalAxis.ApartFrom"/>) is clearly one: GyroAxisLowDominance of the
    /// variance across the axis, at least GyroAxisLowRadS RMS, and leaning on the axis under <paramref name="leanShare"/>
    /// (squared cosine).
    /// </summary>
    private bool ClearlyApart(in PrincipalAxis.LineApart apart, double leanShare)
    {
        var lean = Axis.Project(apart.X, apart.Y, apart.Z);
        return apart.Clarity >= _t.GyroAxisLowDominance && apart.Across >= _apartMinimum && lean * lean < leanShare;
    }

    /// <summary>
    /// The line this look found apart from the axis (null: none), if the look before found the same line (within 45°): a single
    /// look across the start of a rep about the held axis is no rhythm. <paramref name="before"/> keeps this look's line.
    /// </summary>
    private static PrincipalAxis.LineApart? SecondLook(ref PrincipalAxis.LineApart? before, PrincipalAxis.LineApart? look)
    {
        var last = before;
        before = look;
        if (look is not { } a || last is not { } b) return null;
        var agree = b.X * a.X + b.Y * a.Y + b.Z * a.Z;
        return agree * agree >= 0.5 ? a : null;
    }

    /// <summary>
    /// At an axis refresh while no rep came back since the last pause: notes in _stillAt that the band was still about every
    /// axis (turned by under HeldApartStill of the threshold <paramref name="h"/>) over the last recent window. HeldApartLine
    /// asks that for a whole window after the set's first top: the band rests where the way out led, as after lying back.
    /// </summary>
    private void NoteStill(long n, double h)
    {
        if (_t.HeldApartStill <= 0) return;
        var (tx, ty, tz) = _meter.TurnVector(n - _recentWindow, n);
        var still = h * _t.HeldApartStill;
        if (tx * tx + ty * ty + tz * tz < still * still) _stillAt = n;
    }

    /// <summary>How far the band turned along the axis from where the set's first movement came back, to <paramref name="n"/>.</summary>
    private double TurnedAlongSinceFirst(long n)
    {
        var (x, y, z) = _meter.TurnVector(_firstEndAt, n);
        return Axis.Project(x, y, z);
    }

    /// <summary>Which switch <see cref="Follow"/> made to another motion's axis, if any (a plain refresh is none).</summary>
    public enum Switch
    {
        None,
        /// <summary>On a way out, to the recent window's (RecentAxisSwitchShare).</summary>
        Recent,
        /// <summary>On the set's first way out, held, to a line apart from its ring (HeldApart).</summary>
        ApartFromHeld,
        /// <summary>After the set's first movement, to what came since (AfterFirstAxisShare).</summary>
        SinceFirst,
        /// <summary>After the set's first movement, to a line apart from its ring (AfterFirstApart).</summary>
        ApartFromFirst,
        /// <summary>The rate's band holds no axis: to the rotation's own (SlowAxisMinRad).</summary>
        Slow,
    }
}

namespace HepSense.Signal;

/// <summary>
/// Gyroscope only: putting the weights down after a set turns the band far less than the set's reps (a fifth of a curl),
/// yet the swing path sees a swing out and back. A rep that small against the set's last reps waits for the set to go on
/// (reported before the next rep) and is dropped once none came within the set gap; at the stream's end it is reported if
/// the stream ended too soon after it to tell. The mirror of the set-up rules at a set's start (<see cref="SetUpWait"/>). So
/// does a rep far quicker than every one of the set's last reps and no larger (<paramref name="quickShare"/> > 0): a kick
/// or a knock after the set, which the jolt test misses when it is not also far smaller. And so does a last movement that
/// undoes the set's held set-up (<paramref name="undoShare"/> > 0): far larger than the reps, as the set-up was, about the
/// set-up's axis the other way and no longer than a rep (sitting up after the bench presses); it is dropped at the stream's
/// end too. And so does a rep far smaller than the set's last ones begun apart from them (<paramref name="betweenShare"/> > 0):
/// dropped when the next rep comes only after a rest (settling between two blocks, see <see cref="SmallBetween"/>), reported
/// otherwise. Nothing allocated per sample.
/// </summary>
internal sealed class PutDownHold(double tiltShare, double gapSamples, double restSamples, double quickShare = 0,
    RepMeter? meter = null, double undoShare = 0, double undoCos = 1, double setUpLookSamples = 0, double undoLengthShare = 1,
    double betweenShare = 0, double betweenRestSamples = 0, double betweenBeforeSamples = 0, double betweenAxisCos = 1)
{
    private const int MinKnown = 3;                         // the set's reps are known from this many
    private readonly RecentValues _tilts = new(5), _swings = new(5), _lengths = new(5), _turned = new(5);   // the set's last reps' ranges, swings, lengths, turns
    private (double X, double Y, double Z) _setUp;          // the set's set-up: the band's turn before its first rep (rad, band frame)
    private bool _undoes;                                   // the rep held undoes it: dropped at the stream's end too
    private bool _between;                                  // held only as small between blocks: dropped only if a rest follows it
    private readonly RepCandidate[] _out = new RepCandidate[2];
    private readonly (double X, double Y, double Z)[] _axes = new (double, double, double)[5];   // the set's last reps' axes (RepMeter.TurnAxis)
    private int _axesCount, _axesNext;
    private long _lastEnd = long.MinValue / 2;
    private RepCandidate _held;
    private bool _holding;

    /// <summary>A rep of the set, in order: the reps to report now (valid until the next call).</summary>
    public ReadOnlySpan<RepCandidate> Add(in RepCandidate rep)
    {
        var k = 0;
        if (_holding)
        {
            // The set went on (this rep began within the set gap): the small rep was one of its reps. Else it was the set's end.
            // Held as small between blocks, it was one of them only if the set went on in its rhythm, not after a rest.
            var gap = rep.Start - _held.End;
            if (gap <= gapSamples && !(_between && gap > betweenRestSamples))
            {
                _out[k++] = _held;
                Remember(_held);
            }
            _holding = false;
        }
        if (rep.Start - _lastEnd > gapSamples)                // a new set: its own reps
        {
            _tilts.Clear();
            _swings.Clear();
            _lengths.Clear();
            _turned.Clear();
            _axesCount = _axesNext = 0;
            _setUp = meter is not null && undoShare > 0 ? meter.TurnVector(rep.Start - (long)setUpLookSamples, rep.Start) : default;
        }
        var apart = rep.Start - _lastEnd > betweenBeforeSamples;
        _lastEnd = rep.End;
        _undoes = UndoesSetUp(rep);
        _between = false;
        if (FarSmaller(rep) || FarQuicker(rep) || _undoes || (_between = apart && SmallBetween(rep)))
        {
            (_held, _holding) = (rep, true);
            return _out.AsSpan(0, k);
        }
        _out[k++] = rep;
        Remember(rep);
        return _out.AsSpan(0, k);
    }

    /// <summary>
    /// At sample <paramref name="n"/> (or the stream's end, <paramref name="ended"/>): true with the held rep when it is to be
    /// reported after all (the stream ended within restSamples of it); the set over without another rep drops it. Not while
    /// <paramref name="busy"/> (a rep under way or held may yet show the set went on: a slow set's next rep is reported
    /// seconds after it began).
    /// </summary>
    public bool Expire(long n, bool ended, bool busy, out RepCandidate released)
    {
        released = _held;
        if (!_holding || !(ended || !busy && n - _held.End > gapSamples)) return false;
        _holding = false;
        // Held as small between blocks and no block followed: the set's last rep (a tired partial before the rest), reported.
        if (_between) Remember(_held);
        return _between || ended && n - _held.End < restSamples && !_undoes;
    }

    /// <summary>
    /// Under betweenShare of the set's last reps by both measures (and not FarSmaller; begun apart from the last rep, see
    /// <see cref="Add"/>): a movement that may be settling the limb between two blocks of the set (uci-pt s2-e8-template, 29.8 s:
    /// a 1.7 s shake of the forearm, 0.27 of the brisk reps, then 6 s of rest before the low block). It is held, and dropped only
    /// when the next rep comes after a rest (betweenRestSamples): a partial rep is followed by the next in the set's rhythm, or
    /// ends the set (then reported). Only when it also turned about another axis than the set's reps (<see cref="TurnsAway"/>):
    /// a held partial rep may stand as far apart (an in-pain knee extension's, 6.5 s after the rep before, 4.5 s before the next,
    /// its 26° measured 11°), but it is the same movement, smaller.
    /// </summary>
    private bool SmallBetween(in RepCandidate rep) =>
        betweenShare > 0 && _tilts.Count >= MinKnown && rep.RomDeg < betweenShare * _tilts.UpperMedian
        && rep.Amplitude < betweenShare * _swings.UpperMedian && TurnsAway(rep);

    private bool AxisLooked => meter is not null && betweenShare > 0 && betweenAxisCos < 1;

    /// <summary>
    /// The rep turned about an axis more than betweenAxisCos's angle from the set's last reps' (<see cref="RepMeter.TurnAxis"/>,
    /// the whole way's principal axis, not the farthest point's: the shake went out about the reps' axis, 2° from it, and
    /// snapped back about another; read 21–61° from the set's by its whole way over uci-pt's variants). The axes are compared
    /// without their sign (a rep out one way or the other is about the same axis). Not looked at (true) when betweenAxisCos
    /// is 1; a rep or set without a measured turn is no other movement (false).
    /// </summary>
    private bool TurnsAway(in RepCandidate rep) => !AxisLooked || AxisCos(rep) < betweenAxisCos;

    /// <summary>|cos| of the angle between the rep's turn and the set's last reps' axis (1 when either is not measured).</summary>
    private double AxisCos(in RepCandidate rep)
    {
        var t = meter!.TurnAxis(rep.Start, rep.End);
        var turn = Math.Sqrt(Directions.Dot(t, t));
        if (_axesCount == 0 || turn <= 0) return 1;
        var latest = _axes[(_axesNext + _axes.Length - 1) % _axes.Length];
        (double X, double Y, double Z) sum = (0, 0, 0);
        for (var k = 0; k < _axesCount; k++)
        {
            var a = _axes[k];
            var sign = Directions.Dot(a, latest) < 0 ? -1 : 1;
            sum = (sum.X + sign * a.X, sum.Y + sign * a.Y, sum.Z + sign * a.Z);
        }
        var norm = Math.Sqrt(Directions.Dot(sum, sum));
        return norm <= 0 ? 1 : Math.Abs(Directions.Dot(t, sum)) / (turn * norm);
    }

    /// <summary>
    /// Under tiltShare of the set's last reps by both measures: a slow rep's range can be measured far too small (at 12.5 Hz,
    /// 1–4° for 14–44°), its swing not.
    /// </summary>
    private bool FarSmaller(in RepCandidate rep) =>
        tiltShare > 0 && _tilts.Count >= MinKnown && rep.RomDeg < tiltShare * _tilts.UpperMedian && rep.Amplitude < tiltShare * _swings.UpperMedian;

    /// <summary>Under quickShare of the shortest of the set's last reps, and no larger than they are: a kick or a knock.</summary>
    private bool FarQuicker(in RepCandidate rep) =>
        quickShare > 0 && _lengths.Count >= MinKnown && rep.Length < quickShare * _lengths.Sorted()[0] && rep.Amplitude < _swings.UpperMedian;

    /// <summary>
    /// Far larger than the set's last reps, as its set-up was, and turning back about the set-up's axis: sitting up after
    /// the bench presses (the lie-back reversed), the set's held set-up undone.
    /// </summary>
    private bool UndoesSetUp(in RepCandidate rep)
    {
        if (meter is null || undoShare <= 0 || _turned.Count < MinKnown) return false;
        var large = undoShare * _turned.UpperMedian;
        var s = _setUp;
        var setUp = Math.Sqrt(Directions.Dot(s, s));
        if (!(rep.Turned > large && setUp > large && rep.Length < undoLengthShare * _lengths.UpperMedian)) return false;
        var t = meter.TurnVector(rep.Start, rep.End);
        var turn = Math.Sqrt(Directions.Dot(t, t));
        return turn > 0 && Directions.Dot(t, s) < -undoCos * turn * setUp;
    }

    private void Remember(in RepCandidate rep)
    {
        _tilts.Add(rep.RomDeg);
        _swings.Add(rep.Amplitude);
        _lengths.Add(rep.Length);
        _turned.Add(rep.Turned);
        if (!AxisLooked) return;
        var t = meter!.TurnAxis(rep.Start, rep.End);
        if (Directions.Dot(t, t) <= 0) return;
        _axes[_axesNext] = t;
        _axesNext = (_axesNext + 1) % _axes.Length;
        _axesCount = Math.Min(_axesCount + 1, _axes.Length);
    }
}

namespace HepSense.Signal;

/// <summary>
/// Gyroscope only: putting the weights down after a set turns the band far less than the set's reps (a fifth of a curl),
/// yet the swing path sees a swing out and back. A rep that small against the set's last reps waits for the set to go on
/// (reported before the next rep) and is dropped once none came within the set gap; at the stream's end it is reported if
/// the stream ended too soon after it to tell. The mirror of the set-up rules at a set's start (<see cref="SetUpWait"/>).
/// Nothing allocated per sample.
/// </summary>
internal sealed class PutDownHold(double tiltShare, double gapSamples, double restSamples)
{
    private const int MinKnown = 3;                         // the set's reps are known from this many
    private readonly double[] _tilts = new double[5];       // the set's last reps' turns (ring)
    private readonly double[] _sorted = new double[5];
    private readonly RepCandidate[] _out = new RepCandidate[2];
    private int _count, _next;
    private long _lastEnd = long.MinValue / 2;
    private RepCandidate _held;
    private bool _holding;

    /// <summary>A rep of the set, in order: the reps to report now (valid until the next call).</summary>
    public ReadOnlySpan<RepCandidate> Add(in RepCandidate rep)
    {
        var k = 0;
        if (_holding)
        {
            // The set went on: the small rep was one of its reps.
            (_out[k++], _holding) = (_held, false);
            Remember(_held);
        }
        if (rep.Start - _lastEnd > gapSamples) _count = 0;    // a new set: its own reps
        _lastEnd = rep.End;
        if (tiltShare > 0 && _count >= MinKnown && rep.RomDeg < tiltShare * Median())
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
    /// reported after all (the stream ended within restSamples of it); the set over without another rep drops it.
    /// </summary>
    public bool Expire(long n, bool ended, out RepCandidate released)
    {
        released = _held;
        if (!_holding || !(ended || n - _held.End > gapSamples)) return false;
        _holding = false;
        return ended && n - _held.End < restSamples;
    }

    private void Remember(in RepCandidate rep)
    {
        _tilts[_next] = rep.RomDeg;
        _next = (_next + 1) % _tilts.Length;
        _count = Math.Min(_count + 1, _tilts.Length);
    }

    private double Median()
    {
        for (var i = 0; i < _count; i++) _sorted[i] = _tilts[(_next - 1 - i + _tilts.Length) % _tilts.Length];
        Array.Sort(_sorted, 0, _count);
        return _sorted[_count / 2];
    }
}

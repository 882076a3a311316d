using Vector = (double X, double Y, double Z);

namespace HepSense.Signal;

/// <summary>
/// Accelerometer only: small reps the cycle count merged into their neighbours, found in the band's tilt. A 46° curl among
/// 150° ones makes acceleration lobes a tenth to a third of theirs (the band-passed acceleration is not linear in the angle),
/// so its way out never reaches the threshold; its tilt away from the set's rest posture is a third of theirs. In a tilting
/// set (slow, large) one bump of that tilt (away from rest and back) ends, and one peaks, between two counted cycles' ends,
/// whatever the phase between the two counts; two by both counts, after an interval with one, is a rep the count merged: the
/// bump the cycle overlaps less, when it is not much smaller, lasted a good part of as long and left the rest the same way (a
/// fidget or a shift of posture goes any way, a swing to the other side of the rest the opposite way). Read from
/// <see cref="RepMeter"/>'s 0.2 s slots once per counted cycle: nothing per sample, nothing allocated.
/// </summary>
internal sealed class MergedReps(RepMeter meter, double sampleRateHz, DetectorTuning tuning)
{
    private const int MaxBumps = 8;
    private readonly long _pause = (long)(tuning.CyclePauseS * sampleRateHz);
    private readonly long _restLook = (long)(tuning.MergedRepRestLookS * sampleRateHz);
    private readonly long _minLength = (long)(tuning.MergedRepMinS * sampleRateHz);
    private readonly long _minBump = (long)(tuning.MergedRepBumpMinS * sampleRateHz);
    private readonly Bump[] _bumps = new Bump[MaxBumps];   // the bumps since the last cycle's end, the last maybe under way
    private Vector _rest;                                   // the set's rest posture (gravity direction)
    private Vector _left, _previousG;                       // where the tilt last crossed MergedRepHighDeg outwards; the last slot's direction
    private double _previous;                               // the last slot's tilt from rest (degrees)
    private long _lastEnd = long.MinValue / 2, _lastLength;   // the last counted cycle's end and length
    private long _scanned, _lowAt;                          // the next slot to scan; where the tilt was last under the low mark
    private bool _inBump;                                   // the last bump is under way
    private int _count, _lastEnds, _lastPeaks;              // bumps kept; in the interval before, how many ended and peaked (-1: none)
    private double _size;                                   // the largest bump of the interval before (degrees; 0: none yet)

    /// <summary>A bump of the tilt; <paramref name="Counted"/>: its peak was counted in an interval while it was under way.</summary>
    private readonly record struct Bump(long Start, long End, long PeakAt, double Peak, Vector Left, bool Counted = false)
    {
        public long Length => End - Start;
    }

    /// <summary>
    /// A cycle was counted from <paramref name="start"/> to <paramref name="end"/> (now), its acceleration
    /// <paramref name="amplitude"/> peak to peak: true with the rep the count merged before it, if any (reported before it).
    /// </summary>
    public bool Cycle(long start, long end, double amplitude, out RepCandidate merged)
    {
        merged = default;
        if (!(tuning.MergedRepShare > 0) || start < _lastEnd) return false;   // a set's first cycle split into fast reps: part of it
        if (start - _lastEnd > _pause)
        {
            // A new set: its rest posture is where the band was stillest just before it.
            _rest = meter.Stillest(start - _restLook, start);
            (_scanned, _inBump, _count, _lastEnds, _lastPeaks, _size, _lowAt) = (meter.Slots(start, start).First, false, 0, -1, -1, 0, start);
            (_lastEnd, _previous, _previousG, _left) = (start, 0, _rest, _rest);
        }
        var (lastLength, from) = (_lastLength, _lastEnd);
        (_lastEnd, _lastLength) = (end, end - start);
        Scan(end);
        // The bumps that ended in this interval between cycle ends, and those that peaked in it: one each in a set that tilts
        // once per rep, whatever the phase between the bumps and the cycles (a bump's end may lie at a cycle's end, and jitter
        // either side of it; its peak then lies half a rep away, and the other way round).
        var (ends, peaks, own, other, most) = (0, 0, -1, -1, -1L);
        var size = 0.0;
        for (var j = 0; j < _count; j++)
        {
            ref readonly var b = ref _bumps[j];
            var (ended, peaked) = (Ended(j, from, end), Peaked(b, from, end));
            if (ended) ends++;
            if (peaked) peaks++;
            if (!ended && !peaked) continue;
            size = Math.Max(size, b.Peak);
            // The cycle's own bump is the one it overlaps most; another, whole within the interval, is the candidate.
            var overlap = Math.Min(end, b.End) - Math.Max(start, b.Start);
            if (overlap > most)
            {
                if (own >= 0 && Whole(own, from, end)) other = own;
                (own, most) = (j, overlap);
            }
            else if (ended && peaked) other = j;
        }
        var (lastEnds, lastPeaks, lastSize) = (_lastEnds, _lastPeaks, _size);
        (_lastEnds, _lastPeaks) = (ends, peaks);
        if (size > 0) _size = size;
        Forget(from, end);
        if (ends != 2 || peaks != 2 || own < 0 || other < 0) return false;
        // Two bumps within one cycle, by both counts: the other is a rep, if the set is a tilting one and the interval before
        // held one.
        var (candidate, cycle) = (_bumps[other], _bumps[own]);
        var tilting = lastEnds == 1 && lastPeaks == 1 && lastSize >= tuning.MergedRepMinDeg && cycle.Peak >= tuning.MergedRepMinDeg
            && lastLength >= _minLength && end - start >= _minLength;
        var along = Along(candidate.Left, cycle.Left);
        var repLike = candidate.Peak >= tuning.MergedRepShare * cycle.Peak && along >= tuning.MergedRepAlongCos
            && candidate.Length >= Math.Max(tuning.MergedRepLengthShare * cycle.Length, _minBump);
        if (!tilting || !repLike) return false;
        var (tilt, peakSpeed) = meter.Measure(candidate.Start, candidate.End);
        var depth = candidate.Peak / HighMark(lastSize);   // against the mark the scan above rose over
        merged = new RepCandidate(candidate.Start, candidate.PeakAt, candidate.PeakAt, candidate.End, amplitude * candidate.Peak / cycle.Peak,
            RepCandidate.ClarityOf(depth), tilt, peakSpeed);
        (_lastEnds, _lastPeaks) = (1, 1);   // the interval is explained: one bump per rep
        return true;
    }

    /// <summary>The bump ended and peaked within the interval (from, end].</summary>
    private bool Whole(int j, long from, long end) => Ended(j, from, end) && Peaked(_bumps[j], from, end);

    /// <summary>Bump <paramref name="j"/> ended within the interval (from, end]: not the one still under way.</summary>
    private bool Ended(int j, long from, long end) => Within(_bumps[j].End, from, end) && !(_inBump && j == _count - 1);

    /// <summary>The bump peaked within the interval (from, end], its peak not counted in an interval before.</summary>
    private static bool Peaked(in Bump b, long from, long end) => !b.Counted && Within(b.PeakAt, from, end);

    private static bool Within(long at, long from, long end) => at > from && at <= end;

    /// <summary>Keeps only the bump under way (its peak counted, if it peaked in the interval just judged).</summary>
    private void Forget(long from, long end)
    {
        if (!_inBump)
        {
            _count = 0;
            return;
        }
        var b = _bumps[_count - 1];
        _bumps[0] = b with { Counted = b.Counted || Within(b.PeakAt, from, end) };
        _count = 1;
    }

    /// <summary>
    /// Follows the tilt away from rest over the slots closed since the last scan, up to <paramref name="end"/>: a bump rises
    /// over the high mark (a share of the set's bumps) from where it last left the low mark, and ends when it falls back under
    /// the low mark.
    /// </summary>
    private void Scan(long end)
    {
        var (_, last) = meter.Slots(end, end);
        var slot = meter.SlotSamples;
        var high = HighMark(_size);
        var low = Math.Max(tuning.MergedRepLowDeg, tuning.MergedRepLowShare * _size);
        for (var k = Math.Max(_scanned, meter.OldestSlot); k <= last; k++)
        {
            var g = meter.SlotDirection(k);
            var d = Directions.AngleDeg(g, _rest);
            var at = k * slot + slot - 1;
            if (!_inBump && _previous < tuning.MergedRepHighDeg && d >= tuning.MergedRepHighDeg)
            {
                // Where the band crossed the mark on its way out: the point of its path that far from rest.
                var w = (tuning.MergedRepHighDeg - _previous) / (d - _previous);
                _left = (_previousG.X + w * (g.X - _previousG.X), _previousG.Y + w * (g.Y - _previousG.Y), _previousG.Z + w * (g.Z - _previousG.Z));
            }
            (_previous, _previousG) = (d, g);
            if (_inBump)
            {
                ref var b = ref _bumps[_count - 1];
                b = b with { End = at };
                if (d > b.Peak) b = b with { Peak = d, PeakAt = at };
                if (d >= low) continue;
                _inBump = false;
            }
            if (d < low) _lowAt = at;
            else if (d > high && _count < MaxBumps) (_inBump, _bumps[_count++]) = (true, new Bump(_lowAt, at, at, d, _left));
        }
        _scanned = last + 1;
    }

    /// <summary>The tilt a bump rises over, for a set whose bumps reach <paramref name="size"/> (degrees).</summary>
    private double HighMark(double size) => Math.Max(tuning.MergedRepHighDeg, tuning.MergedRepShare * size);

    /// <summary>
    /// How alike the ways two bumps left the rest posture (cosine): the directions from rest to where each crossed the same tilt
    /// (MergedRepHighDeg) on its way out, the same point for two reps along one path whatever its shape (a turn about an axis
    /// that is not level moves gravity on a cone, and the chords to its farther points turn as they go). A fidget or a shift of
    /// posture leaves any way; the other side of the rest, the opposite way.
    /// </summary>
    private double Along(Vector a, Vector b)
    {
        var r = _rest;
        double ax = a.X - r.X, ay = a.Y - r.Y, az = a.Z - r.Z, bx = b.X - r.X, by = b.Y - r.Y, bz = b.Z - r.Z;
        var norms = Math.Sqrt((ax * ax + ay * ay + az * az) * (bx * bx + by * by + bz * bz));
        return norms > 0 ? (ax * bx + ay * by + az * bz) / norms : 0;
    }
}

namespace HepSense.Signal;

/// <summary>
/// Remembers the last seconds of the band's tilt (gravity direction), rotation (the integrated gyroscope,
/// when there is one) and angular speed in 0.2 s slots, so a rep can be measured once it is known where it
/// began. Bounded: a fixed ring of slots.
/// </summary>
internal sealed class RepMeter
{
    private const double Deg = 180 / Math.PI;
    /// <summary>Slots a second (0.2 s each; at rates it does not divide, a slot is the nearest whole number of samples).</summary>
    public const int SlotsPerSecond = 5;
    private readonly int _slotSamples;
    private readonly double _fs;
    private readonly bool _hasGyroscope;
    private readonly (float X, float Y, float Z, float Speed)[] _slots;
    private readonly (float X, float Y, float Z, float Ax, float Ay, float Az)[] _turns;
    private double _speed2, _px, _py, _pz, _rx, _ry, _rz, _ax, _ay, _az;   // _speed2: the slot's largest squared speed so far
    private long _slot;
    private int _untilSlot;                     // samples until the slot closes

    public RepMeter(double sampleRateHz, bool hasGyroscope, double memorySeconds)
    {
        _fs = sampleRateHz;
        _hasGyroscope = hasGyroscope;
        _slotSamples = _untilSlot = Math.Max(1, (int)Math.Round(sampleRateHz / SlotsPerSecond));
        _slots = new (float, float, float, float)[(int)Math.Ceiling(memorySeconds * sampleRateHz / _slotSamples) + 2];
        _turns = new (float, float, float, float, float, float)[hasGyroscope ? _slots.Length : 0];
    }

    /// <summary>
    /// The band's rotation since rest (integrated gyroscope, radians, as a vector in the band's frame) and the motion axis
    /// as of the latest sample; stored with the next slot.
    /// </summary>
    public void Turned(double rx, double ry, double rz, PrincipalAxis axis) => (_rx, _ry, _rz, _ax, _ay, _az) = (rx, ry, rz, axis.X, axis.Y, axis.Z);

    /// <summary>
    /// Range of motion of a rep from <paramref name="start"/> to <paramref name="end"/>, in degrees, given its swing on the
    /// position signal. The position projects the rotation on the axis known at each moment: exact while that axis holds,
    /// but at a set's first rep it is still the previous movement's and turns (or flips sign) part way, and the swing then
    /// mixes two axes. When the axis turned by more than <paramref name="turnedDeg"/> since the rep began, the range is the
    /// largest change of the integrated rotation vector since the start, projected on the axis as known at the end.
    /// </summary>
    public double RangeDeg(long start, long end, double swingDeg, PrincipalAxis axis, double turnedDeg)
    {
        if (_turns.Length == 0) return swingDeg;
        var (first, last) = Span(start, end, closedBefore: true);
        if (last < first) return swingDeg;
        var r = _turns[first % _turns.Length];
        if (r.Ax * axis.X + r.Ay * axis.Y + r.Az * axis.Z >= Math.Cos(turnedDeg / Deg)) return swingDeg;
        var most = 0.0;
        for (var k = first; k <= last; k++)
        {
            var t = _turns[k % _turns.Length];
            most = Math.Max(most, Math.Abs(axis.Project(t.X - r.X, t.Y - r.Y, t.Z - r.Z)));
        }
        return most * Deg;
    }

    /// <summary>How many 0.2 s slots have closed: what the measures up to the current sample read changes only when this does.</summary>
    public long SlotsClosed => _slot;

    /// <summary>
    /// The band's turn from <paramref name="start"/> to where it got farthest from there by <paramref name="end"/>: the
    /// change of the integrated rotation (rad, a vector in the band's frame; gyroscope). Its direction is the rep's axis.
    /// </summary>
    public (double X, double Y, double Z) TurnVector(long start, long end)
    {
        var (first, last) = Span(start, end, closedBefore: true);
        if (_turns.Length == 0 || last < first) return (0, 0, 0);
        var r = _turns[first % _turns.Length];
        (double X, double Y, double Z) most = (0, 0, 0);
        var largest = 0.0;
        for (var k = first + 1; k <= last; k++)
        {
            var t = _turns[k % _turns.Length];
            double dx = t.X - r.X, dy = t.Y - r.Y, dz = t.Z - r.Z;
            if (dx * dx + dy * dy + dz * dz > largest) (largest, most) = (dx * dx + dy * dy + dz * dz, (dx, dy, dz));
        }
        return most;
    }

    /// <summary>
    /// The axis the band turned about from <paramref name="start"/> to <paramref name="end"/>: the principal direction of the
    /// rotation's change slot by slot (unit, its sign arbitrary; zero when it did not turn; gyroscope). Unlike
    /// <see cref="TurnVector"/>, the farthest point, it weighs the whole way: a shake out about the reps' axis and snapped back
    /// about another reads between the two (uci-pt s2-e8-template, 29.8 s: 43–48° from the reps, its farthest point 2–16°).
    /// </summary>
    public (double X, double Y, double Z) TurnAxis(long start, long end)
    {
        var (first, last) = Span(start, end, closedBefore: true);
        if (_turns.Length == 0 || last <= first) return (0, 0, 0);
        double xx = 0, xy = 0, xz = 0, yy = 0, yz = 0, zz = 0;
        var p = _turns[first % _turns.Length];
        for (var k = first + 1; k <= last; k++)
        {
            var t = _turns[k % _turns.Length];
            double dx = t.X - p.X, dy = t.Y - p.Y, dz = t.Z - p.Z;
            (xx, xy, xz, yy, yz, zz) = (xx + dx * dx, xy + dx * dy, xz + dx * dz, yy + dy * dy, yz + dy * dz, zz + dz * dz);
            p = t;
        }
        // Power iteration on the 3×3 scatter from its largest column: a rep's turns lie mostly along one axis, so it settles fast.
        (double X, double Y, double Z) v = xx >= yy && xx >= zz ? (xx, xy, xz) : yy >= zz ? (xy, yy, yz) : (xz, yz, zz);
        for (var i = 0; i < 24; i++)
        {
            var n = Math.Sqrt(Directions.Dot(v, v));
            if (n <= 0) return (0, 0, 0);
            v = (v.X / n, v.Y / n, v.Z / n);
            v = (xx * v.X + xy * v.Y + xz * v.Z, xy * v.X + yy * v.Y + yz * v.Z, xz * v.X + yz * v.Y + zz * v.Z);
        }
        var norm = Math.Sqrt(Directions.Dot(v, v));
        return norm > 0 ? (v.X / norm, v.Y / norm, v.Z / norm) : (0, 0, 0);
    }

    /// <summary>The band's rotation since rest (rad, a vector) at the last slot closed at or before <paramref name="at"/> (gyroscope).</summary>
    public (double X, double Y, double Z) RotationAt(long at)
    {
        var (first, _) = Span(at, at, closedBefore: true);
        if (_turns.Length == 0 || first >= _slot) return (_rx, _ry, _rz);
        var t = _turns[first % _turns.Length];
        return (t.X, t.Y, t.Z);
    }

    /// <summary>
    /// Along <paramref name="axis"/>, the swing under way from <paramref name="start"/> to <paramref name="end"/> (the rotation
    /// as the position projects it, rad, at each closed slot): up to the highest point from the lowest before it, or down to
    /// the lowest from the highest before it; of those larger than <paramref name="threshold"/>, the one that began first (a
    /// rep out and back has both, the way back's from the top). Direction 0 when neither is (gyroscope).
    /// </summary>
    public (int Direction, double Base, long BaseAt, double Apex, long ApexAt) SwingAlong(long start, long end, PrincipalAxis axis, double threshold)
    {
        var (first, last) = Span(start, end, closedBefore: true);
        if (_turns.Length == 0 || last < first) return default;
        // The highest and lowest so far, and at each new one where the swing to it began: the other extreme as it was then.
        double lo = double.PositiveInfinity, hi = double.NegativeInfinity, upBase = 0, downBase = 0;
        long loAt = 0, hiAt = 0, upBaseAt = 0, downBaseAt = 0;
        for (var k = first; k <= last; k++)
        {
            var t = _turns[k % _turns.Length];
            var p = axis.Project(t.X, t.Y, t.Z);
            var (lower, higher) = (p < lo, p > hi);
            if (lower) (lo, loAt) = (p, k);
            if (higher) (hi, hiAt, upBase, upBaseAt) = (p, k, lo, loAt);
            if (lower) (downBase, downBaseAt) = (hi, hiAt);
        }
        var up = hi - upBase > threshold;
        var down = downBase - lo > threshold;
        long At(long slot) => (slot + 1) * _slotSamples - 1;
        if (up && (!down || upBaseAt <= downBaseAt)) return (1, upBase, At(upBaseAt), hi, At(hiAt));
        if (down) return (-1, downBase, At(downBaseAt), lo, At(loAt));
        return default;
    }

    /// <summary>
    /// How much less the rotation at the last slot closed at or before <paramref name="at"/> projects on
    /// <paramref name="axis"/> than it did on the axis known then (rad; gyroscope): a position read then, less this, is where
    /// the band was as the axis now sees it.
    /// </summary>
    public double AxisDrift(long at, PrincipalAxis axis)
    {
        var (first, _) = Span(at, at, closedBefore: true);
        if (_turns.Length == 0 || first >= _slot) return 0;
        var t = _turns[first % _turns.Length];
        return (t.Ax - axis.X) * t.X + (t.Ay - axis.Y) * t.Y + (t.Az - axis.Z) * t.Z;
    }

    /// <summary>
    /// How far the band turned between any two moments from <paramref name="start"/> to <paramref name="end"/> (degrees; gyroscope),
    /// over two slots at least: one alone shows no turn at all (the half-lobes of a fast swing, 0.3 s, passed the translation path
    /// as reps made without turning once its counter ran at 25 Hz).
    /// </summary>
    public double TurnedDeg(long start, long end)
    {
        var (first, last) = Span(Math.Min(start, end - 2 * _slotSamples), end);
        var count = (int)Math.Max(0, last - first + 1);
        var turns = InOrder(_turns, first, stackalloc (float X, float Y, float Z, float Ax, float Ay, float Az)[count]);
        var most = 0.0;
        for (var k = 0; k < turns.Length; k++)
        {
            var a = turns[k];
            for (var j = 0; j < k; j++)
            {
                var b = turns[j];
                double dx = a.X - b.X, dy = a.Y - b.Y, dz = a.Z - b.Z;
                most = Math.Max(most, dx * dx + dy * dy + dz * dz);
            }
        }
        return Math.Sqrt(most) * Deg;
    }

    /// <summary>
    /// The ring's slots from <paramref name="first"/> on, as many as <paramref name="buffer"/> holds, in order and in one
    /// piece: the pair loops then index a span, not the ring modulo its length (a division per pair).
    /// </summary>
    private static ReadOnlySpan<T> InOrder<T>(T[] ring, long first, Span<T> buffer)
    {
        if (buffer.IsEmpty) return buffer;
        var at = (int)(first % ring.Length);
        var head = Math.Min(buffer.Length, ring.Length - at);
        ring.AsSpan(at, head).CopyTo(buffer);
        ring.AsSpan(0, buffer.Length - head).CopyTo(buffer[head..]);
        return buffer;
    }

    /// <summary>
    /// Slots from the one holding <paramref name="start"/> (or, <paramref name="closedBefore"/>, the last one closed at or
    /// before it: a slot keeps its last sample, after the start) to the one holding <paramref name="end"/>.
    /// </summary>
    private (long First, long Last) Span(long start, long end, bool closedBefore = false) =>
        (Math.Max(Math.Max(0, closedBefore ? (start + 1) / _slotSamples - 1 : start / _slotSamples), _slot - _slots.Length + 1),
            Math.Min(end / _slotSamples, _slot - 1));

    /// <summary>Adds sample n: raw sample and its low-passed acceleration (the gravity estimate).</summary>
    public void Add(long n, in ImuSample s, double gx, double gy, double gz)
    {
        // The slot keeps the largest square and takes its root once: the root of the largest is the largest root, exactly
        // (a rounded square root is monotonic), and the tilt is only normalised per sample where its change is the speed.
        if (_hasGyroscope) _speed2 = Math.Max(_speed2, (double)s.Gx * s.Gx + (double)s.Gy * s.Gy + (double)s.Gz * s.Gz);
        else
        {
            (gx, gy, gz) = Direction(gx, gy, gz);
            double dx = gx - _px, dy = gy - _py, dz = gz - _pz;
            if (n > 0) _speed2 = Math.Max(_speed2, dx * dx + dy * dy + dz * dz);
            (_px, _py, _pz) = (gx, gy, gz);
        }
        if (--_untilSlot > 0) return;
        _untilSlot = _slotSamples;
        if (_hasGyroscope) (gx, gy, gz) = Direction(gx, gy, gz);
        var speed = _hasGyroscope ? Math.Sqrt(_speed2) : Math.Sqrt(_speed2) * _fs;
        _slots[_slot % _slots.Length] = ((float)gx, (float)gy, (float)gz, (float)speed);
        if (_turns.Length > 0) _turns[_slot % _turns.Length] = ((float)_rx, (float)_ry, (float)_rz, (float)_ax, (float)_ay, (float)_az);
        _slot++;
        _speed2 = 0;
    }

    /// <summary>The gravity estimate as a unit vector (as it is when too short to tell).</summary>
    private static (double X, double Y, double Z) Direction(double gx, double gy, double gz)
    {
        var norm = Math.Sqrt(gx * gx + gy * gy + gz * gz);
        return norm > 1e-6 ? (gx / norm, gy / norm, gz / norm) : (gx, gy, gz);
    }

    /// <summary>
    /// Largest change of tilt between any two moments from <paramref name="start"/> to <paramref name="end"/>, and peak
    /// angular speed. Between any two moments rather than from the start: a cycle of the acceleration begins wherever its
    /// phase put it, not necessarily at rest, but a whole cycle passes through both ends of the movement.
    /// </summary>
    public (double TiltDeg, double PeakSpeedDps) Measure(long start, long end)
    {
        var (first, last) = Span(start, end);
        if (last < first) return (0, 0);
        var slots = InOrder(_slots, first, stackalloc (float X, float Y, float Z, float Speed)[(int)(last - first + 1)]);
        var minDot = 1.0;
        var peak = 0.0;
        for (var k = 0; k < slots.Length; k++)
        {
            var s = slots[k];
            peak = Math.Max(peak, s.Speed);
            for (var j = 0; j < k; j++)
            {
                var r = slots[j];
                minDot = Math.Min(minDot, s.X * r.X + s.Y * r.Y + s.Z * r.Z);
            }
        }
        return (Math.Acos(Math.Clamp(minDot, -1, 1)) * Deg, peak * Deg);
    }

    /// <summary>The gravity direction (unit vector) in the 0.2 s slot holding sample <paramref name="n"/>, or the nearest one remembered and closed.</summary>
    public (double X, double Y, double Z) DirectionAt(long n)
    {
        var k = Math.Clamp(n / _slotSamples, Math.Max(0, _slot - _slots.Length + 1), Math.Max(0, _slot - 1));
        var s = _slots[k % _slots.Length];
        return (s.X, s.Y, s.Z);
    }

    /// <summary>
    /// The first sample from <paramref name="start"/> to <paramref name="end"/> (at 0.2 s slots) where the gravity direction lies within
    /// the angle whose cosine is <paramref name="cos"/> of the unit vector <paramref name="direction"/>; <paramref name="end"/> if none.
    /// </summary>
    public long Reached(long start, long end, (double X, double Y, double Z) direction, double cos)
    {
        var (first, last) = Span(start, end);
        for (var k = first; k <= last; k++)
        {
            var s = _slots[k % _slots.Length];
            if (s.X * direction.X + s.Y * direction.Y + s.Z * direction.Z >= cos) return Math.Max(start, k * _slotSamples);
        }
        return end;
    }

    /// <summary>Samples per 0.2 s slot.</summary>
    public int SlotSamples => _slotSamples;

    /// <summary>The oldest slot still remembered (the ring holds the last ones).</summary>
    public long OldestSlot => Math.Max(0, _slot - _slots.Length + 1);

    /// <summary>Whether the slot holding sample <paramref name="n"/> is still remembered (or not yet closed).</summary>
    public bool Remembers(long n) => n >= OldestSlot * _slotSamples;

    /// <summary>How many slots make <paramref name="seconds"/> (nearest whole number, at the nominal 0.2 s a slot).</summary>
    public static int SlotsIn(double seconds) => (int)Math.Round(seconds * SlotsPerSecond);

    /// <summary>The slots still remembered and closed from the one holding <paramref name="start"/> to the one holding <paramref name="end"/>.</summary>
    public (long First, long Last) Slots(long start, long end) => Span(start, end);

    /// <summary>The gravity direction (unit vector) of a remembered, closed slot.</summary>
    public (double X, double Y, double Z) SlotDirection(long slot)
    {
        var s = _slots[slot % _slots.Length];
        return (s.X, s.Y, s.Z);
    }

    /// <summary>The gravity direction (unit vector) where the band's tilt moved slowest from <paramref name="start"/> to <paramref name="end"/> (at 0.2 s slots).</summary>
    public (double X, double Y, double Z) Stillest(long start, long end)
    {
        var (first, last) = Span(start, end);
        if (last < first) return DirectionAt(end);
        var slowest = first;
        for (var k = first + 1; k <= last; k++)
            if (_slots[k % _slots.Length].Speed < _slots[slowest % _slots.Length].Speed) slowest = k;
        return SlotDirection(slowest);
    }

    /// <summary>Peak angular speed from <paramref name="start"/> to <paramref name="end"/>, as <see cref="Measure"/> finds it, without the tilt's pairs.</summary>
    public double PeakSpeedDps(long start, long end)
    {
        var (first, last) = Span(start, end);
        var peak = 0.0;
        for (var k = first; k <= last; k++) peak = Math.Max(peak, _slots[k % _slots.Length].Speed);
        return peak * Deg;
    }
}

namespace HepSense.Signal;

/// <summary>
/// Accelerometer only: the shape of the set's reps. The counted band's 3-axis acceleration is kept in a ring; each counted
/// cycle is resampled from its start to its end to <see cref="Points"/> points per axis (so a slower or faster rep of the
/// same movement has the same shape), and the set's last <see cref="Kept"/> cycles are its template. A cycle's likeness is
/// the normalised correlation of its shape with their mean (all three axes, each less its mean). Putting the weight down or
/// a movement between sets is a cycle of its own shape; a rep, even a tired or a slow one, repeats the set's. Fixed arrays:
/// nothing allocated after construction, O(1) per sample, O(<see cref="Points"/> × <see cref="Kept"/>) per cycle.
/// </summary>
internal sealed class RepTemplate
{
    public const int Points = 16;
    private const int Kept = 5;            // the template: the set's last cycles
    private const int MinKept = 3;         // a set's shape is known from this many
    private readonly (double X, double Y, double Z)[] _ring;
    private readonly double[][] _shapes = new double[Kept][];
    private readonly double[] _shape = new double[3 * Points], _mean = new double[3 * Points];
    private readonly long _setGap;
    private int _count, _next;
    private long _lastEnd = long.MinValue / 2, _written;

    /// <param name="ringSamples">The longest cycle whose shape is taken.</param>
    /// <param name="setGapSamples">A cycle that starts longer than this after the last one ended begins a new set's template.</param>
    public RepTemplate(long ringSamples, long setGapSamples)
    {
        _ring = new (double, double, double)[Math.Max(2, ringSamples)];
        _setGap = setGapSamples;
        for (var k = 0; k < Kept; k++) _shapes[k] = new double[3 * Points];
    }

    /// <summary>Sample n of the counted band (n counts up by one from the stream's first sample).</summary>
    public void Add(long n, double u, double v, double w)
    {
        _ring[n % _ring.Length] = (u, v, w);
        _written = n + 1;
    }

    /// <summary>
    /// The cycle from <paramref name="start"/> to <paramref name="end"/> (the newest sample at most): how alike its shape is to
    /// the set's last cycles (−1 to 1), or NaN when the set's shape is not known yet (fewer than three cycles) or the cycle
    /// is longer than the ring (its shape is not taken). A cycle whose shape is taken then becomes part of the set's template.
    /// </summary>
    public double Likeness(long start, long end)
    {
        if (start - _lastEnd > _setGap) _count = 0;
        _lastEnd = end;
        if (end < start + 2 || end >= _written || _written - start > _ring.Length) return double.NaN;
        Resample(start, end);
        var likeness = _count >= MinKept ? Correlation() : double.NaN;
        Array.Copy(_shape, _shapes[_next], _shape.Length);
        (_next, _count) = ((_next + 1) % Kept, Math.Min(_count + 1, Kept));
        return likeness;
    }

    /// <summary>The cycle's shape: <see cref="Points"/> points from its start to its end, linearly interpolated, each axis less its mean.</summary>
    private void Resample(long start, long end)
    {
        var step = (double)(end - start) / (Points - 1);
        for (var k = 0; k < Points; k++)
        {
            var at = start + k * step;
            var i = (long)at;
            var f = at - i;
            var a = _ring[i % _ring.Length];
            var b = _ring[Math.Min(i + 1, end) % _ring.Length];
            (_shape[k], _shape[Points + k], _shape[2 * Points + k]) = (a.X + f * (b.X - a.X), a.Y + f * (b.Y - a.Y), a.Z + f * (b.Z - a.Z));
        }
        Centre(_shape);
    }

    /// <summary>The cycle's shape against the set's last ones: their sum stands for their mean (the correlation ignores scale).</summary>
    private double Correlation()
    {
        Array.Clear(_mean);
        for (var c = 0; c < _count; c++)
            for (var k = 0; k < _mean.Length; k++) _mean[k] += _shapes[c][k];
        double dot = 0, a = 0, b = 0;
        for (var k = 0; k < _mean.Length; k++) (dot, a, b) = (dot + _shape[k] * _mean[k], a + _shape[k] * _shape[k], b + _mean[k] * _mean[k]);
        return a > 0 && b > 0 ? dot / Math.Sqrt(a * b) : double.NaN;
    }

    private static void Centre(double[] shape)
    {
        for (var axis = 0; axis < 3; axis++)
        {
            var values = shape.AsSpan(axis * Points, Points);
            double mean = 0;
            foreach (var x in values) mean += x;
            mean /= Points;
            for (var k = 0; k < Points; k++) values[k] -= mean;
        }
    }
}

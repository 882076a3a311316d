using System.Runtime.Intrinsics;
using static HepSense.Signal.Lanes;

namespace HepSense.Signal;

/// <summary>
/// The direction along which a 3-axis signal moves most, tracked over an exponentially weighted
/// window: the leading eigenvector of the running covariance, refreshed by a few warm-started power
/// iterations. Warm starting keeps the axis (and its sign) steady from one refresh to the next,
/// and the axis is held while the signal's RMS is below a minimum.
/// </summary>
internal sealed class PrincipalAxis(double sampleRateHz, double windowSeconds, double minimumRms = 0)
{
    private readonly double _decay = Decay(sampleRateHz, windowSeconds);
    private readonly double _minimumEnergy = Energy(sampleRateHz, windowSeconds, minimumRms);
    // The running covariance as two vectors (Lanes: the same bits, one vector operation each): (xx, yy, zz, the samples'
    // total weight in the window) and (xy, xz, yz, 0).
    private Vector256<double> _squares, _products;
    private ref double _xx => ref Lane(ref _squares, 0);
    private ref double _yy => ref Lane(ref _squares, 1);
    private ref double _zz => ref Lane(ref _squares, 2);
    private ref double _weight => ref Lane(ref _squares, 3);
    private ref double _xy => ref Lane(ref _products, 0);
    private ref double _xz => ref Lane(ref _products, 1);
    private ref double _yz => ref Lane(ref _products, 2);

    /// <summary>
    /// Below the minimum RMS but above this share of its energy, the axis still follows a movement that is
    /// clearly along one line (Dominance ≥ LowMinimumDominance): a set of small movements (heel raises, a
    /// patient in pain) has an axis, while fidgeting and getting into position, spread over all axes, do not turn it.
    /// </summary>
    internal double LowMinimumShare { get; init; } = 1;
    internal double LowMinimumDominance { get; init; } = 1;

    /// <summary>The axis only follows a signal at least this much along one line, whatever its RMS.</summary>
    internal double MinimumDominance { get; init; }

    public double X { get; private set; } = 1;
    public double Y { get; private set; }
    public double Z { get; private set; }

    /// <summary>Share of the window's variance along the axis (1/3 for isotropic noise, 1 for a pure line).</summary>
    public double Dominance { get; private set; }

    public void Add(double x, double y, double z) => Add(Vector256.Create(x, y, z, 0));

    /// <summary>Adds (x, y, z, 0) as one vector, as a <see cref="VectorFilter"/> gives it.</summary>
    public void Add(Vector256<double> v)
    {
        var dv = Vector256.Create(_decay);
        var w = v.WithElement(3, 1.0);   // the weight's lane adds 1 × 1
        _squares = dv * _squares + w * w;
        _products = dv * _products + Vector256.Shuffle(v, Vector256.Create(0L, 0, 1, 3)) * Vector256.Shuffle(v, Vector256.Create(1L, 2, 2, 3));
    }

    public double Project(double x, double y, double z) => X * x + Y * y + Z * z;

    /// <summary>Re-estimates the axis from the window; false when it was held (too little movement, or not along a line).</summary>
    public bool Refresh()
    {
        var trace = _xx + _yy + _zz;
        // Keep the last axis while the band is nearly still: noise has no meaningful direction.
        if (!(trace > 1e-12) || trace < LowMinimumShare * _minimumEnergy) return false;
        var weak = trace < _minimumEnergy;
        double x = X, y = Y, z = Z;
        if (Rayleigh(x, y, z) < trace / 3)
        {
            // The old axis lost the motion: restart from the covariance column with the most energy.
            (x, y, z) = _xx >= _yy && _xx >= _zz ? (_xx, _xy, _xz) : _yy >= _zz ? (_xy, _yy, _yz) : (_xz, _yz, _zz);
            if (x * X + y * Y + z * Z < 0) (x, y, z) = (-x, -y, -z);
        }
        // Four iterations, normalised once at the end (the direction does not depend on the scale, and a covariance
        // above 1e-12 stays far from underflow and overflow over four products).
        for (var i = 0; i < 4; i++)
        {
            var nx = _xx * x + _xy * y + _xz * z;
            var ny = _xy * x + _yy * y + _yz * z;
            var nz = _xz * x + _yz * y + _zz * z;
            (x, y, z) = (nx, ny, nz);
        }
        var norm = Math.Sqrt(x * x + y * y + z * z);
        if (!(norm > 1e-300) || !double.IsFinite(norm)) return false;
        x /= norm; y /= norm; z /= norm;
        var dominance = Rayleigh(x, y, z) / trace;
        if ((weak && dominance < LowMinimumDominance) || dominance < MinimumDominance) return false;
        X = x; Y = y; Z = z;
        Dominance = dominance;
        return true;
    }

    /// <summary>The window's weighted mean square (over what it holds since <see cref="Clear"/>, when that is less than a window).</summary>
    public double MeanSquare => _weight > 0 ? (_xx + _yy + _zz) / _weight : 0;

    /// <summary>Forgets the window: the axis (held until then) follows what comes next only.</summary>
    public void Clear() => (_squares, _products) = (default, default);

    /// <summary>The window's variance (summed, as weighted) along <paramref name="axis"/>'s direction.</summary>
    public double Along(PrincipalAxis axis) => Rayleigh(axis.X, axis.Y, axis.Z);

    /// <summary>Share of the window's variance along <paramref name="axis"/>'s direction.</summary>
    public double ShareAlong(PrincipalAxis axis)
    {
        var trace = _xx + _yy + _zz;
        return trace > 0 ? Along(axis) / trace : 0;
    }

    /// <summary>Takes <paramref name="other"/>'s axis, on the side of this one's (the position keeps its sign).</summary>
    public void Adopt(PrincipalAxis other)
    {
        var side = other.X * X + other.Y * Y + other.Z * Z < 0 ? -1 : 1;
        (X, Y, Z) = (side * other.X, side * other.Y, side * other.Z);
        Dominance = other.Dominance;
    }

    /// <summary>
    /// Forgets this window and starts again from <paramref name="recent"/>'s (rescaled to this window's length) less the ring
    /// <paramref name="line"/> found along this axis (its Along), its axis that line on the side of this one's.
    /// </summary>
    public void RestartApart(PrincipalAxis recent, in LineApart line)
    {
        var k = Length / recent.Length;
        var (hx, hy, hz, along) = (X, Y, Z, line.Along);
        (_xx, _yy, _zz) = (k * (recent._xx - along * hx * hx), k * (recent._yy - along * hy * hy), k * (recent._zz - along * hz * hz));
        (_xy, _xz, _yz) = (k * (recent._xy - along * hx * hy), k * (recent._xz - along * hx * hz), k * (recent._yz - along * hy * hz));
        var side = Project(line.X, line.Y, line.Z) < 0 ? -1 : 1;
        (X, Y, Z) = (side * line.X, side * line.Y, side * line.Z);
    }

    /// <summary>Turns the axis to its other side (the same line; positions read on it change sign).</summary>
    public void Flip() => (X, Y, Z) = (-X, -Y, -Z);

    /// <summary>
    /// Forgets this window and starts again from <paramref name="recent"/>'s (rescaled to this window's length), its axis on
    /// the side of this one's: the motion has moved to another axis, and the old one's energy would hold it for a window.
    /// </summary>
    public void Restart(PrincipalAxis recent)
    {
        var k = Length / recent.Length;
        (_xx, _yy, _zz, _xy, _xz, _yz) = (k * recent._xx, k * recent._yy, k * recent._zz, k * recent._xy, k * recent._xz, k * recent._yz);
        Adopt(recent);
    }

    /// <summary>
    /// The line this window moves along apart from whatever it holds along <paramref name="held"/>'s axis (a decaying ring of
    /// a large turn about it): the leading direction of its variance across that axis, leaned towards the held axis by as much
    /// as the two vary together (a movement about a line between them shows across it and, in step, along it; a ring shows
    /// along it only). Also that direction's share of the variance across the held axis (how clearly a line), the variance
    /// across, and the variance along the held axis beyond that line's own part of it (the ring).
    /// </summary>
    public LineApart ApartFrom(PrincipalAxis held)
    {
        var (hx, hy, hz) = (held.X, held.Y, held.Z);
        // An orthonormal pair (a, b) across the held axis.
        var (ax, ay, az) = Math.Abs(hx) < 0.9 ? (1.0, 0.0, 0.0) : (0.0, 1.0, 0.0);
        var dot = ax * hx + ay * hy + az * hz;
        (ax, ay, az) = (ax - dot * hx, ay - dot * hy, az - dot * hz);
        var na = Math.Sqrt(ax * ax + ay * ay + az * az);
        (ax, ay, az) = (ax / na, ay / na, az / na);
        var (bx, by, bz) = (hy * az - hz * ay, hz * ax - hx * az, hx * ay - hy * ax);
        double aa = Rayleigh(ax, ay, az), bb = Rayleigh(bx, by, bz), ab = Bilinear(ax, ay, az, bx, by, bz);
        var across = aa + bb;
        if (!(across > 1e-12)) return new(hx, hy, hz, 0, 0, 0);
        // The 2×2 covariance across: its leading eigenvalue and eigenvector v.
        var half = (aa - bb) / 2;
        var lambda = (aa + bb) / 2 + Math.Sqrt(half * half + ab * ab);
        var theta = 0.5 * Math.Atan2(2 * ab, aa - bb);
        var (c, s) = (Math.Cos(theta), Math.Sin(theta));
        var (vx, vy, vz) = (c * ax + s * bx, c * ay + s * by, c * az + s * bz);
        // A line u = v + k h moving by m: across it varies by λ = m², along h by k² m², and the two together by k m², so
        // k = cov(h, v) / λ; a ring along h adds to the variance along h only.
        var k = Bilinear(hx, hy, hz, vx, vy, vz) / lambda;
        var (ux, uy, uz) = (vx + k * hx, vy + k * hy, vz + k * hz);
        var nu = Math.Sqrt(ux * ux + uy * uy + uz * uz);
        var along = Math.Max(0, Rayleigh(hx, hy, hz) - k * k * lambda);
        return new(ux / nu, uy / nu, uz / nu, lambda / across, across, along);
    }

    /// <summary>
    /// The window's variance along <paramref name="line"/>'s part across <paramref name="held"/>'s axis (the direction
    /// <see cref="ApartFrom"/> found across it, before leaning it on the held axis).
    /// </summary>
    public double Across(PrincipalAxis held, in LineApart line)
    {
        var lean = held.Project(line.X, line.Y, line.Z);
        var (x, y, z) = (line.X - lean * held.X, line.Y - lean * held.Y, line.Z - lean * held.Z);
        var squared = x * x + y * y + z * z;
        return squared > 1e-12 ? Rayleigh(x, y, z) / squared : 0;
    }

    /// <summary>
    /// A line the window moves along apart from a held axis (<see cref="ApartFrom"/>): its direction, its share of the variance
    /// across the held axis (how clearly a line), that variance, and the ring's variance along the held axis.
    /// </summary>
    public readonly record struct LineApart(double X, double Y, double Z, double Clarity, double Across, double Along);

    /// <summary>The window's covariance between the directions (x, y, z) and (p, q, r).</summary>
    private double Bilinear(double x, double y, double z, double p, double q, double r) =>
        x * (_xx * p + _xy * q + _xz * r) + y * (_xy * p + _yy * q + _yz * r) + z * (_xz * p + _yz * q + _zz * r);

    private static double Decay(double sampleRateHz, double windowSeconds) => Math.Exp(-1 / (sampleRateHz * windowSeconds));

    /// <summary>What a window of <paramref name="windowSeconds"/> sums (its trace) of a signal of <paramref name="rms"/> RMS.</summary>
    public static double Energy(double sampleRateHz, double windowSeconds, double rms) => rms * rms / (1 - Decay(sampleRateHz, windowSeconds));

    /// <summary>How many samples the window sums.</summary>
    private double Length => 1 / (1 - _decay);

    private double Rayleigh(double x, double y, double z) =>
        x * (_xx * x + _xy * y + _xz * z) + y * (_xy * x + _yy * y + _yz * z) + z * (_xz * x + _yz * y + _zz * z);
}

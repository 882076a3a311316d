using System.Runtime.CompilerServices;

namespace HepSense.Signal;

/// <summary>
/// One filter design applied to each axis of a 3-axis signal, so the axes are filtered as one vector. The same
/// arithmetic as one <see cref="SosFilter"/> per axis, but the three axes go through each section together: the
/// coefficients are read once and the loop runs once (filters are most of the detector's per-sample work). Each
/// section keeps its coefficients, state and last input side by side, walked as a span (no bounds checks).
/// </summary>
internal sealed class VectorFilter
{
    private readonly Section[] _sections;
    private double _x, _y, _z;          // the last output

    public VectorFilter(Biquad[] sections)
    {
        _sections = new Section[sections.Length];
        for (var i = 0; i < sections.Length; i++) _sections[i].Design(sections[i]);
    }

    // Inlined at every call: the JIT otherwise inlines it only into small callers (not the cycle counter), and the call
    // with its returned tuple costs about a nanosecond, several times a sample (uci-pt with gyroscope 127 -> 123 ns/sample).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public (double X, double Y, double Z) Process(double x, double y, double z)
    {
        foreach (ref var s in _sections.AsSpan())
        {
            (s.Ix, s.Iy, s.Iz) = (x, y, z);
            var yx = s.B0 * x + s.X1;
            s.X1 = s.B1 * x - s.A1 * yx + s.X2;
            s.X2 = s.B2 * x - s.A2 * yx;
            var yy = s.B0 * y + s.Y1;
            s.Y1 = s.B1 * y - s.A1 * yy + s.Y2;
            s.Y2 = s.B2 * y - s.A2 * yy;
            var yz = s.B0 * z + s.Z1;
            s.Z1 = s.B1 * z - s.A1 * yz + s.Z2;
            s.Z2 = s.B2 * z - s.A2 * yz;
            (x, y, z) = (yx, yy, yz);
        }
        (_x, _y, _z) = (x, y, z);
        return (x, y, z);
    }

    /// <summary>Starts each axis in the steady state of a constant input.</summary>
    public void Settle(double x, double y, double z)
    {
        foreach (ref var s in _sections.AsSpan())
        {
            var gain = (s.B0 + s.B1 + s.B2) / (1 + s.A1 + s.A2);
            s.Hold(x, y, z, gain * x, gain * y, gain * z);
            (x, y, z) = (x * gain, y * gain, z * gain);
        }
        (_x, _y, _z) = (x, y, z);
    }

    /// <summary>
    /// Takes another design of the same number of sections while running: each section continues from its last input
    /// and output, so a slowly varying signal goes on without a jump (keeping the old internal state would not: it
    /// belongs to the old coefficients).
    /// </summary>
    public void Retune(Biquad[] sections)
    {
        if (sections.Length != _sections.Length) throw new ArgumentException("A retuned filter keeps its number of sections.", nameof(sections));
        var s = _sections;
        for (var i = 0; i < s.Length; i++)
        {
            s[i].Design(sections[i]);
            // A section's last output is the next one's last input, or the filter's.
            var (u, v, w) = i + 1 < s.Length ? (s[i + 1].Ix, s[i + 1].Iy, s[i + 1].Iz) : (_x, _y, _z);
            s[i].Hold(s[i].Ix, s[i].Iy, s[i].Iz, u, v, w);
        }
    }

    /// <summary>Adds another filter's state (same design): the filters are linear, so the sum answers the sum of their inputs.</summary>
    public void Add(VectorFilter other)
    {
        for (var i = 0; i < _sections.Length; i++) _sections[i].Add(other._sections[i]);
        (_x, _y, _z) = (_x + other._x, _y + other._y, _z + other._z);
    }

    /// <summary>One second-order section (transposed direct form II) for three axes: coefficients, state, last input.</summary>
    private struct Section
    {
        public double B0, B1, B2, A1, A2;
        public double X1, X2, Y1, Y2, Z1, Z2;
        public double Ix, Iy, Iz;

        public void Add(in Section o)
        {
            (X1, X2, Y1, Y2, Z1, Z2) = (X1 + o.X1, X2 + o.X2, Y1 + o.Y1, Y2 + o.Y2, Z1 + o.Z1, Z2 + o.Z2);
            (Ix, Iy, Iz) = (Ix + o.Ix, Iy + o.Iy, Iz + o.Iz);
        }

        public void Design(in Biquad b) => (B0, B1, B2, A1, A2) = (b.B0, b.B1, b.B2, b.A1, b.A2);

        /// <summary>The state as if inputs (x, y, z) had long given outputs (u, v, w).</summary>
        public void Hold(double x, double y, double z, double u, double v, double w)
        {
            (Ix, Iy, Iz) = (x, y, z);
            X2 = B2 * x - A2 * u; X1 = B1 * x - A1 * u + X2;
            Y2 = B2 * y - A2 * v; Y1 = B1 * y - A1 * v + Y2;
            Z2 = B2 * z - A2 * w; Z1 = B1 * z - A1 * w + Z2;
        }
    }
}

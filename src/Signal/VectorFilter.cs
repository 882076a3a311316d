namespace HepSense.Signal;

/// <summary>
/// One filter design applied to each axis of a 3-axis signal, so the axes are filtered as one vector. The same
/// arithmetic as one <see cref="SosFilter"/> per axis, but the three axes go through each section together: the
/// coefficients are read once and the loop runs once (filters are most of the detector's per-sample work).
/// </summary>
internal sealed class VectorFilter
{
    private readonly Biquad[] _sections;
    private readonly double[] _z;        // per section: z1, z2 of x, then y, then z (transposed direct form II)
    private readonly double[] _io;       // per section: its last input (x, y, z); then the last output

    public VectorFilter(Biquad[] sections)
    {
        _sections = (Biquad[])sections.Clone();
        _z = new double[6 * sections.Length];
        _io = new double[3 * (sections.Length + 1)];
    }

    public (double X, double Y, double Z) Process(double x, double y, double z)
    {
        var s = _sections;
        var st = _z;
        var io = _io;
        for (int i = 0, k = 0; i < s.Length; i++, k += 6)
        {
            io[3 * i] = x; io[3 * i + 1] = y; io[3 * i + 2] = z;
            double b0 = s[i].B0, b1 = s[i].B1, b2 = s[i].B2, a1 = s[i].A1, a2 = s[i].A2;
            var yx = b0 * x + st[k];
            st[k] = b1 * x - a1 * yx + st[k + 1];
            st[k + 1] = b2 * x - a2 * yx;
            var yy = b0 * y + st[k + 2];
            st[k + 2] = b1 * y - a1 * yy + st[k + 3];
            st[k + 3] = b2 * y - a2 * yy;
            var yz = b0 * z + st[k + 4];
            st[k + 4] = b1 * z - a1 * yz + st[k + 5];
            st[k + 5] = b2 * z - a2 * yz;
            (x, y, z) = (yx, yy, yz);
        }
        var o = 3 * s.Length;
        io[o] = x; io[o + 1] = y; io[o + 2] = z;
        return (x, y, z);
    }

    /// <summary>Starts each axis in the steady state of a constant input.</summary>
    public void Settle(double x, double y, double z)
    {
        var s = _sections;
        for (var i = 0; i < s.Length; i++)
        {
            var gain = (s[i].B0 + s[i].B1 + s[i].B2) / (1 + s[i].A1 + s[i].A2);
            Hold(i, x, y, z, gain * x, gain * y, gain * z);
            (x, y, z) = (x * gain, y * gain, z * gain);
        }
        var o = 3 * s.Length;
        _io[o] = x; _io[o + 1] = y; _io[o + 2] = z;
    }

    /// <summary>
    /// Takes another design of the same number of sections while running: each section continues from its last input
    /// and output, so a slowly varying signal goes on without a jump (keeping the old internal state would not: it
    /// belongs to the old coefficients).
    /// </summary>
    public void Retune(Biquad[] sections)
    {
        if (sections.Length != _sections.Length) throw new ArgumentException("A retuned filter keeps its number of sections.", nameof(sections));
        for (var i = 0; i < sections.Length; i++)
        {
            _sections[i] = sections[i];
            var j = 3 * i;
            Hold(i, _io[j], _io[j + 1], _io[j + 2], _io[j + 3], _io[j + 4], _io[j + 5]);
        }
    }

    /// <summary>Section i's state as if inputs (x, y, z) had long given outputs (u, v, w).</summary>
    private void Hold(int i, double x, double y, double z, double u, double v, double w)
    {
        var s = _sections[i];
        var k = 6 * i;
        _io[3 * i] = x; _io[3 * i + 1] = y; _io[3 * i + 2] = z;
        _z[k + 1] = s.B2 * x - s.A2 * u; _z[k] = s.B1 * x - s.A1 * u + _z[k + 1];
        _z[k + 3] = s.B2 * y - s.A2 * v; _z[k + 2] = s.B1 * y - s.A1 * v + _z[k + 3];
        _z[k + 5] = s.B2 * z - s.A2 * w; _z[k + 4] = s.B1 * z - s.A1 * w + _z[k + 5];
    }
}

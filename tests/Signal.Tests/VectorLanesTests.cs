using System.Runtime.Intrinsics;

namespace HepSense.Signal.Tests;

/// <summary>
/// The 3-axis filters and windows keep their axes as the lanes of one 256-bit vector (<see cref="Lanes"/>, speed12): each lane
/// must give the scalar arithmetic's bits, not merely close values, or a rep list may move. Checked against the scalar
/// section (<see cref="SosFilter"/>, <see cref="Biquad"/>) axis by axis, on a signal with every axis different; the
/// scalar overloads are wrappers of the vector ones, and both are fed. Run under <c>DOTNET_EnableAVX=0</c> they check
/// the software path too (one code path, the same bits).
/// </summary>
public class VectorLanesTests
{
    private static (double X, double Y, double Z) Signal(int n) =>
        (Math.Sin(0.31 * n) + 0.01 * n, 9.81 + Math.Cos(0.17 * n) * 2, Math.Sin(0.05 * n) * Math.Cos(0.9 * n) - 3);

    [Fact]
    public void AVectorFilterGivesEachAxisTheScalarCascadesBits()
    {
        var design = Butterworth.BandPass(2, 0.3, 4, 25);
        var filter = new VectorFilter(design);
        var (sx, sy, sz) = (new SosFilter(design), new SosFilter(design), new SosFilter(design));
        var (x0, y0, z0) = Signal(0);
        filter.Settle(x0, y0, z0);
        sx.Settle(x0);
        sy.Settle(y0);
        sz.Settle(z0);
        EachLaneGivesTheScalarBits(filter.Process, filter.Process, sx.Process, sy.Process, sz.Process);
    }

    [Fact]
    public void AMovingHighPassGivesEachAxisTheScalarSectionsBits()
    {
        var design = Butterworth.HighPass(2, 0.2, 25);
        var filter = new MovingHighPass(0.2, 25);
        var (sx, sy, sz) = (design[0], design[0], design[0]);
        EachLaneGivesTheScalarBits(filter.Process, filter.Process, x => sx.Process(x), y => sy.Process(y), z => sz.Process(z));
    }

    /// <summary>The signal through a 3-axis filter, its scalar and vector overloads in turn, and each axis through its own scalar filter.</summary>
    private static void EachLaneGivesTheScalarBits(Func<double, double, double, (double, double, double)> process,
        Func<Vector256<double>, Vector256<double>> processVector, Func<double, double> x, Func<double, double> y, Func<double, double> z)
    {
        for (var n = 0; n < 2000; n++)
        {
            var (sx, sy, sz) = Signal(n);
            var (u, v, w) = n % 2 == 0 ? process(sx, sy, sz) : Unpack(processVector(Vector256.Create(sx, sy, sz, 0)));
            Assert.Equal(x(sx), u);
            Assert.Equal(y(sy), v);
            Assert.Equal(z(sz), w);
        }
    }

    [Fact]
    public void APrincipalAxisFedVectorsSumsTheScalarCovariancesBits()
    {
        const double rate = 25, window = 2;
        var axis = new PrincipalAxis(rate, window);
        var d = Math.Exp(-1 / (rate * window));
        double xx = 0, yy = 0, zz = 0, xy = 0, xz = 0, yz = 0, weight = 0;
        for (var n = 0; n < 500; n++)
        {
            var (x, y, z) = Signal(n);
            y -= 9.81;
            if (n % 2 == 0) axis.Add(Vector256.Create(x, y, z, 0));
            else axis.Add(x, y, z);
            (xx, yy, zz, weight) = (d * xx + x * x, d * yy + y * y, d * zz + z * z, d * weight + 1);
            (xy, xz, yz) = (d * xy + x * y, d * xz + x * z, d * yz + y * z);
            if (n % 6 != 5) continue;
            axis.Refresh();
            // The window's sums read back through the axis it found: every one of the six enters the Rayleigh quotient.
            var (ax, ay, az) = (axis.X, axis.Y, axis.Z);
            var along = ax * (xx * ax + xy * ay + xz * az) + ay * (xy * ax + yy * ay + yz * az) + az * (xz * ax + yz * ay + zz * az);
            Assert.Equal(along, axis.Along(axis));
            Assert.Equal((xx + yy + zz) / weight, axis.MeanSquare);
        }
        Assert.True(axis.MeanSquare > 0);
        Assert.NotEqual(1, axis.X);     // the axis did move: the quotient read more than xx
    }

    private static (double, double, double) Unpack(Vector256<double> v) => (v.GetElement(0), v.GetElement(1), v.GetElement(2));
}

using System.Runtime.Intrinsics;

namespace HepSense.Signal.Tests;

/// <summary>
/// The 3-axis filters and windows keep their axes as the lanes of one 256-bit vector (<see cref="Lanes"/>, speed12): each lane
/// must give the scalar arithmetic's bits, not merely close values, or a rep list may move. Checked against the scalar
/// section (<see cref="SosFilter"/>, <see cref="Biquad"/>) axis by axis, on a signal with every axis different.
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
        for (var n = 0; n < 2000; n++)
        {
            var (x, y, z) = Signal(n);
            var (u, v, w) = n % 2 == 0 ? filter.Process(x, y, z) : Unpack(filter.Process(Vector256.Create(x, y, z, 0)));
            Assert.Equal(sx.Process(x), u);
            Assert.Equal(sy.Process(y), v);
            Assert.Equal(sz.Process(z), w);
        }
    }

    [Fact]
    public void AMovingHighPassGivesEachAxisTheScalarSectionsBits()
    {
        var design = Butterworth.HighPass(2, 0.2, 25);
        var filter = new MovingHighPass(0.2, 25);
        var (sx, sy, sz) = (design[0], design[0], design[0]);
        for (var n = 0; n < 2000; n++)
        {
            var (x, y, z) = Signal(n);
            var (u, v, w) = n % 2 == 0 ? filter.Process(x, y, z) : Unpack(filter.Process(Vector256.Create(x, y, z, 0)));
            Assert.Equal(sx.Process(x), u);
            Assert.Equal(sy.Process(y), v);
            Assert.Equal(sz.Process(z), w);
        }
    }

    [Fact]
    public void APrincipalAxisFedVectorsFindsTheAxisFedScalarsDoes()
    {
        var (byScalars, byVectors) = (new PrincipalAxis(25, 2), new PrincipalAxis(25, 2));
        for (var n = 0; n < 500; n++)
        {
            var (x, y, z) = Signal(n);
            byScalars.Add(x, y - 9.81, z);
            byVectors.Add(Vector256.Create(x, y - 9.81, z, 0));
            if (n % 6 != 5) continue;
            Assert.Equal(byScalars.Refresh(), byVectors.Refresh());
            Assert.Equal((byScalars.X, byScalars.Y, byScalars.Z, byScalars.Dominance, byScalars.MeanSquare),
                (byVectors.X, byVectors.Y, byVectors.Z, byVectors.Dominance, byVectors.MeanSquare));
        }
        Assert.True(byScalars.MeanSquare > 0);
    }

    private static (double, double, double) Unpack(Vector256<double> v) => (v.GetElement(0), v.GetElement(1), v.GetElement(2));
}

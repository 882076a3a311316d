namespace HepSense.Signal;

/// <summary>
/// One second-order IIR section in transposed direct form II, coefficients normalised so a0 = 1.
/// Cascading these keeps low cut-offs (0.1 Hz at 200 Hz) stable where a single high-order
/// direct-form filter is not.
/// </summary>
internal struct Biquad(double b0, double b1, double b2, double a1, double a2)
{
    public readonly double B0 = b0, B1 = b1, B2 = b2, A1 = a1, A2 = a2;
    private double _z1, _z2;

    public double Process(double x)
    {
        var y = B0 * x + _z1;
        _z1 = B1 * x - A1 * y + _z2;
        _z2 = B2 * x - A2 * y;
        return y;
    }

    /// <summary>Sets the state to the steady state for a constant input, so a filter starts without a step transient.</summary>
    public void Settle(double x)
    {
        var gain = (B0 + B1 + B2) / (1 + A1 + A2);
        var y = gain * x;
        _z2 = B2 * x - A2 * y;
        _z1 = B1 * x - A1 * y + _z2;
    }

    /// <summary>Complex gain at normalised angular frequency w (radians per sample).</summary>
    public readonly System.Numerics.Complex Response(double w)
    {
        var z1 = System.Numerics.Complex.FromPolarCoordinates(1, -w);
        var z2 = z1 * z1;
        return (B0 + B1 * z1 + B2 * z2) / (1 + A1 * z1 + A2 * z2);
    }
}

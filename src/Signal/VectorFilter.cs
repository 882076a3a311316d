namespace HepSense.Signal;

/// <summary>One filter design applied to each axis of a 3-axis signal, so the axes are filtered as one vector.</summary>
internal sealed class VectorFilter(Biquad[] sections)
{
    private readonly SosFilter _x = new(sections), _y = new(sections), _z = new(sections);

    public (double X, double Y, double Z) Process(double x, double y, double z) => (_x.Process(x), _y.Process(y), _z.Process(z));

    /// <summary>Starts each axis in the steady state of a constant input.</summary>
    public void Settle(double x, double y, double z)
    {
        _x.Settle(x); _y.Settle(y); _z.Settle(z);
    }

    /// <summary>Takes another design of the same number of sections, keeping the running state.</summary>
    public void Retune(Biquad[] sections)
    {
        _x.Retune(sections); _y.Retune(sections); _z.Retune(sections);
    }
}

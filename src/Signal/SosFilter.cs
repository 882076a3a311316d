namespace HepSense.Signal;

/// <summary>A cascade of second-order sections filtering one channel, sample by sample.</summary>
internal sealed class SosFilter(Biquad[] sections)
{
    private readonly Biquad[] _sections = (Biquad[])sections.Clone();

    public double Process(double x)
    {
        var s = _sections;
        for (var i = 0; i < s.Length; i++) x = s[i].Process(x);
        return x;
    }

    /// <summary>Starts every section in the steady state of a constant input x.</summary>
    public void Settle(double x)
    {
        var s = _sections;
        for (var i = 0; i < s.Length; i++)
        {
            s[i].Settle(x);
            x *= (s[i].B0 + s[i].B1 + s[i].B2) / (1 + s[i].A1 + s[i].A2);
        }
    }

    /// <summary>Magnitude of the cascade's gain at a frequency.</summary>
    public double Magnitude(double frequencyHz, double sampleRateHz)
    {
        var w = 2 * Math.PI * frequencyHz / sampleRateHz;
        var g = System.Numerics.Complex.One;
        foreach (var s in _sections) g *= s.Response(w);
        return g.Magnitude;
    }
}

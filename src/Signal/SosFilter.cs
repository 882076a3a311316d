namespace HepSense.Signal;

/// <summary>A cascade of second-order sections filtering one channel, sample by sample.</summary>
internal sealed class SosFilter(Biquad[] sections)
{
    private readonly Biquad[] _sections = (Biquad[])sections.Clone();
    private readonly double[] _inputs = new double[sections.Length + 1];   // each section's last input, then the last output

    public double Process(double x)
    {
        var s = _sections;
        for (var i = 0; i < s.Length; i++)
        {
            _inputs[i] = x;
            x = s[i].Process(x);
        }
        return _inputs[s.Length] = x;
    }

    /// <summary>Starts every section in the steady state of a constant input x.</summary>
    public void Settle(double x)
    {
        var s = _sections;
        for (var i = 0; i < s.Length; i++)
        {
            _inputs[i] = x;
            s[i].Settle(x);
            x *= (s[i].B0 + s[i].B1 + s[i].B2) / (1 + s[i].A1 + s[i].A2);
        }
        _inputs[s.Length] = x;
    }

    /// <summary>
    /// Takes another design of the same number of sections while running: each section continues from its last
    /// input and output, so a slowly varying signal goes on without a jump (keeping the old internal state
    /// would not: it belongs to the old coefficients).
    /// </summary>
    internal void Retune(Biquad[] sections)
    {
        if (sections.Length != _sections.Length) throw new ArgumentException("A retuned filter keeps its number of sections.", nameof(sections));
        for (var i = 0; i < sections.Length; i++)
        {
            _sections[i] = sections[i];
            _sections[i].Hold(_inputs[i], _inputs[i + 1]);
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

namespace HepSense.FirmwareSim.Physics;

public static class Gaussian
{
    /// <summary>A normal deviate (Box-Muller), so every run is reproducible from its seed.</summary>
    public static double NextGaussian(this Random rng, double mean = 0, double sd = 1)
    {
        var u1 = 1 - rng.NextDouble();
        var u2 = rng.NextDouble();
        return mean + sd * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    /// <summary>A value around mean with relative spread, never below a tenth of the mean.</summary>
    public static double Around(this Random rng, double mean, double relativeSd) =>
        Math.Max(mean * 0.1, rng.NextGaussian(mean, Math.Abs(mean) * relativeSd));

    /// <summary>A value drawn uniformly between lo and hi.</summary>
    public static double Between(this Random rng, double lo, double hi) => lo + (hi - lo) * rng.NextDouble();
}

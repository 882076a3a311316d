namespace HepSense.FirmwareSim.Physics;

/// <summary>
/// Physiological effort tremor: a small wobble (4-10 Hz, well under a degree at rest) about an axis
/// across the movement, growing while the limb is held away from rest, as in the real recordings.
/// </summary>
public sealed class Tremor
{
    readonly (double AmpRad, double Hz, double Phase)[] parts;

    public Tremor(double peakDeg, Random rng)
    {
        parts = peakDeg <= 0 ? [] :
            [.. new[] { 4.5, 6.5, 9.0 }.Select(hz => (peakDeg * Math.PI / 180 / 3 * (0.5 + rng.NextDouble()), hz * (0.85 + 0.3 * rng.NextDouble()), rng.NextDouble() * 2 * Math.PI))];
    }

    public static Tremor None { get; } = new(0, new Random(0));

    /// <summary>Wobble angle and rate (rad, rad/s); <paramref name="effort"/> 0 at rest .. 1 at full range.</summary>
    public (double Angle, double Rate) At(double t, double effort)
    {
        double angle = 0, rate = 0;
        var gain = 0.25 + 0.75 * Math.Clamp(effort, 0, 1);
        foreach (var (amp, hz, phase) in parts)
        {
            var w = 2 * Math.PI * hz;
            angle += gain * amp * Math.Sin(w * t + phase);
            rate += gain * amp * w * Math.Cos(w * t + phase);
        }
        return (angle, rate);
    }
}

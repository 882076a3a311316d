namespace HepSense.FirmwareSim.Physics;

/// <summary>
/// How one person walks. Figures (healthy adults unless said):
/// cadence 100-120 steps/min typical, 90-130 the usual range (Tudor-Locke et al. 2018, BJSM 52:776), so 1.5-2.2 steps/s;
/// step length about 0.6-0.8 m (Perry and Burnfield, Gait Analysis, 2nd ed. 2010);
/// step-time variability a few % (stride-time CV about 2 %, Hausdorff et al. 1995, J Appl Physiol 78:349);
/// vertical excursion of the body's centre 3-6 cm per step (Perry and Burnfield: about 5 cm; Gard et al. 2004);
/// shank and thigh swing about +/-20-35 degrees at stride frequency, arm +/-10-30 degrees (Meyns et al. 2013, J Biomech 46:1:
/// shoulder range 30-40 degrees at comfortable speed); tibial peak acceleration at heel strike 1-3 g with a skin-mounted
/// accelerometer, much less up the body (Lafortune et al. 1995, J Biomech 28:1111; attenuation to the head ~ 70-80 %).
/// A shuffle (pain, antalgic gait): 70-90 steps/min, short steps, little swing, soft landings.
/// </summary>
/// <param name="CadenceHz">Steps per second (a stride is two steps).</param>
/// <param name="StepM">Step length, metres (forward speed = step length x cadence).</param>
/// <param name="Jitter">Relative step-to-step variation of the step time.</param>
/// <param name="BounceM">Peak-to-peak vertical excursion of the pelvis per step.</param>
/// <param name="LegGain">Scale of the leg's joint angles (1: the normal pattern, thigh +28 / -12, knee to 60 degrees).</param>
/// <param name="ArmDeg">Peak swing of the forearm about its mean, degrees.</param>
/// <param name="ImpactG">Peak heel-strike jolt along the shank, g (less up the body).</param>
public sealed record GaitStyle(string Name, double CadenceHz, double StepM, double Jitter, double BounceM, double LegGain, double ArmDeg, double ImpactG)
{
    public static GaitStyle Walk(Random rng)
    {
        var cadence = rng.Between(1.5, 2.2);
        return new("walk", cadence, 0.58 + 0.25 * (cadence - 1.5) / 0.7 + rng.Between(-0.05, 0.05), rng.Between(0.02, 0.04),
            rng.Between(0.03, 0.06), rng.Between(0.85, 1.15), rng.Between(12, 28), rng.Between(1.0, 3.0));
    }

    public static GaitStyle Shuffle(Random rng) => new("shuffle", rng.Between(1.2, 1.5), rng.Between(0.3, 0.45), rng.Between(0.04, 0.07),
        rng.Between(0.015, 0.03), rng.Between(0.35, 0.55), rng.Between(4, 10), rng.Between(0.5, 1.2));

    /// <summary>Standing still instead (the same time, no step): the control for a set walked to.</summary>
    public GaitStyle Still => this with { Name = "still", StepM = 0, BounceM = 0, LegGain = 0, ArmDeg = 0, ImpactG = 0 };

    public static GaitStyle Of(string name, Random rng) => name switch
    {
        "walk" => Walk(rng),
        "shuffle" => Shuffle(rng),
        _ => throw new ArgumentException($"Unknown gait '{name}' (walk or shuffle).", nameof(name)),
    };
}

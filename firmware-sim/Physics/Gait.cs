namespace HepSense.FirmwareSim.Physics;

/// <summary>
/// One bout of walking along +x, from standing still to standing still, and where each band placement is meanwhile.
/// Kinematic, from the textbook gait cycle (Perry and Burnfield 2010; figures in <see cref="GaitStyle"/>): the pelvis
/// bounces twice per stride (lowest just after each heel strike), sways toward the stance leg and turns about the
/// vertical (+/-5 degrees, the thorax counter-rotating); the right hip flexes about 28 degrees at heel strike and
/// extends about 12 at push-off, the knee flexes about 15 in loading and 60 in swing; the right arm swings opposite the
/// right leg. Each heel strike adds a short jolt (a 15 ms Gaussian dip of the segment, so the accelerometer reads an
/// upward spike) along the shank, weaker up the body. The step time wanders a few % (three slow incommensurate
/// modulations of the cadence). Walking starts and stops over two steps (minimum-jerk ramps of speed and swing).
/// Segment frames: x along the segment away from the body's centre (down the limbs, up the trunk), z to the left.
/// </summary>
public sealed class Gait
{
    const double HipHeight = 0.92, HipHalfWidth = 0.09, ThighM = 0.45, ShoulderAboveHip = 0.45, ShoulderHalfWidth = 0.19, UpperArmM = 0.3;
    const double ImpactSigmaS = 0.015;
    const double Deg = Math.PI / 180;
    static readonly Quat DownFrame = Pose.Of(Vec3.Zero, -Vec3.UnitZ, Vec3.UnitY).Orientation;
    static readonly Quat UpFrame = Pose.Of(Vec3.Zero, Vec3.UnitZ, Vec3.UnitY).Orientation;
    static readonly Vec3 Flexion = -Vec3.UnitY;   // a positive turn about it swings a hanging limb forward

    readonly double ramp, speed, x0, phase0;
    readonly (double Amp, double Hz, double Phase)[] wobble;
    readonly (double T, bool Right, double PeakMs2)[] strikes;

    /// <param name="start">When the first step starts (s); the person stands still before.</param>
    /// <param name="seconds">How long the walk lasts, start and stop included.</param>
    /// <param name="x0">Where along x the walk starts.</param>
    public Gait(GaitStyle style, double start, double seconds, Random rng, double x0 = 0)
    {
        Style = style;
        ramp = 2 / style.CadenceHz;
        if (seconds < 3 * ramp) throw new ArgumentOutOfRangeException(nameof(seconds), $"A walk needs at least {3 * ramp:0.0} s.");
        Start = start;
        End = start + seconds;
        speed = style.StepM * style.CadenceHz;
        this.x0 = x0;
        var stride = style.CadenceHz / 2;
        // Three sinusoids of amplitude a have an rms of a * sqrt(1.5): the step time varies by about Jitter.
        var amp = style.Jitter / Math.Sqrt(1.5);
        wobble = [.. new[] { 0.23, 0.37, 0.61 }.Select(k => (amp, stride * k * (0.9 + 0.2 * rng.NextDouble()), rng.NextDouble() * 2 * Math.PI))];
        phase0 = rng.NextDouble() * 2 * Math.PI;
        strikes = [.. FindStrikes(rng)];
    }

    public GaitStyle Style { get; }
    public double Start { get; }
    public double End { get; }

    /// <summary>Where the walk starts along x.</summary>
    public double StartX => x0;

    /// <summary>Where the walk ends along x.</summary>
    public double EndX => x0 + speed * (End - Start - ramp);

    /// <summary>Every heel strike (s), right and left.</summary>
    public IReadOnlyList<double> HeelStrikes => [.. strikes.Select(s => s.T)];

    /// <summary>0 standing, 1 walking: the minimum-jerk ramps of the first and last two steps.</summary>
    public double Envelope(double t) =>
        MinimumJerk.Position((t - Start) / ramp) - MinimumJerk.Position((t - End + ramp) / ramp);

    /// <summary>The stride phase, rad: the right heel strikes at multiples of 2 pi, the left half way.</summary>
    public double Phase(double t)
    {
        var cycles = t - Start;
        foreach (var (a, hz, p) in wobble) cycles -= a / (2 * Math.PI * hz) * Math.Cos(2 * Math.PI * hz * t + p);
        return phase0 + 2 * Math.PI * Style.CadenceHz / 2 * cycles;
    }

    public Pose At(Segment segment, double t)
    {
        var r = Style.StepM > 0 ? Envelope(t) : 0;   // standing still (the control) keeps the standing posture
        var phi = Phase(t);
        var leg = r * Style.LegGain;
        var yaw = Quat.FromAxisAngle(Vec3.UnitZ, leg * 5 * Deg * Math.Cos(phi));
        var pelvis = new Vec3(
            Forward(t) + leg * 0.012 * Math.Sin(2 * phi),
            -leg * 0.02 * Math.Sin(phi),
            HipHeight - r * Style.BounceM / 2 * Math.Cos(2 * phi - 0.3));
        var pose = segment switch
        {
            Segment.Thigh or Segment.Shin or Segment.Ankle => Leg(segment, pelvis, yaw, phi, leg),
            Segment.Trunk => new Pose(yaw * Quat.FromAxisAngle(Vec3.UnitX, leg * 4 * Deg * Math.Sin(phi)) * Quat.FromAxisAngle(Flexion, r * 4 * Deg) * UpFrame,
                pelvis + yaw.Rotate(new Vec3(0.12, 0, 0.1))),
            _ => Arm(segment, pelvis, yaw, phi, r),
        };
        return pose with { Position = pose.Position + Impact(segment, pose.Orientation, t) };
    }

    Pose Leg(Segment segment, Vec3 pelvis, Quat yaw, double phi, double gain)
    {
        var hipDeg = gain * (8 + 22 * Math.Cos(phi - 0.97 * 2 * Math.PI));
        var kneeDeg = gain * (5 + 12 * Bump(phi, 0.15, 8) + 55 * Bump(phi, 0.72, 2.2));
        var hip = pelvis + yaw.Rotate(new Vec3(0, -HipHalfWidth, 0));
        var thigh = yaw * Quat.FromAxisAngle(Flexion, hipDeg * Deg) * DownFrame;
        if (segment == Segment.Thigh) return new Pose(thigh, hip + thigh.Rotate(new Vec3(0.2, 0, 0)));
        var knee = hip + thigh.Rotate(new Vec3(ThighM, 0, 0));
        var shank = yaw * Quat.FromAxisAngle(Flexion, (hipDeg - kneeDeg) * Deg) * DownFrame;
        return new Pose(shank, knee + shank.Rotate(new Vec3(segment == Segment.Shin ? 0.15 : 0.36, 0, 0)));
    }

    Pose Arm(Segment segment, Vec3 pelvis, Quat yaw, double phi, double r)
    {
        // The right arm is forward when the left heel strikes; the thorax turns against the pelvis.
        var thorax = Quat.FromAxisAngle(Vec3.UnitZ, -0.6 * 2 * Math.Atan2(yaw.Z, yaw.W));
        var shoulder = pelvis + thorax.Rotate(new Vec3(0, -ShoulderHalfWidth, ShoulderAboveHip));
        var upperDeg = r * 0.55 * Style.ArmDeg * Math.Cos(phi - Math.PI - 0.2);
        var elbowDeg = r * (15 + 0.45 * Style.ArmDeg * Math.Cos(phi - Math.PI - 0.3));
        var upper = thorax * Quat.FromAxisAngle(Flexion, upperDeg * Deg) * DownFrame;
        if (segment == Segment.UpperArm) return new Pose(upper, shoulder + upper.Rotate(new Vec3(0.15, 0, 0)));
        var elbow = shoulder + upper.Rotate(new Vec3(UpperArmM, 0, 0));
        var fore = thorax * Quat.FromAxisAngle(Flexion, (upperDeg + elbowDeg) * Deg) * DownFrame;
        return new Pose(fore, elbow + fore.Rotate(new Vec3(segment == Segment.Forearm ? 0.12 : 0.25, 0, 0)));
    }

    /// <summary>A periodic bump of height 1 at a fraction of the stride, narrower as kappa grows.</summary>
    static double Bump(double phi, double at, double kappa) => Math.Exp(kappa * (Math.Cos(phi - at * 2 * Math.PI) - 1));

    /// <summary>The forward travel: the speed's integral through the start and stop ramps.</summary>
    double Forward(double t)
    {
        static double Integral(double u) => u <= 0 ? 0 : u >= 1 ? u - 0.5 : u * u * u * u * (2.5 + u * (-3 + u));
        return x0 + speed * ramp * (Integral((t - Start) / ramp) - Integral((t - End + ramp) / ramp));
    }

    /// <summary>The heel-strike jolts near t: the segment dips a few millimetres for ~30 ms, so it reads an upward spike.</summary>
    Vec3 Impact(Segment segment, Quat orientation, double t)
    {
        var (share, otherSide, direction) = segment switch
        {
            Segment.Ankle => (1.0, 0.15, -orientation.Rotate(Vec3.UnitX)),
            Segment.Shin => (0.9, 0.15, -orientation.Rotate(Vec3.UnitX)),
            Segment.Thigh => (0.45, 0.15, -orientation.Rotate(Vec3.UnitX)),
            Segment.Trunk => (0.3, 1.0, Vec3.UnitZ),
            Segment.UpperArm => (0.2, 1.0, Vec3.UnitZ),
            _ => (0.15, 1.0, Vec3.UnitZ),
        };
        var dip = 0.0;
        var i = LastStrikeBefore(t + 5 * ImpactSigmaS);
        for (; i >= 0 && strikes[i].T > t - 5 * ImpactSigmaS; i--)
        {
            var tau = t - strikes[i].T;
            dip += (strikes[i].Right ? 1 : otherSide) * strikes[i].PeakMs2 * ImpactSigmaS * ImpactSigmaS * Math.Exp(-tau * tau / (2 * ImpactSigmaS * ImpactSigmaS));
        }
        return -(share * dip) * direction;
    }

    int LastStrikeBefore(double t)
    {
        int lo = 0, hi = strikes.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (strikes[mid].T <= t) { found = mid; lo = mid + 1; } else hi = mid - 1;
        }
        return found;
    }

    /// <summary>Heel strikes where the phase crosses a multiple of pi while the person is stepping; each lands a little differently.</summary>
    IEnumerable<(double, bool, double)> FindStrikes(Random rng)
    {
        const double dt = 1e-3;
        var previous = Phase(Start) / Math.PI;
        for (var t = Start + dt; t <= End; t += dt)
        {
            var p = Phase(t) / Math.PI;
            if (Math.Floor(p) > Math.Floor(previous))
            {
                var k = Math.Floor(p);
                var at = t - dt * (p - k) / (p - previous);
                var r = Envelope(at);
                if (r > 0.05) yield return (at, ((long)k & 1) == 0, r * Style.ImpactG * 9.80665 * (0.85 + 0.3 * rng.NextDouble()));
            }
            previous = p;
        }
    }
}

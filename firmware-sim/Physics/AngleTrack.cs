namespace HepSense.FirmwareSim.Physics;

/// <summary>
/// The joint angle over a whole recording: non-overlapping movements plus a slow postural sway
/// (a few incommensurate sinusoids, so the limb is never perfectly still, as in the real recordings).
/// </summary>
public sealed class AngleTrack
{
    readonly Movement[] movements;
    readonly (double AmpRad, double Hz, double Phase)[] sway;

    public AngleTrack(IEnumerable<Movement> movements, double swayDeg = 0, Random? rng = null)
    {
        this.movements = movements.OrderBy(m => m.Start).ToArray();
        rng ??= new Random(0);
        sway = swayDeg <= 0 ? [] :
            [.. new[] { 0.11, 0.27, 0.63 }.Select(hz => (swayDeg * Math.PI / 180 / 3 * (0.5 + rng.NextDouble()), hz * (0.8 + 0.4 * rng.NextDouble()), rng.NextDouble() * 2 * Math.PI))];
    }

    public IReadOnlyList<Movement> Movements => movements;

    public (double Angle, double Rate, double Accel) At(double t)
    {
        double angle = 0, rate = 0, accel = 0;
        // Movements never overlap, so at most one contributes; a binary search keeps long sessions linear.
        var i = Array.BinarySearch(movements, new Movement(t, 0, 0, 0, 0), StartComparer.Instance);
        if (i < 0) i = ~i - 1;
        if (i >= 0 && i < movements.Length) (angle, rate, accel) = movements[i].At(t);
        foreach (var (amp, hz, phase) in sway)
        {
            var w = 2 * Math.PI * hz;
            angle += amp * Math.Sin(w * t + phase);
            rate += amp * w * Math.Cos(w * t + phase);
            accel -= amp * w * w * Math.Sin(w * t + phase);
        }
        return (angle, rate, accel);
    }

    sealed class StartComparer : IComparer<Movement>
    {
        public static readonly StartComparer Instance = new();
        public int Compare(Movement? a, Movement? b) => a!.Start.CompareTo(b!.Start);
    }
}

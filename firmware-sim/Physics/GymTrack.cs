namespace HepSense.FirmwareSim.Physics;

/// <summary>
/// The band's pose over a gym set: the latest piece that has started (set-up glides and reps), plus the body's
/// slow sway (a few millimetres and about a degree, incommensurate sinusoids) and the effort tremor of the segment.
/// </summary>
public sealed class GymTrack
{
    readonly PosePiece[] pieces;
    readonly (Vec3 Direction, double Hz, double Phase)[] positionSway;
    readonly (double AmpRad, double Hz, double Phase)[] angleSway;
    readonly Vec3 swayAxis;
    readonly Tremor tremor;

    /// <param name="swayM">Peak sway of the band's position, metres; 0 with <paramref name="swayDeg"/> 0 for a perfectly steady body.</param>
    public GymTrack(IEnumerable<PosePiece> pieces, double swayM, double swayDeg, double tremorDeg, Random rng)
    {
        this.pieces = [.. pieces.OrderBy(p => p.Start)];
        if (this.pieces.Length == 0) throw new ArgumentException("A track needs at least one piece.", nameof(pieces));
        double[] hz = [0.13, 0.31, 0.57];
        positionSway = swayM <= 0 ? [] : [.. hz.Select(f => (Direction(rng) * (swayM / 3 * (0.5 + rng.NextDouble())), f * (0.8 + 0.4 * rng.NextDouble()), rng.NextDouble() * 2 * Math.PI))];
        angleSway = swayDeg <= 0 ? [] : [.. hz.Select(f => (swayDeg * Math.PI / 180 / 3 * (0.5 + rng.NextDouble()), f * (0.8 + 0.4 * rng.NextDouble()), rng.NextDouble() * 2 * Math.PI))];
        swayAxis = Direction(rng);
        tremor = tremorDeg > 0 ? new Tremor(tremorDeg, rng) : Tremor.None;
    }

    public Pose At(double t)
    {
        var piece = PieceAt(t);
        var pose = piece.At(t);
        var (wobble, _) = tremor.At(t, piece.Effort(t));
        var position = pose.Position;
        foreach (var (direction, hz, phase) in positionSway) position += Math.Sin(2 * Math.PI * hz * t + phase) * direction;
        var angle = 0.0;
        foreach (var (amp, hz, phase) in angleSway) angle += amp * Math.Sin(2 * Math.PI * hz * t + phase);
        // The body sways the whole segment; the tremor wobbles it about its own cross axis.
        var orientation = Quat.FromAxisAngle(swayAxis, angle) * pose.Orientation * Quat.FromAxisAngle(Vec3.UnitY, wobble);
        return new Pose(orientation, position);
    }

    PosePiece PieceAt(double t)
    {
        int lo = 0, hi = pieces.Length - 1;
        if (t < pieces[0].Start) return pieces[0];
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (pieces[mid].Start <= t) lo = mid; else hi = mid - 1;
        }
        return pieces[lo];
    }

    static Vec3 Direction(Random rng) => new Vec3(rng.NextGaussian(), rng.NextGaussian(), rng.NextGaussian()).Normalized();
}

namespace HepSense.FirmwareSim.Physics;

/// <summary>
/// One piece of a gym set's timeline. Before it starts it holds its first pose, after it ends its last, so a
/// timeline is the latest piece that has started.
/// </summary>
public abstract record PosePiece(double Start, double End)
{
    public abstract Pose At(double t);

    /// <summary>How far the weight is from rest, 0..1 (the effort tremor grows with it).</summary>
    public virtual double Effort(double t) => 0;
}

/// <summary>Moving the weight between two poses in one minimum-jerk movement: picking it up, putting it down.</summary>
public sealed record Glide(double Start, double Duration, Pose From, Pose To) : PosePiece(Start, Start + Duration)
{
    public override Pose At(double t) => Pose.Between(From, To, MinimumJerk.Position((t - Start) / Duration));
}

/// <summary>A rep: the exercise's angle follows the movement (rise, hold, return), its joint travels along.</summary>
public sealed record RepPiece(GymExercise Exercise, Movement Movement) : PosePiece(Movement.Start, Movement.End)
{
    public override Pose At(double t) => Exercise.At(Effort(t));

    public override double Effort(double t) => Movement.At(t).Angle / (Exercise.RomDeg * Math.PI / 180);
}

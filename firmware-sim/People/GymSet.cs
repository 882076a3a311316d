using HepSense.FirmwareSim.Physics;

namespace HepSense.FirmwareSim.People;

/// <summary>
/// One gym set as lifted: the weight picked up (or unracked) before the first rep and put down after the last — large
/// movements of the band that are not reps — and the reps between, on a time axis in seconds from the first sample.
/// </summary>
/// <param name="Tempo">The tempo class the set was drawn from (fast, medium, slow).</param>
/// <param name="Partial">Per rep: deliberately short of the range (under 60 % of a full rep).</param>
/// <param name="Setup">Picking the weight up and putting it down, in order.</param>
public sealed record GymSet(GymExercise Exercise, string Tempo, IReadOnlyList<RepPiece> Reps, IReadOnlyList<bool> Partial,
    IReadOnlyList<Glide> Setup, double Seconds)
{
    public IEnumerable<PosePiece> Pieces => Setup.Cast<PosePiece>().Concat(Reps);
}

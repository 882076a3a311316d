namespace HepSense.Grains.Clinical;

/// <summary>One exercise over several days: its slots by outcome, and its reps.</summary>
[GenerateSerializer, Immutable]
public sealed record ExerciseAdherence(
    [property: Id(0)] string Exercise,
    [property: Id(1)] int SlotsPrescribed,
    [property: Id(2)] int SlotsDone,
    [property: Id(3)] int SlotsPartlyDone,
    [property: Id(4)] int SlotsMissed,
    [property: Id(5)] int RepsPrescribed,
    [property: Id(6)] int RepsDone,
    [property: Id(7)] int CountedReps,
    [property: Id(8)] int PartialReps)
{
    public double? RepShare => RepsPrescribed == 0 ? null : (double)CountedReps / RepsPrescribed;
    public double? FullRangeShare => RepsDone == 0 ? null : (double)(RepsDone - PartialReps) / RepsDone;
}

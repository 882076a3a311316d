namespace HepSense.Grains.Clinical;

/// <summary>How one slot ended (or stands): its sets, reps done against prescribed, partial reps.</summary>
[GenerateSerializer, Immutable]
public sealed record SlotResult(
    [property: Id(0)] ScheduledSlot Slot,
    [property: Id(1)] SlotStatus Status,
    [property: Id(2)] IReadOnlyList<SetResult> Sets)
{
    public int RepsPrescribed => Slot.Exercise.RepsPerSession;
    public int RepsDone => Sets.Sum(s => s.RepsDone);
    public int PartialReps => Sets.Sum(s => s.PartialReps);

    /// <summary>Reps that count toward adherence: extra reps never make up for another slot.</summary>
    public int CountedReps => Math.Min(RepsDone, RepsPrescribed);
}

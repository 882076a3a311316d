namespace HepSense.Grains.Clinical;

/// <summary>
/// A patient-local day with its detected sets matched to the program: every slot's result, plus what did not fit
/// a slot. <see cref="SessionsDone"/> counts sessions with at least one set of a program exercise (more than
/// prescribed when the patient did more); <see cref="RepsDone"/> and <see cref="PartialReps"/> count every rep of
/// a program exercise that day, extra sets included; <see cref="UnscheduledSets"/> are sets of exercises the
/// program does not have.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record DayMatch(
    [property: Id(0)] DateOnly Date,
    [property: Id(1)] IReadOnlyList<SlotResult> Slots,
    [property: Id(2)] int SessionsPrescribed,
    [property: Id(3)] int SessionsDone,
    [property: Id(4)] int RepsDone,
    [property: Id(5)] int PartialReps,
    [property: Id(6)] IReadOnlyList<DetectedSet> UnscheduledSets)
{
    public int RepsPrescribed => Slots.Sum(s => s.RepsPrescribed);
    public int CountedReps => Slots.Sum(s => s.CountedReps);
    public bool HasSensorData => RepsDone > 0 || UnscheduledSets.Any(s => s.Reps > 0);
}

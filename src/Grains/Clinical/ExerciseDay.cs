namespace HepSense.Grains.Clinical;

/// <summary>One exercise on one day: sets and reps prescribed (all its slots) against what the bands detected.</summary>
[GenerateSerializer, Immutable]
public sealed record ExerciseDay(
    [property: Id(0)] DateOnly Date,
    [property: Id(1)] string Exercise,
    [property: Id(2)] int SetsPrescribed,
    [property: Id(3)] int SetsDone,
    [property: Id(4)] int RepsPrescribed,
    [property: Id(5)] int RepsDone,
    [property: Id(6)] int PartialReps);

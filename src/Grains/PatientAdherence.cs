using HepSense.Grains.Clinical;

namespace HepSense.Grains;

/// <summary>A patient's adherence over a range of days: each day, each exercise of each day, the totals and streaks.</summary>
[GenerateSerializer, Immutable]
public sealed record PatientAdherence(
    [property: Id(0)] IReadOnlyList<AdherenceDay> Days,
    [property: Id(1)] IReadOnlyList<ExerciseDay> Exercises,
    [property: Id(2)] IReadOnlyList<int> SessionsPartlyDone,
    [property: Id(3)] AdherenceSummary Summary,
    [property: Id(4)] Streak Streak);

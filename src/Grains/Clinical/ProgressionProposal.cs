namespace HepSense.Grains.Clinical;

public enum ProposalStatus
{
    Pending,
    Accepted,
    Declined,
}

/// <summary>
/// A proposed step up for one exercise: from <see cref="FromSets"/> × <see cref="FromReps"/> to
/// <see cref="ToSets"/> × <see cref="ToReps"/>, because of the sessions in <see cref="Evidence"/> (their slot keys).
/// The therapist accepts (a new program version) or declines.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ProgressionProposal(
    [property: Id(0)] string Exercise,
    [property: Id(1)] int FromSets,
    [property: Id(2)] int FromReps,
    [property: Id(3)] int ToSets,
    [property: Id(4)] int ToReps,
    [property: Id(5)] string Reason,
    [property: Id(6)] IReadOnlyList<string> Evidence,
    [property: Id(7)] DateTimeOffset ProposedAt,
    [property: Id(8)] ProposalStatus Status = ProposalStatus.Pending,
    [property: Id(9)] DateTimeOffset? DecidedAt = null,
    [property: Id(10)] string? DecidedBy = null);

/// <summary>One step of the roadmap a patient sees: the dose after <see cref="Step"/> progressions.</summary>
[GenerateSerializer, Immutable]
public sealed record RoadmapStep(
    [property: Id(0)] int Step,
    [property: Id(1)] int Sets,
    [property: Id(2)] int Reps);

using HepSense.Grains.Clinical;

namespace HepSense.Grains;

/// <summary>A progression proposal with the id the therapist decides it by.</summary>
[GenerateSerializer, Immutable]
public sealed record ProposalEntry(
    [property: Id(0)] string Id,
    [property: Id(1)] ProgressionProposal Proposal);

namespace HepSense.Grains.Clinical;

/// <summary>
/// Decides when an exercise is ready for more: its last <see cref="SessionsNeeded"/> performed sessions each had
/// every prescribed rep at full range, with pain of at most <see cref="MaxPain"/> reported around each (a session
/// without a pain report does not count as pain-free). The step: <see cref="RepStep"/> more reps up to
/// <see cref="RepCeiling"/>, then one more set up to <see cref="SetCeiling"/>. A decided proposal needs
/// <see cref="SessionsNeeded"/> newer sessions before the next one.
/// </summary>
public static class Progression
{
    public const int SessionsNeeded = 3;
    public const int MaxPain = 3;
    public const int RepStep = 2;
    public const int RepCeiling = 15;
    public const int SetCeiling = 4;

    /// <summary>The next dose after (<paramref name="sets"/>, <paramref name="reps"/>), or null at the ceiling.</summary>
    public static (int Sets, int Reps)? NextStep(int sets, int reps) =>
        reps < RepCeiling ? (sets, Math.Min(RepCeiling, reps + RepStep))
        : sets < SetCeiling ? (sets + 1, reps)
        : null;

    /// <summary>
    /// A proposal for <paramref name="exercise"/>, or null. <paramref name="days"/>: matched days (any order);
    /// <paramref name="pain"/>: the patient's pain reports; <paramref name="proposals"/>: earlier proposals of this patient.
    /// </summary>
    public static ProgressionProposal? Propose(
        PrescribedExercise exercise, IEnumerable<DayMatch> days, IReadOnlyList<PainReport> pain,
        IReadOnlyList<ProgressionProposal> proposals, DateTimeOffset now)
    {
        var earlier = proposals.Where(p => exercise.Is(p.Exercise)).ToArray();
        if (earlier.Any(p => p.Status == ProposalStatus.Pending)) return null;
        if (NextStep(exercise.Sets, exercise.Reps) is not { } next) return null;

        // Sessions of this exercise at this dose, newest first (a dose change starts the count again).
        var sessions = days.SelectMany(d => d.Slots)
            .Where(s => s.Slot.Exercise.Is(exercise.Exercise) && s.Sets.Count > 0
                && s.Slot.Exercise.Sets == exercise.Sets && s.Slot.Exercise.Reps == exercise.Reps)
            .OrderByDescending(s => s.Sets[0].Start)
            .ToArray();
        var lastDecision = earlier.Where(p => p.DecidedAt is not null).Select(p => p.DecidedAt!.Value).DefaultIfEmpty(DateTimeOffset.MinValue).Max();
        var recent = sessions.Where(s => s.Sets[0].Start > lastDecision).Take(SessionsNeeded).ToArray();
        if (recent.Length < SessionsNeeded) return null;

        var pains = recent.Select(s => PainReport.Around(pain, s.Sets[0].Start, s.Sets.Max(x => x.End))).ToArray();
        if (!recent.All(Complete) || pains.Any(p => p is null or > MaxPain)) return null;

        var change = next.Sets > exercise.Sets ? "one more set" : $"{next.Reps - exercise.Reps} more reps";
        return new ProgressionProposal(
            exercise.Exercise, exercise.Sets, exercise.Reps, next.Sets, next.Reps,
            $"last {SessionsNeeded} sessions complete at full range with pain {pains.Max()}/10 at most: propose {change} " +
            $"({exercise.Sets}×{exercise.Reps} → {next.Sets}×{next.Reps})",
            recent.Reverse().Select(s => s.Slot.Key).ToArray(), now);
    }

    /// <summary>Every prescribed rep done at full range.</summary>
    public static bool Complete(SlotResult slot) => slot.RepsDone - slot.PartialReps >= slot.RepsPrescribed;

    /// <summary>The doses ahead for the patient, at most <paramref name="steps"/>, starting with today's.</summary>
    public static IReadOnlyList<RoadmapStep> Roadmap(PrescribedExercise exercise, int steps = 5)
    {
        var road = new List<RoadmapStep> { new(0, exercise.Sets, exercise.Reps) };
        (int Sets, int Reps)? dose = (exercise.Sets, exercise.Reps);
        while (road.Count <= steps && (dose = NextStep(dose.Value.Sets, dose.Value.Reps)) is { } d)
            road.Add(new RoadmapStep(road.Count, d.Sets, d.Reps));
        return road;
    }

    /// <summary>The decision on a pending proposal. On accept, the caller adds the program version <see cref="Apply"/> returns.</summary>
    public static ProgressionProposal Decide(ProgressionProposal proposal, bool accept, string by, DateTimeOffset at) =>
        proposal.Status != ProposalStatus.Pending
            ? throw new ArgumentException($"The proposal for {proposal.Exercise} was already {proposal.Status.ToString().ToLowerInvariant()}.")
            : proposal with { Status = accept ? ProposalStatus.Accepted : ProposalStatus.Declined, DecidedAt = at, DecidedBy = by };

    /// <summary>The draft of the next program version with an accepted proposal's dose, effective <paramref name="from"/>.</summary>
    public static ProgramDraft Apply(ExerciseProgram current, ProgressionProposal accepted, DateOnly from)
    {
        if (current.Find(accepted.Exercise) is not { } exercise)
            throw new ArgumentException($"{accepted.Exercise} is no longer in the program.");
        if (exercise.Sets != accepted.FromSets || exercise.Reps != accepted.FromReps)
            throw new ArgumentException($"{accepted.Exercise} changed since the proposal ({exercise.Sets}×{exercise.Reps}, proposed from {accepted.FromSets}×{accepted.FromReps}).");
        var exercises = current.Exercises.Select(e => e.Is(accepted.Exercise) ? e with { Sets = accepted.ToSets, Reps = accepted.ToReps } : e).ToArray();
        return new ProgramDraft(exercises, from, current.Windows, $"progression of {accepted.Exercise}: {accepted.FromSets}×{accepted.FromReps} → {accepted.ToSets}×{accepted.ToReps}");
    }
}

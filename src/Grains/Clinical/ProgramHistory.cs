namespace HepSense.Grains.Clinical;

/// <summary>Every version of a patient's program, oldest first. Versions are numbered 1, 2, 3 ...</summary>
[GenerateSerializer, Immutable]
public sealed record ProgramHistory([property: Id(0)] IReadOnlyList<ExerciseProgram> Versions)
{
    public static readonly ProgramHistory Empty = new([]);

    public ExerciseProgram? Current => Versions.Count == 0 ? null : Versions[^1];

    /// <summary>The version that governs a local date: the latest decision (highest version) already effective on it.</summary>
    public ExerciseProgram? At(DateOnly date) => Versions.LastOrDefault(v => v.EffectiveFrom <= date);
}

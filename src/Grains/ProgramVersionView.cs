using HepSense.Grains.Clinical;

namespace HepSense.Grains;

/// <summary>One program version with the warnings it carries (e.g. more than five exercises).</summary>
[GenerateSerializer, Immutable]
public sealed record ProgramVersionView(
    [property: Id(0)] ExerciseProgram Program,
    [property: Id(1)] IReadOnlyList<string> Warnings)
{
    public static ProgramVersionView Of(ExerciseProgram program) =>
        new(program, ProgramVersioning.Warnings(new ProgramDraft(program.Exercises, program.EffectiveFrom, program.Windows)));
}

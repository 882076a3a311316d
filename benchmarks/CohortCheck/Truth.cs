using System.Text.Json;

namespace HepSense.CohortCheck;

/// <summary>The simulator's ground-truth file (firmware-sim/README.md), only the fields the check needs.</summary>
public sealed record Truth(IReadOnlyList<TruthPatient> Patients, IReadOnlyList<TruthFault> Faults, TruthRun Run)
{
    static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static Truth Load(string path) =>
        JsonSerializer.Deserialize<Truth>(File.ReadAllText(path), Options) ?? throw new InvalidDataException($"{path}: empty truth file");
}

public sealed record TruthRun(string Command, int Seed, DateTimeOffset SimulatedStart, DateTimeOffset SimulatedEnd);

public sealed record TruthPatient(
    string Id, string Device, string Persona, string TimeZone, string? Clinic, TruthProgram Program,
    IReadOnlyList<TruthSession> Sessions, IReadOnlyList<TruthSession> UnwornSessions);

public sealed record TruthProgram(IReadOnlyList<TruthExercise> Exercises, int SessionsPerDay, int DaysPerWeek);

public sealed record TruthExercise(string Exercise, int Sets, int Reps);

public sealed record TruthSession(string Id, int Day, DateTimeOffset Start, DateTimeOffset End, int PainBefore, int PainAfter, IReadOnlyList<TruthSet> Sets);

public sealed record TruthSet(string Exercise, DateTimeOffset Start, DateTimeOffset End, int PrescribedReps, IReadOnlyList<TruthRep> Reps);

public sealed record TruthRep(DateTimeOffset Start, DateTimeOffset End, double RomDeg, bool Partial);

public sealed record TruthFault(string Kind, string Device, DateTimeOffset At, long? Seq, double? Seconds, string? Detail);

using System.Text.Json;
using System.Text.Json.Serialization;

namespace HepSense.FirmwareSim.Truth;

/// <summary>
/// What truly happened in a simulation, for scoring the platform: the schema of issue 4
/// (<c>patients[].sessions[].sets[].reps[]</c> and <c>faults[]</c>), times in ISO-8601 UTC, plus extra fields.
/// </summary>
public sealed record GroundTruth(IReadOnlyList<PatientTruth> Patients, IReadOnlyList<FaultTruth> Faults)
{
    [JsonPropertyOrder(-1)]
    public IReadOnlyList<PatientTruth> Patients { get; init; } = Patients;

    /// <summary>How it was produced, so a run can be repeated.</summary>
    public RunInfo? Run { get; init; }

    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new IsoTimeConverter() },
    };

    /// <param name="indented">Large cohorts write compact JSON (a month of fifty patients is tens of megabytes indented).</param>
    public void Save(string path, bool indented = true)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null) Directory.CreateDirectory(dir);
        using var stream = File.Create(path);
        JsonSerializer.Serialize(stream, this, indented ? Json : new JsonSerializerOptions(Json) { WriteIndented = false });
    }

    public static GroundTruth Load(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<GroundTruth>(stream, Json) ?? throw new FormatException($"{path}: empty truth file.");
    }
}

public sealed record RunInfo(string Command, int Seed, double RateHz, DateTimeOffset SimulatedStart, DateTimeOffset SimulatedEnd);

public sealed record PatientTruth(string Id, string Device, string Persona, IReadOnlyList<SessionTruth> Sessions)
{
    /// <summary>Sessions the patient did without wearing the band: they happened, the platform cannot see them.</summary>
    public IReadOnlyList<SessionTruth>? UnwornSessions { get; init; }
    public ProgramTruth? Program { get; init; }
    /// <summary>IANA time zone: a patient's "day" is a calendar day there.</summary>
    public string? TimeZone { get; init; }
    public string? Clinic { get; init; }
}

/// <param name="PainBefore">0-10 numeric rating scale, as the patient reported it.</param>
public sealed record SessionTruth(DateTimeOffset Start, DateTimeOffset End, IReadOnlyList<SetTruth> Sets, int PainBefore, int PainAfter)
{
    public string? Id { get; init; }
    public int? Day { get; init; }
}

/// <param name="Start">First streamed sample of the set (the ExerciseChosen event).</param>
public sealed record SetTruth(string Exercise, IReadOnlyList<RepTruth> Reps)
{
    public DateTimeOffset? Start { get; init; }
    public DateTimeOffset? End { get; init; }
    public int? PrescribedReps { get; init; }
    public string? Segment { get; init; }
    /// <summary>Band twist around the limb and tilt, degrees.</summary>
    public double[]? Mounting { get; init; }
    /// <summary>Small movements that are not reps: the detector should not count them.</summary>
    public IReadOnlyList<MovementTruth>? Fidgets { get; init; }
    /// <summary>Gym sets: picking the weight up and putting it down (rom_deg: how far the band turned). Not reps.</summary>
    public IReadOnlyList<MovementTruth>? Setup { get; init; }
    /// <summary>Walking before or after the set (or instead of one): not reps.</summary>
    public IReadOnlyList<WalkTruth>? Walks { get; init; }
    /// <summary>First and last sequence numbers of the batches that carried the set.</summary>
    public ulong[]? Seq { get; init; }
}

/// <param name="Start">Start of the rise.</param>
/// <param name="End">End of the return.</param>
/// <param name="RomDeg">Peak rotation of the segment from its rest position, degrees.</param>
public sealed record RepTruth(DateTimeOffset Start, DateTimeOffset End, double RomDeg, bool Partial)
{
    public double? HoldS { get; init; }
}

public sealed record MovementTruth(DateTimeOffset Start, DateTimeOffset End, double RomDeg);

/// <param name="Gait">walk or shuffle.</param>
/// <param name="Steps">Heel strikes of both feet.</param>
/// <param name="CadenceHz">Steps per second.</param>
public sealed record WalkTruth(DateTimeOffset Start, DateTimeOffset End, string Gait, int Steps, double CadenceHz);

/// <param name="Kind">disconnect, duplicate, out_of_order, clock_skew, clock_drift, lost_batch, low_battery, malformed, unworn.</param>
/// <param name="At">True (simulated) time of the fault.</param>
public sealed record FaultTruth(string Kind, string Device, DateTimeOffset At)
{
    public string? Detail { get; init; }
    public ulong? Seq { get; init; }
    public double? Seconds { get; init; }
}

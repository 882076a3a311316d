namespace HepSense.Grains.Clinical;

/// <summary>
/// One patient-local day. Sensor-verified figures first; <see cref="SelfReportedSessions"/> and
/// <see cref="SelfReportedReps"/> are the patient's own word, kept apart.
/// <see cref="CountedReps"/>: reps done, capped per slot at what was prescribed (the adherence numerator).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AdherenceDay(
    [property: Id(0)] DateOnly Date,
    [property: Id(1)] int SessionsPrescribed,
    [property: Id(2)] int SessionsDone,
    [property: Id(3)] int RepsPrescribed,
    [property: Id(4)] int RepsDone,
    [property: Id(5)] int PartialReps,
    [property: Id(6)] int CountedReps,
    [property: Id(7)] bool HasSensorData,
    [property: Id(8)] int SelfReportedSessions,
    [property: Id(9)] int SelfReportedReps)
{
    /// <summary>Share of reps at full range (null without reps).</summary>
    public double? FullRangeShare => RepsDone == 0 ? null : (double)(RepsDone - PartialReps) / RepsDone;

    /// <summary>Every prescribed session was done (a day with nothing prescribed is not kept, nor broken).</summary>
    public bool Kept => SessionsPrescribed > 0 && SessionsDone >= SessionsPrescribed;
}

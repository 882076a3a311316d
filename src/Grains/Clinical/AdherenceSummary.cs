namespace HepSense.Grains.Clinical;

/// <summary>
/// Totals over several days (a week, the last 7 days, a whole program). <see cref="SessionShare"/> and
/// <see cref="RepShare"/> are capped: doing more on one day never makes up for a missed one.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AdherenceSummary(
    [property: Id(0)] DateOnly From,
    [property: Id(1)] DateOnly To,
    [property: Id(2)] int SessionsPrescribed,
    [property: Id(3)] int SessionsDone,
    [property: Id(4)] int CountedSessions,
    [property: Id(5)] int RepsPrescribed,
    [property: Id(6)] int RepsDone,
    [property: Id(7)] int CountedReps,
    [property: Id(8)] int PartialReps,
    [property: Id(9)] int DaysWithSensorData,
    [property: Id(10)] int SelfReportedSessions,
    [property: Id(11)] int SelfReportedReps)
{
    /// <summary>Sessions done of sessions prescribed, each day capped at its prescription (null when nothing was prescribed).</summary>
    public double? SessionShare => SessionsPrescribed == 0 ? null : (double)CountedSessions / SessionsPrescribed;

    /// <summary>Prescribed reps done, each slot capped at its prescription (null when nothing was prescribed). The adherence the risk flags use.</summary>
    public double? RepShare => RepsPrescribed == 0 ? null : (double)CountedReps / RepsPrescribed;

    public double? FullRangeShare => RepsDone == 0 ? null : (double)(RepsDone - PartialReps) / RepsDone;
}

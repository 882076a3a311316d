namespace HepSense.Grains.Clinical;

/// <summary>
/// A 30-day device-supply period of an episode (the last one may be shorter when the episode ends): its data days
/// and the code they earn, if any. <see cref="Complete"/> is false while the period is still running, and its
/// code may still change (98985 can become 98977).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record SupplyPeriod(
    [property: Id(0)] int Number,
    [property: Id(1)] DateOnly Start,
    [property: Id(2)] DateOnly End,
    [property: Id(3)] IReadOnlyList<DateOnly> DataDays,
    [property: Id(4)] string? Code,
    [property: Id(5)] bool Complete);

/// <summary>A billable code with its units and the evidence: the reason in words and the days it rests on.</summary>
[GenerateSerializer, Immutable]
public sealed record RtmLine(
    [property: Id(0)] string Code,
    [property: Id(1)] int Units,
    [property: Id(2)] string Evidence,
    [property: Id(3)] IReadOnlyList<DateOnly> Days);

/// <summary>
/// One patient's calendar month: the data days in the month, therapist minutes, and the codes billed in it.
/// Device-supply codes belong to the month their period ends in; management codes to the month of the minutes.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RtmMonth(
    [property: Id(0)] string PatientId,
    [property: Id(1)] int Year,
    [property: Id(2)] int Month,
    [property: Id(3)] IReadOnlyList<DateOnly> DataDays,
    [property: Id(4)] int TherapistMinutes,
    [property: Id(5)] bool InteractiveCommunication,
    [property: Id(6)] IReadOnlyList<SupplyPeriod> Periods,
    [property: Id(7)] IReadOnlyList<RtmLine> Lines)
{
    /// <summary>The codes as billed, one entry per unit (98980, 98981, 98981 for 60 minutes).</summary>
    public IReadOnlyList<string> Codes => Lines.SelectMany(l => Enumerable.Repeat(l.Code, l.Units)).ToArray();
}

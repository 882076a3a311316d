namespace HepSense.Grains;

/// <summary>
/// A detected rep, placed on the device clock and attributed to patient, band and exercise. <see cref="SessionId"/>:
/// the band's session it fell in (the band says when a session ends), null when unknown.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RepRecord(
    [property: Id(0)] string PatientId,
    [property: Id(1)] string DeviceId,
    [property: Id(2)] string Exercise,
    [property: Id(3)] DateTimeOffset Start,
    [property: Id(4)] DateTimeOffset End,
    [property: Id(5)] double RomDeg,
    [property: Id(6)] double PeakAngularSpeedDps,
    [property: Id(7)] bool Partial,
    [property: Id(8)] double Confidence,
    [property: Id(9)] int SetNumber,
    [property: Id(10)] int RepInSet,
    [property: Id(11)] string? SessionId = null)
{
    public double DurationS => (End - Start).TotalSeconds;
}

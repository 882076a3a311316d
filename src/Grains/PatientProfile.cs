namespace HepSense.Grains;

/// <summary>Who a patient is: their clinic, name, IANA time zone (what "a day" is for them) and bands.</summary>
[GenerateSerializer, Immutable]
public sealed record PatientProfile(
    [property: Id(0)] string PatientId,
    [property: Id(1)] string ClinicId,
    [property: Id(2)] string Name,
    [property: Id(3)] string TimeZone,
    [property: Id(4)] IReadOnlyList<string> Devices);

namespace HepSense.Grains;

[GenerateSerializer, Immutable]
public sealed record ClinicInfo(
    [property: Id(0)] string ClinicId,
    [property: Id(1)] string Name);

[GenerateSerializer, Immutable]
public sealed record TherapistInfo(
    [property: Id(0)] string TherapistId,
    [property: Id(1)] string ClinicId,
    [property: Id(2)] string Name);

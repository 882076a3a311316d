namespace HepSense.Grains.Clinical;

/// <summary>
/// Everything the risk rules look at for one patient. <see cref="Days"/>: adherence days covering at least the
/// last 14 days before <see cref="Today"/> (patient-local); <see cref="LastSensorData"/>: the local day of the
/// patient's newest sensor-verified rep, whenever it was.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RiskInput(
    [property: Id(0)] string PatientId,
    [property: Id(1)] DateOnly Today,
    [property: Id(2)] DateTimeOffset Now,
    [property: Id(3)] IReadOnlyList<AdherenceDay> Days,
    [property: Id(4)] DateOnly? LastSensorData,
    [property: Id(5)] IReadOnlyList<PainReport> Pain,
    [property: Id(6)] IReadOnlyList<BandStatus> Bands);

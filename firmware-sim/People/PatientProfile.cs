namespace HepSense.FirmwareSim.People;

/// <summary>A simulated patient: who they are, their band, their program and how they follow it.</summary>
/// <param name="Seed">Seeds everything this patient does, so a cohort is the same whatever the order bands run in.</param>
/// <param name="DaysPerWeek">7, or 5 for Monday to Friday in the patient's time zone.</param>
public sealed record PatientProfile(
    string Id, string Name, string Device, Persona Persona, string TimeZone,
    IReadOnlyList<Prescription> Program, int SessionsPerDay, int DaysPerWeek, int Seed)
{
    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    public bool IsScheduled(DateOnly localDate) =>
        DaysPerWeek >= 7 || localDate.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
}

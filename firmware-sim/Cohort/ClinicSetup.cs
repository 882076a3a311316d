using Grpc.Core;
using HepSense.Contracts.Api;
using HepSense.FirmwareSim.Band;
using HepSense.FirmwareSim.People;
using ProgramMessage = HepSense.Contracts.Api.Program;  // not the top-level Program of this assembly

namespace HepSense.FirmwareSim.Cohort;

/// <summary>
/// What --provision creates through the node's API before streaming: the clinic, each patient (with
/// time zone) and their program, and each band (whose secret it returns). Parts of the clinical API
/// a node does not implement yet are skipped with a note; bands are always provisioned.
/// </summary>
public sealed class ClinicSetup(NodeProvisioner node, ApiAvailability api)
{
    public async Task CreateClinicAsync(string clinicId, CancellationToken ct) =>
        await api.TryAsync("ClinicService", async () =>
            await new ClinicService.ClinicServiceClient(node.Channel).CreateClinicAsync(
                new CreateClinicRequest { ClinicId = clinicId, Name = $"Simulated clinic {clinicId}" }, cancellationToken: ct),
            StatusCode.AlreadyExists);

    /// <returns>The band's MQTT secret.</returns>
    public async Task<string> ProvisionAsync(string clinicId, PatientProfile p, DateOnly firstDay, int days, CancellationToken ct)
    {
        await api.TryAsync("ClinicService", async () =>
            await new ClinicService.ClinicServiceClient(node.Channel).AddPatientAsync(
                new AddPatientRequest { ClinicId = clinicId, PatientId = p.Id, Name = p.Name, TimeZone = p.TimeZone }, cancellationToken: ct),
            StatusCode.AlreadyExists);
        var program = new ProgramMessage { StartDate = firstDay.ToString("yyyy-MM-dd"), EndDate = firstDay.AddDays(days - 1).ToString("yyyy-MM-dd") };
        program.Exercises.AddRange(p.Program.Select(rx =>
        {
            var exercise = new PrescribedExercise
            {
                Exercise = rx.Exercise.Name, Sets = (uint)rx.Sets, Reps = (uint)rx.Reps, HoldSeconds = rx.HoldS, RestSeconds = rx.RestS,
                Side = "right", TimesPerDay = (uint)p.SessionsPerDay, DaysPerWeek = (uint)p.DaysPerWeek,
            };
            if (rx.RomDeg is { } rom) exercise.TargetRomDeg = rom;
            return exercise;
        }));
        await api.TryAsync("ProgramService", async () =>
            await new ProgramService.ProgramServiceClient(node.Channel).SetProgramAsync(
                new SetProgramRequest { PatientId = p.Id, Program = program }, cancellationToken: ct));
        return await node.ProvisionAsync(p.Device, p.Id, ct);
    }
}

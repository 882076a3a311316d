using HepSense.Grains;

namespace HepSense.Api.Services;

/// <summary>The patients a clinic lists whose profile still names that clinic, in the clinic's order; their grains are asked together.</summary>
public static class ClinicRoster
{
    public static async Task<IReadOnlyList<PatientProfile>> Enrolled(IGrainFactory grains, string clinicId)
    {
        var ids = await grains.GetGrain<IClinicGrain>(clinicId).GetPatients();
        var profiles = await Task.WhenAll(ids.Select(id => grains.GetGrain<IPatientGrain>(id).GetProfile()));
        return profiles.OfType<PatientProfile>().Where(p => p.ClinicId == clinicId).ToArray();
    }
}

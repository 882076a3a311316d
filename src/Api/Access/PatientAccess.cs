using Grpc.Core;
using HepSense.Grains;

namespace HepSense.Api.Access;

/// <summary>
/// Resolves a patient for a caller: the profile when the caller may see the patient, otherwise PERMISSION_DENIED
/// (a therapist of another clinic learns nothing, not even whether the patient exists); NOT_FOUND only for
/// callers who could see the patient if it existed (admins, the patient themself).
/// </summary>
public sealed class PatientAccess(IGrainFactory grains)
{
    /// <summary>The patient themself, a therapist of their clinic, or an admin.</summary>
    public Task<PatientProfile> Read(Caller caller, string patientId) => Resolve(caller, patientId, patientMayCall: true);

    /// <summary>A therapist of the patient's clinic or an admin: prescribing, deciding, provisioning.</summary>
    public Task<PatientProfile> Care(Caller caller, string patientId) => Resolve(caller, patientId, patientMayCall: false);

    /// <summary>
    /// Like <see cref="Read"/>, but a patient no clinic enrolled yet (a band provisioned by an admin streams for
    /// them) is open to admins and the patient themself: null is returned then.
    /// </summary>
    public async Task<PatientProfile?> ReadEvenUnenrolled(Caller caller, string patientId)
    {
        var profile = await Profile(patientId);
        caller.RequirePatient(patientId, profile?.ClinicId);
        return profile;
    }

    /// <summary>Who may bind a band to the patient: for a patient no clinic enrolled yet, admins only.</summary>
    public async Task<PatientProfile?> Provision(Caller caller, string patientId)
    {
        var profile = await Profile(patientId);
        if (profile is null) caller.RequireAdmin();
        else caller.RequireClinic(profile.ClinicId);
        return profile;
    }

    private async Task<PatientProfile> Resolve(Caller caller, string patientId, bool patientMayCall)
    {
        if (!patientMayCall && caller.Role == Contracts.Access.Roles.Patient) throw Caller.Denied("this call is for therapists");
        var profile = await Profile(patientId);
        if (profile is null)
        {
            if (caller.IsAdmin || (patientMayCall && caller.IsPatient(patientId)))
                throw new RpcException(new Status(StatusCode.NotFound, $"patient '{patientId}' does not exist"));
            throw Caller.Denied($"patient '{patientId}' is not in your care");
        }
        caller.RequirePatient(patientId, profile.ClinicId);
        return profile;
    }

    private Task<PatientProfile?> Profile(string patientId) => grains.GetGrain<IPatientGrain>(patientId).GetProfile();
}

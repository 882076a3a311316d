using Grpc.Core;
using HepSense.Contracts.Access;

namespace HepSense.Api.Access;

/// <summary>The authenticated caller of a gRPC method and what it may see: admins everything, a therapist
/// their clinic's patients, a patient only their own data.</summary>
public sealed record Caller(string Role, string Subject, string? Clinic)
{
    public static Caller Of(ServerCallContext context)
    {
        var user = context.GetHttpContext().User;
        string? Claim(string type) => user.FindFirst(type)?.Value;
        return new Caller(Claim(Roles.RoleClaim) ?? "", Claim(Roles.SubjectClaim) ?? "", Claim(Roles.ClinicClaim));
    }

    public bool IsAdmin => Role == Roles.Admin;

    public bool IsPatient(string patient) => Role == Roles.Patient && Subject == patient;

    public bool IsTherapistOf(string? clinic) => Role == Roles.Therapist && clinic is not null && Clinic == clinic;

    public void RequireAdmin()
    {
        if (!IsAdmin) throw Denied("this call needs the admin role");
    }

    public void RequireClinic(string clinic)
    {
        if (!IsAdmin && !IsTherapistOf(clinic)) throw Denied($"clinic '{clinic}' is not yours");
    }

    /// <summary>The patient themself, a therapist of the patient's clinic, or an admin.</summary>
    public void RequirePatient(string patient, string? patientClinic)
    {
        if (IsAdmin || IsTherapistOf(patientClinic) || IsPatient(patient)) return;
        throw Denied($"patient '{patient}' is not in your care");
    }

    /// <summary>Every access refusal of the API, so they all read alike.</summary>
    public static RpcException Denied(string why) => new(new Status(StatusCode.PermissionDenied, why));
}

namespace HepSense.Contracts.Access;

/// <summary>Who may call the API. The claims every HepSense token carries: role, clinic (therapists), sub (the user or patient id).</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Therapist = "therapist";
    public const string Patient = "patient";

    public const string RoleClaim = "role";
    public const string ClinicClaim = "clinic";
    public const string SubjectClaim = "sub";

    public const string Issuer = "hepsense-local";
    public const string Audience = "hepsense";

    public static bool IsKnown(string role) => role is Admin or Therapist or Patient;
}

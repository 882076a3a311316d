using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HepSense.Contracts.Access;

/// <summary>Mints bearer tokens with the local signing key: for the console, the simulator and tests on the node's machine.</summary>
public static class LocalTokenIssuer
{
    public static string Issue(byte[] key, string role, string subject, string? clinic, TimeSpan lifetime)
    {
        if (!Roles.IsKnown(role)) throw new ArgumentException($"unknown role '{role}' (admin, therapist or patient)", nameof(role));
        var claims = new List<Claim> { new(Roles.RoleClaim, role), new(Roles.SubjectClaim, subject) };
        if (clinic is not null) claims.Add(new Claim(Roles.ClinicClaim, clinic));
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Roles.Issuer,
            Audience = Roles.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now.AddMinutes(-1),
            Expires = now.Add(lifetime),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(key), SecurityAlgorithms.HmacSha256),
        });
    }
}

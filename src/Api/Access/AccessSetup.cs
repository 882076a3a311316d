using HepSense.Contracts.Access;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace HepSense.Api.Access;

/// <summary>JWT bearer authentication with the node's signing key; every API call needs a valid token.</summary>
public static class AccessSetup
{
    public static IServiceCollection AddHepSenseAccess(this IServiceCollection services, IConfiguration config)
    {
        var keyFile = config["HepSense:Auth:SigningKeyFile"] ?? LocalSigningKey.DefaultPath;
        var key = new SymmetricSecurityKey(LocalSigningKey.LoadOrCreate(keyFile));
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(o =>
        {
            o.MapInboundClaims = false;
            o.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = Roles.Issuer,
                ValidAudience = Roles.Audience,
                IssuerSigningKey = key,
                RoleClaimType = Roles.RoleClaim,
                NameClaimType = Roles.SubjectClaim,
                ClockSkew = TimeSpan.FromMinutes(1),
            };
        });
        // Deny by default: an endpoint is open only where it says AllowAnonymous (health, reflection).
        services.AddAuthorizationBuilder().SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }
}

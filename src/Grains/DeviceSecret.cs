using System.Security.Cryptography;
using System.Text;

namespace HepSense.Grains;

/// <summary>
/// A band's secret: 32 random bytes as 64 lowercase hex digits, issued once; only a salted PBKDF2-SHA256 hash is kept.
/// Hex, not base64url: a secret starting with '-' would be read as an option by every command line it is pasted into.
/// The iteration count is modest on purpose: the secret has 256 bits of entropy, so stretching adds no
/// real protection, while every band reconnecting after a node restart pays it once per connect.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record DeviceSecret(
    [property: Id(0)] byte[] Salt,
    [property: Id(1)] byte[] Hash,
    [property: Id(2)] int Iterations)
{
    private const int DefaultIterations = 10_000;

    public static (string Secret, DeviceSecret Stored) Issue()
    {
        var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var salt = RandomNumberGenerator.GetBytes(16);
        return (secret, new DeviceSecret(salt, Derive(secret, salt, DefaultIterations), DefaultIterations));
    }

    public bool Matches(string? secret) =>
        secret is { Length: > 0 and <= 256 } &&
        CryptographicOperations.FixedTimeEquals(Derive(secret, Salt, Iterations), Hash);

    private static byte[] Derive(string secret, byte[] salt, int iterations) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(secret), salt, iterations, HashAlgorithmName.SHA256, 32);
}

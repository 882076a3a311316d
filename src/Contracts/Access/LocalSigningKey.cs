using System.Security.Cryptography;

namespace HepSense.Contracts.Access;

/// <summary>
/// The node's token signing key (HMAC-SHA256, 256 bits) in a file only its owner can read. The node
/// creates it on first start; the console and firmware-sim on the same machine read it to mint tokens
/// for local use. Whoever can read the file is an administrator of that node.
/// </summary>
public static class LocalSigningKey
{
    public static string DefaultPath =>
        Environment.GetEnvironmentVariable("HEPSENSE_SIGNING_KEY_FILE")
        ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".hepsense", "signing.key");

    public static byte[] LoadOrCreate(string path)
    {
        if (File.Exists(path)) return Load(path);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var key = RandomNumberGenerator.GetBytes(32);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        try
        {
            using var file = new StreamWriter(path, options);
            file.Write(Convert.ToBase64String(key));
            return key;
        }
        catch (IOException) when (File.Exists(path))
        {
            return Load(path); // another process created it first
        }
    }

    public static byte[] Load(string path)
    {
        var key = Convert.FromBase64String(File.ReadAllText(path).Trim());
        return key.Length >= 32 ? key : throw new InvalidDataException($"signing key in {path} is shorter than 256 bits");
    }
}

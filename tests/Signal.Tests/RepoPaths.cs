namespace HepSense.Signal.Tests;

/// <summary>The recorded data set (data/imu), found from a test's output folder.</summary>
internal static class RepoPaths
{
    public static string Imu { get; } = Path.Combine(FindRoot(), "data", "imu");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "HepSense.sln"))) return dir.FullName;
        throw new InvalidOperationException($"HepSense.sln not found above {AppContext.BaseDirectory}.");
    }
}

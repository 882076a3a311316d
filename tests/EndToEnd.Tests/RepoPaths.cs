namespace HepSense.EndToEnd.Tests;

/// <summary>Finds files of the repository from a test's output folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Data(string relative) => Path.Combine(Root, "data", "imu", relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "HepSense.sln"))) return dir.FullName;
        throw new InvalidOperationException("HepSense.sln not found above " + AppContext.BaseDirectory);
    }
}

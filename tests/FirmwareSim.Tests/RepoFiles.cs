namespace HepSense.FirmwareSim.Tests;

public static class RepoFiles
{
    /// <summary>Absolute path of a file given relative to the repository root.</summary>
    public static string Path(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Directory.Packages.props")))
                return System.IO.Path.Combine(dir.FullName, relative);
        throw new DirectoryNotFoundException("repository root not found above " + AppContext.BaseDirectory);
    }
}

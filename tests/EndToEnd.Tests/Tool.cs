using System.Diagnostics;

namespace HepSense.EndToEnd.Tests;

/// <summary>Runs one of the project's own programs (firmware-sim, the console) as a user would, with a time limit.</summary>
public static class Tool
{
    public static Task<(int Exit, string Out, string Err)> FirmwareSim(NodeFixture node, params string[] args) => Run(node, Built("firmware-sim", "firmware-sim.dll"), args);

    public static Task<(int Exit, string Out, string Err)> Console(NodeFixture node, params string[] args) => Run(node, Built("src/Cli", "hepsense.dll"), args);

    /// <summary>The program in its own build folder (its own deps.json), built in this test's configuration by the project reference.</summary>
    private static string Built(string project, string dll)
    {
        var framework = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = framework.Parent!.Name;
        return Path.Combine(RepoPaths.Root, project, "bin", configuration, framework.Name, dll);
    }

    private static async Task<(int, string, string)> Run(NodeFixture node, string dll, string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["NO_COLOR"] = "1";
        start.Environment["HEPSENSE_SIGNING_KEY_FILE"] = node.SigningKeyFile;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try { await process.WaitForExitAsync(limit.Token); }
        catch (OperationCanceledException) { process.Kill(entireProcessTree: true); throw new TimeoutException($"{Path.GetFileName(dll)} {string.Join(' ', args)} ran past 3 minutes"); }
        return (process.ExitCode, await stdout, await stderr);
    }
}

namespace HepSense.FirmwareSim.Tests;

/// <summary>Runs firmware-sim's command line in-process, exactly as the executable would.</summary>
public static class Cli
{
    public static Task<int> RunAsync(params string[] args) => SimApp.Create().RunAsync(args);
}

namespace HepSense.FirmwareSim.Tests;

/// <summary>Runs firmware-sim's command line in-process, exactly as the executable would.</summary>
public static class Cli
{
    public static Task<int> RunAsync(params string[] args) => SimApp.Create().RunAsync(args);
}

/// <summary>
/// Tests that run the command line share one collection, so they run one at a time: Spectre.Console
/// allows one live progress display per process, and the load test captures Console.Out.
/// </summary>
[CollectionDefinition(Name)]
public sealed class CliCollection
{
    public const string Name = "command line";
}

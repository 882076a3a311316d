using System.Text.Json;

namespace HepSense.EndToEnd.Tests;

/// <summary>The console against the test node, as a script would run it: <c>--grpc</c> given, JSON read from the last line (or the text, for the human view).</summary>
public static class ConsoleRun
{
    public static async Task<JsonElement> Json(NodeFixture node, params string[] args)
    {
        var (exit, stdout, stderr) = await Tool.Console(node, [.. args, "--grpc", node.GrpcUrl, "--json"]);
        Assert.True(exit == 0, $"hepsense {string.Join(' ', args)} exited {exit}: {stderr}{stdout}");
        return JsonDocument.Parse(stdout.Trim().Split('\n')[^1]).RootElement.Clone();
    }

    /// <summary>The human view of a run that must succeed: its standard output.</summary>
    public static async Task<string> Text(NodeFixture node, params string[] args)
    {
        var (exit, stdout, stderr) = await Tool.Console(node, [.. args, "--grpc", node.GrpcUrl]);
        Assert.True(exit == 0, $"hepsense {string.Join(' ', args)} exited {exit}: {stderr}{stdout}");
        return stdout;
    }

    /// <summary>A run that must fail: its exit code and its one error line.</summary>
    public static async Task<(int Exit, string Error)> Failing(NodeFixture node, params string[] args)
    {
        var (exit, stdout, stderr) = await Tool.Console(node, [.. args, "--grpc", node.GrpcUrl]);
        Assert.True(exit != 0, $"hepsense {string.Join(' ', args)} succeeded: {stdout}");
        return (exit, (stderr + stdout).Trim());
    }

    public static string[] Keys(JsonElement e) => e.EnumerateObject().Select(p => p.Name).ToArray();
}

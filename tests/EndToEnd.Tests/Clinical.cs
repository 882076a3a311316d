using System.Text.Json;
using Grpc.Core;
using Grpc.Net.Client;
using HepSense.Contracts.Access;
using HepSense.Contracts.Api;
using HepSense.Grains.Clinical;
using ApiProgram = HepSense.Contracts.Api.Program;
using ApiExercise = HepSense.Contracts.Api.PrescribedExercise;

namespace HepSense.EndToEnd.Tests;

/// <summary>Helpers of the clinical end-to-end tests: clients per caller, a program, a band session streamed by firmware-sim.</summary>
public static class Clinical
{
    public const string Knee = "knee-extension-seated";

    public static GrpcChannel As(NodeFixture node, string role, string subject, string? clinic = null) =>
        NodeChannel.Open(node.GrpcUrl, node.Token(role, subject, clinic));

    public static ApiProgram Daily(DateOnly start, params string[] exercises)
    {
        var program = new ApiProgram { StartDate = start.ToString("yyyy-MM-dd") };
        program.Exercises.AddRange(exercises.Select(e => new ApiExercise { Exercise = e, Sets = 2, Reps = 10, TimesPerDay = 1, DaysPerWeek = 7, Side = "left" }));
        return program;
    }

    /// <summary>Streams two sets of ten reps through firmware-sim as the band <paramref name="device"/>, starting at a patient-local time; returns the true rep count.</summary>
    /// <param name="options">More options of firmware-sim's run (e.g. "--range-share", "0.5").</param>
    public static async Task<int> Stream(NodeFixture node, string device, string secret, DateTimeOffset start, int seed, params string[] options)
    {
        var truth = Path.Combine(Path.GetTempPath(), $"hepsense-truth-{Guid.NewGuid():N}.json");
        try
        {
            var (exit, stdout, stderr) = await Tool.FirmwareSim(node, [
                "run", "--exercise", Knee, "--reps", "10", "--sets", "2", "--seed", seed.ToString(),
                "--device", device, "--secret", secret, "--speed", "0", "--start", start.ToString("O"), "--truth", truth,
                "--mqtt", $"127.0.0.1:{node.MqttPort}", "--grpc", node.GrpcUrl, .. options]);
            Assert.True(exit == 0, $"firmware-sim exited {exit}: {stdout}\n{stderr}");
            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(truth));
            return json.RootElement.GetProperty("patients").EnumerateArray()
                .SelectMany(p => p.GetProperty("sessions").EnumerateArray())
                .SelectMany(s => s.GetProperty("sets").EnumerateArray())
                .Sum(s => s.GetProperty("reps").GetArrayLength());
        }
        finally
        {
            File.Delete(truth);
        }
    }

    public static DateOnly Today(TimeZoneInfo zone) => LocalTime.DateOf(DateTimeOffset.UtcNow, zone);

    public static async Task<StatusCode> Status(Func<Task> call)
    {
        try
        {
            await call();
            return StatusCode.OK;
        }
        catch (RpcException e)
        {
            return e.StatusCode;
        }
    }
}

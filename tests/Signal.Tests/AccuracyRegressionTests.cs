using System.Text.Json;
using HepSense.RepAccuracy;

namespace HepSense.Signal.Tests;

/// <summary>
/// Runs the accuracy harness over the development recordings (data/imu) and fails when any figure is
/// worse than the committed baseline (accuracy-baseline.json), with and without the gyroscope, and with every
/// physiotherapy recording played 1.5x slower (another person's tempo), with and without it. When the
/// detector improves, raise the baseline: <c>dotnet run -c Release --project benchmarks/RepAccuracy --
/// data/imu --baseline 2&gt; tests/Signal.Tests/accuracy-baseline.json</c>.
/// </summary>
public class AccuracyRegressionTests
{
    private const double Slack = 0.005;

    private const string PhysioWithoutGyroscope = "uci-pt" + AccuracyHarness.NoGyroscopeSuffix;

    private const string PhysioSlower = "uci-pt" + AccuracyHarness.SlowerSuffix;
    private const string PhysioSlowerWithoutGyroscope = PhysioWithoutGyroscope + AccuracyHarness.SlowerSuffix;

    public static TheoryData<string> Groups => ["all", "uci-pt", "muvr", PhysioWithoutGyroscope, PhysioSlower, PhysioSlowerWithoutGyroscope];

    private static string Data => RepoPaths.Imu;
    private static readonly Lazy<IReadOnlyList<FileResult>> Results = new(() => AccuracyHarness.Run(Data));
    private static readonly Lazy<IReadOnlyList<FileResult>> PhysioAccelerometerOnly = new(() => AccuracyHarness.RunWithoutGyroscope(Data, e => e.Source == "uci-pt"));
    private static readonly Lazy<IReadOnlyList<FileResult>> PhysioSlowerPatient = new(() => AccuracyHarness.RunSlower(Data, e => e.Source == "uci-pt"));
    private static readonly Lazy<IReadOnlyList<FileResult>> PhysioSlowerAccelerometerOnly = new(() => AccuracyHarness.RunSlower(Data, e => e.Source == "uci-pt", useGyroscope: false));

    [Theory]
    [MemberData(nameof(Groups))]
    public void AccuracyIsNoWorseThanTheBaseline(string group)
    {
        var baseline = JsonSerializer.Deserialize<Dictionary<string, Summary>>(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "accuracy-baseline.json")))![group];
        var results = group switch
        {
            PhysioWithoutGyroscope => PhysioAccelerometerOnly.Value.ToArray(),
            PhysioSlower => PhysioSlowerPatient.Value.ToArray(),
            PhysioSlowerWithoutGyroscope => PhysioSlowerAccelerometerOnly.Value.ToArray(),
            _ => Results.Value.Where(r => group == "all" || r.Entry.Source == group).ToArray(),
        };
        var now = Summary.Of(results);

        Assert.Equal(baseline.Files, now.Files);
        Assert.True(now.Exact >= baseline.Exact - Slack, $"{group}: exact {now.Exact} < baseline {baseline.Exact}");
        Assert.True(now.Within1 >= baseline.Within1 - Slack, $"{group}: within ±1 {now.Within1} < baseline {baseline.Within1}");
        Assert.True(now.TotalError <= baseline.TotalError + Slack, $"{group}: total error {now.TotalError} > baseline {baseline.TotalError}");
        Assert.True(now.Missed <= baseline.Missed + Slack, $"{group}: missed {now.Missed} > baseline {baseline.Missed}");
        Assert.True(now.Extra <= baseline.Extra + Slack, $"{group}: extra {now.Extra} > baseline {baseline.Extra}");
        // The partial flag against the labels (uci-pt's low-amplitude executions), where the baseline has it.
        if (baseline.PartialPrecision is { } precision)
            Assert.True(now.PartialPrecision >= precision - Slack, $"{group}: partial precision {now.PartialPrecision} < baseline {precision}");
        if (baseline.PartialRecall is { } recall)
            Assert.True(now.PartialRecall >= recall - Slack, $"{group}: partial recall {now.PartialRecall} < baseline {recall}");
    }
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HepSense.RepAccuracy;

/// <summary>
/// The harness summary; shares are fractions 0–1, latency in seconds. After the count figures, how the reps are
/// measured (see <see cref="MeasureScore"/>): partial flags against the labels, |ROM error| where reps are labelled, and
/// there the reps lost and invented as shares of the labelled reps (they do not cancel as count errors do).
/// </summary>
public sealed record Summary(
    [property: JsonPropertyName("files")] int Files,
    [property: JsonPropertyName("exact")] double Exact,
    [property: JsonPropertyName("within1")] double Within1,
    [property: JsonPropertyName("total_error")] double TotalError,
    [property: JsonPropertyName("missed")] double Missed,
    [property: JsonPropertyName("extra")] double Extra,
    [property: JsonPropertyName("latency_median_s")] double LatencyMedianS,
    [property: JsonPropertyName("latency_p95_s")] double LatencyP95S,
    [property: JsonPropertyName("partial_flagged")] int? PartialFlagged = null,
    [property: JsonPropertyName("partial_true")] int? PartialTrue = null,
    [property: JsonPropertyName("partial_precision")] double? PartialPrecision = null,
    [property: JsonPropertyName("partial_recall")] double? PartialRecall = null,
    [property: JsonPropertyName("partial_false_flags")] int? PartialFalseFlags = null,
    [property: JsonPropertyName("partial_basis")] string? PartialBasis = null,
    [property: JsonPropertyName("rom_error_median_deg")] double? RomErrorMedianDeg = null,
    [property: JsonPropertyName("rom_error_p90_deg")] double? RomErrorP90Deg = null,
    [property: JsonPropertyName("rom_first_error_median_deg")] double? RomFirstErrorMedianDeg = null,
    [property: JsonPropertyName("confidence_auc")] double? ConfidenceAuc = null,
    [property: JsonPropertyName("reps_lost")] double? RepsLost = null,
    [property: JsonPropertyName("reps_invented")] double? RepsInvented = null)
{
    private static readonly JsonSerializerOptions Options = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static Summary Of(IReadOnlyCollection<FileResult> results)
    {
        var files = results.Count;
        double trueReps = results.Sum(r => r.Entry.Reps);
        var latencies = results.SelectMany(r => r.LatenciesS).Order().ToArray();
        double Share(Func<FileResult, bool> p) => files == 0 ? 0 : Math.Round((double)results.Count(p) / files, 4);
        double OfTrue(double x) => trueReps == 0 ? 0 : Math.Round(x / trueReps, 4);
        double Quantile(double q) => latencies.Length == 0 ? 0 : Math.Round(latencies[(int)Math.Min(latencies.Length - 1, q * latencies.Length)], 3);
        var m = MeasureScore.Of(results);
        double? OfLabelled(int? part) => m.RepsTrue is int all and > 0 ? Math.Round((double)part!.Value / all, 4) : null;
        var labelled = m.TruePartial > 0 || m.Flagged > 0 || m.RomErrorMedianDeg is not null;
        return new Summary(files, Share(r => r.Error == 0), Share(r => Math.Abs(r.Error) <= 1),
            OfTrue(Math.Abs(results.Sum(r => r.Counted) - trueReps)), OfTrue(results.Sum(r => r.Missed)), OfTrue(results.Sum(r => r.Extra)),
            Quantile(0.5), Quantile(0.95))
        {
            Measure = m,
            PartialFlagged = labelled ? m.Flagged : null,
            PartialTrue = labelled ? m.TruePartial : null,
            PartialPrecision = m.Precision,
            PartialRecall = m.Recall,
            PartialFalseFlags = labelled ? m.FalseFlags : null,
            PartialBasis = labelled ? m.Basis : null,
            RomErrorMedianDeg = m.RomErrorMedianDeg,
            RomErrorP90Deg = m.RomErrorP90Deg,
            RomFirstErrorMedianDeg = m.RomFirstErrorMedianDeg,
            ConfidenceAuc = m.ConfidenceAuc,
            RepsLost = OfLabelled(m.RepsLost),
            RepsInvented = OfLabelled(m.RepsInvented),
        };
    }

    [JsonIgnore] public MeasureScore? Measure { get; private init; }

    public string ToJson() => JsonSerializer.Serialize(this, Options);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"files {Files}  exact {Exact:P1}  within±1 {Within1:P1}  total error {TotalError:P2}  missed {Missed:P2}  extra {Extra:P2}  latency median {LatencyMedianS:F2} s (p95 {LatencyP95S:F2} s)")
        + (Measure is { } m && (m.Flagged > 0 || m.TruePartial > 0 || m.RomErrorMedianDeg is not null) ? $"{Environment.NewLine}{"",8} {m}" : "");
}

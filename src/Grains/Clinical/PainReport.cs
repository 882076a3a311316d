namespace HepSense.Grains.Clinical;

public enum PainTiming
{
    BeforeSession,
    AfterSession,
    Other,
}

/// <summary>Pain on the 0–10 numeric rating scale, reported by the patient.</summary>
[GenerateSerializer, Immutable]
public sealed record PainReport(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] int Score,
    [property: Id(2)] PainTiming Timing = PainTiming.Other)
{
    public const int Max = 10;

    public IEnumerable<string> Errors()
    {
        if (Score is < 0 or > Max) yield return $"pain must be 0 to {Max} on the numeric rating scale, not {Score}";
        if (!Enum.IsDefined(Timing)) yield return $"unknown pain timing {(int)Timing}";
    }

    /// <summary>The highest pain reported around a session (from <paramref name="margin"/> before it to <paramref name="margin"/> after), or null.</summary>
    public static int? Around(IEnumerable<PainReport> reports, DateTimeOffset start, DateTimeOffset end, TimeSpan? margin = null)
    {
        var m = margin ?? TimeSpan.FromHours(2);
        var scores = reports.Where(r => r.At >= start - m && r.At <= end + m).Select(r => r.Score).ToArray();
        return scores.Length == 0 ? null : scores.Max();
    }
}

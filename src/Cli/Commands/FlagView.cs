using HepSense.Contracts.Api;
using Spectre.Console;

namespace HepSense.Cli.Commands;

/// <summary>How risk flags look and sort in the console: most urgent first, coloured by what they mean.</summary>
public static class FlagView
{
    /// <summary>Most urgent first; the node's order breaks ties (it already sorts by kind, then by how far past the threshold).</summary>
    public static IReadOnlyList<RiskFlag> MostUrgentFirst(IEnumerable<RiskFlag> flags) =>
        flags.Select((f, i) => (f, i)).OrderByDescending(x => x.f.Urgency).ThenBy(x => x.i).Select(x => x.f).ToList();

    /// <summary>Patients with the most urgent flag first, then those with more flags, then by id; unflagged patients last.</summary>
    public static IReadOnlyList<Patient> MostUrgentFirst(IEnumerable<Patient> patients) =>
        patients
            .OrderByDescending(p => p.Flags.Count > 0)
            .ThenByDescending(p => p.Flags.Count == 0 ? int.MinValue : p.Flags.Max(f => f.Urgency))
            .ThenByDescending(p => p.Flags.Count)
            .ThenBy(p => p.PatientId, StringComparer.Ordinal)
            .ToList();

    /// <summary>Red for what may hurt the patient, orange for a program going off track, yellow for equipment.</summary>
    public static Color Colour(string kind) => kind switch
    {
        "pain_high" or "pain_rising" => Color.Red,
        "low_adherence" or "no_data" or "partial_rising" => Color.Orange1,
        "band_offline" or "battery_low" => Color.Yellow,
        _ => Color.Yellow,
    };

    public static string Kind(string kind) => $"[{Colour(kind).ToMarkup()}]{kind.EscapeMarkup()}[/]";
}

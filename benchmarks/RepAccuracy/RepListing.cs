using System.Globalization;
using System.Text;

namespace HepSense.RepAccuracy;

/// <summary>
/// Every detected rep as CSV (for looking at how ROM, the partial flag and confidence spread), with its
/// labelled rep's range and flag where the directory has labelled reps.
/// </summary>
public static class RepListing
{
    public static string Render(IEnumerable<FileResult> results)
    {
        var text = new StringBuilder("file,set,rep,start_s,duration_s,rom_deg,partial,confidence,true_rom_deg,true_partial\n");
        foreach (var r in results)
        {
            var pairs = r.Truth is null ? r.Reps!.Select(rep => (rep, (TrueRep?)null)) : TrueRep.Match(r.Reps!, r.Truth, r.RateHz);
            foreach (var (rep, truth) in pairs)
                text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                    $"{r.Entry.File},{rep.SetNumber},{rep.RepInSet},{rep.StartSample / r.RateHz:F1},{rep.DurationS:F2},{rep.RomDeg:F1},{(rep.Partial ? 1 : 0)},{rep.Confidence:F2},{truth?.RomDeg.ToString("F1", CultureInfo.InvariantCulture)},{(truth is null ? "" : truth.Partial ? "1" : "0")}"));
        }
        return text.ToString();
    }
}

namespace HepSense.RepAccuracy;

/// <summary>
/// How well the reps are measured: the partial flag against the labels, and the range of motion against the
/// labelled one. Per rep when every file has labelled reps (simulated sets); otherwise the partial flag is scored
/// by count per file (Σ min(flagged, true) over Σ flagged and Σ true: an upper bound of per-rep precision and
/// recall, exact when a file's flags are all right or all missing), and the range of motion is not scored.
/// </summary>
/// <param name="RepsLost">
/// Where reps are labelled: labelled reps no detected rep was paired with, and detected reps paired with none (set-up
/// movements, fidgets, a rep split in two), as counts. Unlike a file's count error these do not cancel: a lost rep and an
/// invented one in the same file make it "exact" by count, and show here.
/// </param>
/// <param name="ConfidenceAuc">
/// Where reps are labelled: the chance that a detected rep matching a labelled one has a higher confidence than one
/// matching none (a jolt or fidget counted as a rep); 0.5 would mean confidence says nothing.
/// </param>
public sealed record MeasureScore(int Flagged, int TruePartial, double? Precision, double? Recall, string Basis,
    int FalseFlags, int FullReps, double? RomErrorMedianDeg, double? RomErrorP90Deg, double? RomFirstErrorMedianDeg,
    double? ConfidenceAuc = null, int? RepsTrue = null, int? RepsLost = null, int? RepsInvented = null)
{
    public static MeasureScore Of(IReadOnlyCollection<FileResult> results)
    {
        var labelled = results.Where(r => r.Entry.PartialReps is not null || r.Truth is not null).ToArray();
        var perRep = labelled.Length > 0 && labelled.All(r => r.Truth is not null && r.Reps is not null);
        int flagged = labelled.Sum(r => r.PartialCounted), agreed, truePartial, falseFlags = 0, fullReps = 0;
        var errors = new List<double>();
        var firstErrors = new List<double>();
        var (real, invented) = (new List<double>(), new List<double>());
        var (repsTrue, paired) = (0, 0);
        if (perRep)
        {
            truePartial = labelled.Sum(r => r.Truth!.Count(t => t.Partial));
            agreed = 0;
            foreach (var r in labelled)
            {
                repsTrue += r.Truth!.Count;
                foreach (var (rep, truth) in TrueRep.Match(r.Reps!, r.Truth!, r.RateHz))
                {
                    if (rep.Partial && truth is { Partial: true }) agreed++;
                    if (truth is { Partial: false }) { fullReps++; if (rep.Partial) falseFlags++; }
                    (truth is null ? invented : real).Add(rep.Confidence);
                    if (truth is null) continue;
                    paired++;
                    var error = Math.Abs(rep.RomDeg - truth.RomDeg);
                    errors.Add(error);
                    if (rep.RepInSet == 1) firstErrors.Add(error);
                }
            }
        }
        else
        {
            truePartial = labelled.Sum(r => r.Entry.PartialReps ?? 0);
            agreed = labelled.Sum(r => Math.Min(r.PartialCounted, r.Entry.PartialReps ?? 0));
            // Flags beyond a file's partial reps are false ones at least.
            falseFlags = labelled.Sum(r => Math.Max(0, r.PartialCounted - (r.Entry.PartialReps ?? 0)));
            fullReps = labelled.Sum(r => r.Entry.Reps - (r.Entry.PartialReps ?? 0));
        }
        double? Share(int part, int whole) => whole == 0 ? null : Math.Round((double)part / whole, 4);
        return new MeasureScore(flagged, truePartial, Share(agreed, flagged), Share(agreed, truePartial), perRep ? "reps" : "counts",
            falseFlags, fullReps, Quantile(errors, 0.5), Quantile(errors, 0.9), Quantile(firstErrors, 0.5), Auc(real, invented),
            perRep ? repsTrue : null, perRep ? repsTrue - paired : null, perRep ? invented.Count : null);
    }

    private static double? Auc(List<double> higher, List<double> lower)
    {
        if (higher.Count == 0 || lower.Count == 0) return null;
        var wins = higher.Sum(h => lower.Sum(l => h > l ? 1 : h == l ? 0.5 : 0));
        return Math.Round(wins / higher.Count / lower.Count, 3);
    }

    private static double? Quantile(List<double> values, double q)
    {
        if (values.Count == 0) return null;
        values.Sort();
        return Math.Round(values[(int)Math.Min(values.Count - 1, q * values.Count)], 1);
    }

    public override string ToString()
    {
        var text = System.FormattableString.Invariant(
            $"partial flagged {Flagged} / true {TruePartial}  precision {Precision:P1}  recall {Recall:P1} (by {Basis})  false flags {FalseFlags} of {FullReps} full reps{(Basis == "counts" ? " (at least)" : "")}");
        return RomErrorMedianDeg is null ? text
            : text + System.FormattableString.Invariant($"  |ROM error| median {RomErrorMedianDeg:F1}° p90 {RomErrorP90Deg:F1}° (first rep of a set: median {RomFirstErrorMedianDeg:F1}°)")
                + (ConfidenceAuc is { } auc ? System.FormattableString.Invariant($"  confidence AUC real vs invented {auc:F3}") : "")
                + (RepsTrue is { } all ? System.FormattableString.Invariant($"  reps paired with the labels: lost {RepsLost} and invented {RepsInvented} of {all}") : "");
    }
}

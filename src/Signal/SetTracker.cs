namespace HepSense.Signal;

/// <summary>
/// Groups reps into sets (a rest longer than the set gap starts a new one), flags partial reps and scores
/// how sure the detector is of each rep.
/// </summary>
/// <remarks>
/// <para><b>Partial</b>: range of motion under <see cref="DetectorTuning.PartialRomShare"/> of the prescribed range when
/// one is known, else of the typical full rep: the median of the last <see cref="DetectorTuning.PartialReferenceReps"/>
/// reps not flagged partial, since the detector started (one detector per exercise: the band's grain starts a fresh one
/// when the exercise changes). From the second rep on: while the norm holds fewer than
/// <see cref="DetectorTuning.PartialNormRampReps"/> reps the share is lower (from <see cref="DetectorTuning.PartialFirstRepShare"/>
/// with one), a young norm being less sure. It is not reset by a rest, so a block of small reps after a pause is compared
/// with the full reps before it, and partial reps do not enter it, so a run of them does not become the norm (one under
/// <see cref="DetectorTuning.PartialOutlierShare"/> of it does: so far below, the norm is the outlier; and so do
/// <see cref="DetectorTuning.PartialRunReps"/> alike flagged reps in a row when the norm holds fewer: it was the odd one).
/// A median rather than a high quantile: a block of faster reps a little smaller than the slow ones before it is not flagged.</para>
/// <para><b>A brisk rep's second witness</b> (accelerometer only): the tilt is read from the low-passed acceleration, which on a
/// brisk rep carries the arm's own acceleration, so its range scatters. When the cycle's acceleration excursion along the
/// principal axis is over <see cref="DetectorTuning.PartialBriskRatio"/> times what the tilt's change of gravity explains, the
/// tilt is not trusted alone: a rep is flagged only if that excursion is also under the share (times
/// <see cref="DetectorTuning.PartialSizeShare"/> over PartialRomShare) of the median excursion of the same full reps.</para>
/// <para><b>Confidence</b> (0–1) is the mean of three pieces of evidence that this is a deliberate repetition: how far the
/// movement cleared the detection threshold (clarity), how well its duration matches the set's reps so far (0.5 for a
/// set's first rep: nothing to compare with yet), and whether it lasted long enough to be deliberate (full at
/// <see cref="DetectorTuning.DeliberateRepS"/> and above). Short, faint or out-of-tempo movements score low: on
/// simulated sets, reps below 0.7 are ~4 % of the real ones and most of the jolts and fidgets counted as reps.</para>
/// </remarks>
internal sealed class SetTracker(double sampleRateHz, DetectorTuning tuning)
{
    private const int TempoMemory = 10;
    private readonly RecentValues _fullRoms = new((int)Math.Max(1, tuning.PartialReferenceReps));
    private readonly RecentValues _flaggedRun = new((int)Math.Max(1, tuning.PartialRunReps));
    private readonly RecentValues _fullSizes = new((int)Math.Max(1, tuning.PartialReferenceReps));     // the same reps' excursions
    private readonly RecentValues _flaggedSizes = new((int)Math.Max(1, tuning.PartialRunReps));
    private readonly RecentValues _setDurations = new(TempoMemory);
    private int _set, _repInSet, _outOfNorm, _repsJudged;
    private (Tilts Tilts, double RomDeg)? _first;      // the stream's first rep, while a change of posture may be told
    private long _lastEnd = long.MinValue;

    /// <summary>
    /// The next <paramref name="count"/> reps are judged but kept out of the norm: dips a new posture's restart hands out as
    /// reps, read on a position still holding the pick-up (see <see cref="DetectorTuning.PartialPostureDipsOutOfNorm"/>).
    /// </summary>
    public void OutOfNorm(int count)
    {
        if (tuning.PartialPostureDipsOutOfNorm > 0) _outOfNorm = count;
    }

    /// <param name="excursion">Accelerometer only: the cycle's acceleration along the principal axis, peak to peak (m/s²;
    /// NaN: not known, the tilt alone judges).</param>
    /// <param name="tilts">Accelerometer only: the gravity direction (unit vector) where the rep began and where it ended
    /// (null: not known).</param>
    public DetectedRep Add(long start, long apexAt, long apexLeft, long end, double romDeg, double peakSpeedDps, double clarity,
        double excursion = double.NaN, Tilts? tilts = null)
    {
        if (_set == 0 || start - _lastEnd > tuning.SetGapS * sampleRateHz)
        {
            _set++;
            _repInSet = 0;
            _setDurations.Clear();
        }
        _repInSet++;
        _lastEnd = end;
        var duration = (end - start) / sampleRateHz;

        if (tilts is { } t) ForgetPostureChange(t);
        var partial = JudgePartial(romDeg, excursion);
        if (_repsJudged++ == 0 && tilts is { } firstTilts) _first = (firstTilts, romDeg);

        var tempo = _setDurations.Count == 0 ? 0.5 : Agreement(duration, _setDurations.Median);
        _setDurations.Add(duration);
        var deliberate = Math.Min(1, duration / tuning.DeliberateRepS);
        var confidence = (Math.Clamp(clarity, 0, 1) + tempo + deliberate) / 3;
        return new DetectedRep(start, end, duration, romDeg, peakSpeedDps, partial, confidence, _set, _repInSet,
            (apexAt - start) / sampleRateHz, (apexLeft - apexAt) / sampleRateHz, (end - apexLeft) / sampleRateHz);
    }

    /// <summary>Flags a rep partial against the prescribed range or the norm, and keeps the norm (see the remarks).</summary>
    private bool JudgePartial(double romDeg, double excursion)
    {
        var reference = tuning.PrescribedRomDeg ?? (_fullRoms.Count >= 1 ? _fullRoms.Median : null);
        var share = tuning.PrescribedRomDeg is null ? NormShare(_fullRoms.Count) : tuning.PartialRomShare;
        var partial = reference is { } typical && romDeg < share * typical;
        var witnessed = tuning.PartialBriskRatio > 0 && tuning.PrescribedRomDeg is null && double.IsFinite(excursion);
        if (partial && witnessed && Brisk(romDeg, excursion) && _fullSizes.Count >= 1
            && excursion >= tuning.PartialSizeShare / tuning.PartialRomShare * NormShare(_fullSizes.Count) * _fullSizes.Median)
            partial = false;   // the tilt scattered: the rep's own excursion is as large as the full reps'
        var outlier = reference is { } norm && romDeg < tuning.PartialOutlierShare * norm;   // so far below, the norm is the outlier
        if (_outOfNorm > 0)
        {
            _outOfNorm--;
            return partial;
        }
        if (!partial || outlier)
        {
            _flaggedRun.Clear();
            _fullRoms.Add(romDeg);
            _flaggedSizes.Clear();
            if (witnessed) _fullSizes.Add(excursion);
        }
        else if (tuning.PartialRunReps >= 1)
        {
            _flaggedRun.Add(romDeg);
            if (witnessed) _flaggedSizes.Add(excursion);
            // More flagged reps in a row than the norm holds, alike: the norm was the odd one (a set-up counted as the first rep).
            if (_flaggedRun.Count == _flaggedRun.Capacity && _flaggedRun.Count > _fullRoms.Count && _flaggedRun.Sorted() is var run && Alike(run))
            {
                _fullRoms.Clear();
                foreach (var rom in run) _fullRoms.Add(rom);
                _flaggedRun.Clear();
                _fullSizes.Clear();
                foreach (var size in _flaggedSizes.Sorted()) _fullSizes.Add(size);
                _flaggedSizes.Clear();
            }
        }
        return partial;
    }

    /// <summary>
    /// The stream's first rep, alone in the norm, ended away from where it began and this rep set out from there, not back: a
    /// change of posture counted as a rep, not a range to judge by (see <see cref="DetectorTuning.PartialPostureChangeShare"/>).
    /// </summary>
    private void ForgetPostureChange(Tilts tilts)
    {
        var share = tuning.PartialPostureChangeShare;
        if (share > 0 && _repsJudged == 1 && _first is { } first && _fullRoms.Count == 1
            && Directions.AngleDeg(first.Tilts.From, first.Tilts.To) is var moved && moved > share * first.RomDeg
            && moved > tuning.PartialPostureChangeMinDeg
            && Directions.AngleDeg(first.Tilts.From, tilts.From) > Math.Max(share * first.RomDeg, tuning.PartialPostureChangeMinDeg))
        {
            _fullRoms.Clear();
            _fullSizes.Clear();
        }
    }

    /// <summary>
    /// The share of a norm of <paramref name="count"/> reps under which a rep is partial: from PartialFirstRepShare for one rep
    /// to PartialRomShare once the norm holds PartialNormRampReps (a norm of few reps is less sure, so a rep must be farther below).
    /// </summary>
    private double NormShare(int count)
    {
        var settled = Math.Min(1, (count - 1) / Math.Max(1, tuning.PartialNormRampReps - 1));
        return tuning.PartialFirstRepShare + (tuning.PartialRomShare - tuning.PartialFirstRepShare) * settled;
    }

    /// <summary>
    /// The acceleration excursion over what the tilt alone explains (gravity's change across <paramref name="romDeg"/>, a chord of
    /// 2 g sin(rom/2)) is over PartialBriskRatio: the arm's own acceleration is as large as gravity's change, and so is its share of
    /// the low-passed acceleration the tilt is read from. Slow reps' ratios stay under 1.5 (physio sims, uci-pt).
    /// </summary>
    private bool Brisk(double romDeg, double excursion) =>
        excursion > tuning.PartialBriskRatio * 2 * CycleCounter.Gravity * Math.Sin(Math.Max(romDeg, 0.5) * Math.PI / 360);

    private bool Alike(ReadOnlySpan<double> sorted) => sorted[0] >= tuning.PartialRomShare * sorted[^1];

    private static double Agreement(double a, double b) => a <= 0 || b <= 0 ? 0 : Math.Min(a, b) / Math.Max(a, b);
}

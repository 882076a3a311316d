namespace HepSense.Signal;

/// <summary>
/// Accelerometer only: the band's changes of posture (lying back with the dumbbells, reaching up for the bar). The gravity
/// direction, averaged over the last CycleStepHoldS, held within CycleStepSpreadDeg of its mean and lies more than
/// CycleStepDeg from the posture last settled on: the band moved there and stays. The step began where the gravity last lay
/// nearer the old posture than the new. Read from the meter's 0.2 s slots, once per slot; nothing allocated.
/// </summary>
internal sealed class PostureSteps(RepMeter meter, DetectorTuning tuning)
{
    private readonly int _holdSlots = Math.Max(2, RepMeter.SlotsIn(tuning.CycleStepHoldS));
    private readonly int _lookBack = RepMeter.SlotsIn(tuning.CycleStepLookBackS);
    private readonly double _cosStep = Math.Cos(tuning.CycleStepDeg * Math.PI / 180);
    private readonly double _cosSpread = Math.Cos(tuning.CycleStepSpreadDeg * Math.PI / 180);
    private long _checked;
    private (double X, double Y, double Z) _posture;
    private bool _settled;

    /// <summary>
    /// True when a step completed at the latest slot: where it began (sample) and the gravity direction before and after it
    /// (unit vectors).
    /// </summary>
    public bool Add(out long onset, out (double X, double Y, double Z) from, out (double X, double Y, double Z) to)
    {
        (onset, from, to) = (0, default, default);
        var closed = meter.SlotsClosed;
        if (closed == _checked || closed < _holdSlots) return false;
        _checked = closed;
        var first = closed - _holdSlots;
        double mx = 0, my = 0, mz = 0;
        for (var k = first; k < closed; k++)
        {
            var d = meter.SlotDirection(k);
            (mx, my, mz) = (mx + d.X, my + d.Y, mz + d.Z);
        }
        var norm = Math.Sqrt(mx * mx + my * my + mz * mz);
        if (norm < 1e-9) return false;
        (mx, my, mz) = (mx / norm, my / norm, mz / norm);
        for (var k = first; k < closed; k++)
        {
            var d = meter.SlotDirection(k);
            if (d.X * mx + d.Y * my + d.Z * mz < _cosSpread) return false;
        }
        if (!_settled)
        {
            (_posture, _settled) = ((mx, my, mz), true);
            return false;
        }
        var (px, py, pz) = _posture;
        if (px * mx + py * my + pz * mz >= _cosStep) return false;
        // Where the gravity last lay nearer the old posture than the new one (the slot after it begins the step).
        var (sx, sy, sz) = (mx - px, my - py, mz - pz);
        var begin = first;
        var oldest = Math.Max(meter.OldestSlot, first - _lookBack);
        for (var k = first - 1; k >= oldest; k--)
        {
            var d = meter.SlotDirection(k);
            if (d.X * sx + d.Y * sy + d.Z * sz < 0) break;
            begin = k;
        }
        (onset, from, to) = (begin * meter.SlotSamples, _posture, (mx, my, mz));
        _posture = (mx, my, mz);
        return true;
    }
}

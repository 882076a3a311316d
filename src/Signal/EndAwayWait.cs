namespace HepSense.Signal;

/// <summary>
/// Accelerometer only (<see cref="DetectorTuning.CycleEndAwayWait"/>): a rep that ended with the band held a step away from where it
/// began, after reps that came back by their ends (the set's reps rest where they begin), waits to be handed out until the band
/// leaves there, or the next rep comes. If the stream ends first with the band held there since before the rep's end, at least
/// <see cref="DetectorTuning.CycleEndHeldS"/>, the rep is dropped: a limb lifted and held as the recording stops has made no rep,
/// whether or not its cycle (the filters' answer to the lift) completed before the end (<see cref="CycleCounter"/> judges only
/// the cycle under way). Nothing allocated per sample.
/// </summary>
internal sealed class EndAwayWait(CycleCounter cycles, int backBefore, long heldSamples)
{
    private RepCandidate _rep;
    private bool _waiting;
    private int _back;          // reps in a row, up to the last handed out, that came back by their ends

    /// <summary>A rep to hand out: it waits (true) when it ended away from where it began after backBefore reps that came back.</summary>
    public bool Hold(in RepCandidate rep, long n)
    {
        var away = cycles.HeldSince(rep.Start, rep.End) <= rep.End;
        var wait = away && _back >= backBefore && cycles.HeldSince(rep.Start, n) <= rep.End;
        _back = away ? 0 : _back + 1;
        if (wait) (_rep, _waiting) = (rep, true);
        return wait;
    }

    /// <summary>At sample <paramref name="n"/>: the band left where the waiting rep held it, which goes on (true).</summary>
    public bool Left(long n, out RepCandidate rep)
    {
        rep = _rep;
        if (!_waiting || cycles.HeldSince(rep.Start, n) <= rep.End) return false;
        _waiting = false;
        return true;
    }

    /// <summary>The waiting rep, if any, goes on (true): the next rep came.</summary>
    public bool Release(out RepCandidate rep)
    {
        rep = _rep;
        if (!_waiting) return false;
        _waiting = false;
        return true;
    }

    /// <summary>The stream ended at <paramref name="last"/>: the waiting rep goes on (true) unless the band is still held away.</summary>
    public bool Ended(long last, out RepCandidate rep) =>
        Release(out rep) && !(cycles.HeldSince(rep.Start, last) <= rep.End && last - cycles.HeldSince(rep.Start, last) >= heldSamples);
}

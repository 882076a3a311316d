namespace HepSense.Grains;

/// <summary>
/// Puts a band's batches back in sequence order for the streaming rep detector. A batch beyond the next expected
/// seq is held until the missing one arrives; then it and every held batch that follows are taken in order.
/// The wait is bounded: once <see cref="MaxHeld"/> batches are held, or the held ones span
/// <see cref="MaxSpanMs"/> of device time, the gap is given up and taking resumes at the lowest held seq.
/// A batch below the next expected seq comes too late for the detector. In memory only: bounded, not persisted.
/// </summary>
public sealed class ReorderBuffer<T>
{
    /// <summary>About 8 s of one-second batches.</summary>
    public const int MaxHeld = 8;
    public const long MaxSpanMs = 5_000;

    private readonly SortedList<ulong, (long DeviceTimeMs, T Item)> _held = [];
    private ulong? _next;

    public int Count => _held.Count;

    /// <summary>
    /// Offers a batch: true if it will be taken (now or once its gap is filled or given up), false if it comes
    /// after the detector moved past its seq. An item offered again while held stays as first offered.
    /// </summary>
    public bool Offer(ulong seq, long deviceTimeMs, T item)
    {
        _next ??= seq; // the stream starts wherever this activation first hears from the band
        if (seq < _next) return false;
        _held.TryAdd(seq, (deviceTimeMs, item));
        return true;
    }

    /// <summary>
    /// Takes the next batch in order if it is here, or, when the wait exceeds its bound or
    /// <paramref name="giveUp"/> is set (the stream pauses or ends), the lowest held one past the gap.
    /// </summary>
    public bool TryTake(bool giveUp, out T item)
    {
        item = default!;
        if (_held.Count == 0) return false;
        var seq = _held.Keys[0];
        if (seq != _next && !giveUp && !OverBound()) return false;
        item = _held.Values[0].Item;
        _held.RemoveAt(0);
        _next = seq + 1;
        return true;
    }

    /// <summary>Forgets everything: the band numbers its batches from the start again.</summary>
    public void Reset()
    {
        _held.Clear();
        _next = null;
    }

    private bool OverBound() =>
        _held.Count >= MaxHeld || _held.Values[_held.Count - 1].DeviceTimeMs - _held.Values[0].DeviceTimeMs >= MaxSpanMs;
}

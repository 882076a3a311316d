namespace HepSense.Signal;

/// <summary>
/// Holds a set's first reps until the set's size is known. Getting into position makes small movements before the first
/// real rep, so after a pause the next reps wait until two in a row agree in size (or the hold is full, or the last held
/// one ended too long ago); then those far smaller than the largest of them are dropped and the rest counted. Optionally
/// (<paramref name="tiltKeepShare"/> > 0; accelerometer only) also those whose tilt is far under the last held one's (a rep:
/// the hold ends on it): picking the weight up is a large acceleration (a reach to the floor) but a small turn of the wrist
/// next to the reps'. Not the largest tilt: that may be the lift itself (a clean to the shoulders turns the band 173°).
/// Optionally (<paramref name="afterLengthShare"/> > 0; accelerometer only) a small one after the largest that lasted about as
/// long and tilted the band a good part as far is kept: a partial rep, where settling comes before the set's first rep.
/// Optionally (<paramref name="likeLastShare"/> > 0; accelerometer only) so is one after the largest alike the last held in length
/// and tilt: the largest was setting up, and the reps after it are judged against each other.
/// Optionally (<paramref name="firstPostureShare"/> > 0, with <paramref name="directionAt"/>; accelerometer only) so is one
/// before the largest, as long and tilting as far, that began where the rep the hold ended on began: a partial first rep.
/// Optionally (<paramref name="setUp"/>; gyroscope only) a first of three that was getting into position is dropped.
/// </summary>
internal sealed class SetStartHold(double agreeShare, double keepShare, double waitSamples, double tiltKeepShare = 0,
    double afterLengthShare = 0, SetStartHold.SetUpShares setUp = default, double likeLastShare = 0, double firstPostureShare = 0,
    Func<long, (double X, double Y, double Z)>? directionAt = null, SetStartHold.QuickFidget quick = default, double pushShare = 0)
{
    /// <summary>
    /// When the first of three held movements was getting into position (see <see cref="SetUpFirst"/>; all 0: never):
    /// far larger and <paramref name="LargeLengthShare"/> times as long, or over <paramref name="LargeShare"/> times as
    /// large; or turned under <paramref name="SlowShare"/> of them and <paramref name="SlowLengthShare"/> times as long.
    /// </summary>
    public readonly record struct SetUpShares(double LargeLengthShare, double LargeShare, double SlowShare, double SlowLengthShare);

    /// <summary>
    /// A held movement before the one the hold ended on that lasted under <paramref name="LengthShare"/> of it and under
    /// <paramref name="MaxSamples"/>, and moved at least <paramref name="BriskShare"/> as hard, is a fidget (see <see cref="Quick"/>;
    /// LengthShare 0: never).
    /// </summary>
    public readonly record struct QuickFidget(double LengthShare, double MaxSamples, double BriskShare);

    private readonly RepCandidate[] _held = new RepCandidate[3];

    /// <summary>A set is starting: its reps are held. True from the start and after each pause, until released.</summary>
    public bool SetStarting { get; private set; } = true;

    /// <summary>How many reps are held now.</summary>
    public int Count { get; private set; }

    /// <summary>Where the last held rep ended.</summary>
    public long LastEnd => _held[Count - 1].End;

    /// <summary>Where the first held rep began.</summary>
    public long FirstStart => _held[0].Start;

    /// <summary>How many times a set was started (<see cref="StartSet"/>).</summary>
    public int Starts { get; private set; }

    /// <summary>A pause: the next reps start a set.</summary>
    public void StartSet()
    {
        SetStarting = true;
        Starts++;
    }

    /// <summary>Holds a rep of a starting set; true when the set's size is known and the hold should be released.</summary>
    public bool Add(in RepCandidate rep)
    {
        _held[Count++] = rep;
        return Count == _held.Length || (Count >= 2 && _held[Count - 2].AgreesWith(rep, agreeShare));
    }

    /// <summary>The last held rep ended too long ago for the next to be compared with it.</summary>
    public bool Due(long n) => Count > 0 && n - _held[Count - 1].End > waitSamples;

    /// <summary>Forgets the held reps (they were a fidget); the set is still starting.</summary>
    public void Drop() => Count = 0;

    /// <summary>Forgets the held reps that began at or after <paramref name="start"/> (a fidget); the set is still starting.</summary>
    public void DropFrom(long start)
    {
        while (Count > 0 && _held[Count - 1].Start >= start) Count--;
    }

    /// <summary>Ends the hold: the reps to count, in order (valid until the next <see cref="Add"/>).</summary>
    public ReadOnlySpan<RepCandidate> Release()
    {
        var from = SetUpFirst() ? 1 : 0;
        var (largest, largestAt) = (0.0, from);
        for (var i = from; i < Count; i++)
            if (_held[i].Amplitude > largest) (largest, largestAt) = (_held[i].Amplitude, i);
        var tilt = _held[Count - 1].RomDeg;
        var kept = 0;
        for (var i = from; i < Count; i++)
            if (Quick(i)) continue;
            else if ((_held[i].Amplitude >= keepShare * largest || i > largestAt && (PartialRep(_held[i], _held[largestAt]) || LikeLast(i))
                    || i < largestAt && PartialFirst(i, largestAt))
                && _held[i].RomDeg >= tiltKeepShare * tilt)
                _held[kept++] = _held[i];
            else if (PushedLift(i) && _held[i].Amplitude >= keepShare * largest)
                _held[kept++] = _held[i] with { RomDeg = _held[i].PushTiltDeg };
        Count = 0;
        SetStarting = false;
        return _held.AsSpan(0, kept);
    }

    /// <summary>
    /// A small held movement after the largest, as long as the last held one (the rep the hold ended on) and tilting the band
    /// as far, is a rep like it (likeLastShare > 0; accelerometer only): the largest was the set-up (reaching up for the bar,
    /// lying back with the dumbbells), whose acceleration dwarfs the reps', and a first rep made while the filters still settle
    /// on it is often half the next one's. Its tilt and length do not depend on that; settling's and fidgets' do differ.
    /// </summary>
    private bool LikeLast(int i)
    {
        if (!(likeLastShare > 0)) return false;
        if (i == Count - 1) return Count == _held.Length;
        ref readonly var last = ref _held[Count - 1];
        return RepCandidate.Alike(_held[i].Length, last.Length, likeLastShare) && RepCandidate.Alike(_held[i].RomDeg, last.RomDeg, likeLastShare);
    }

    /// <summary>
    /// A held movement before the one the hold ended on (a rep), quick and brisk by <see cref="QuickFidget"/>, is a fidget,
    /// whatever its size: out and back in under a second, where the set's reps and partial reps take their time.
    /// </summary>
    private bool Quick(int i) => quick.LengthShare > 0 && i < Count - 1 && _held[i].Length < quick.LengthShare * _held[Count - 1].Length
        && _held[i].Length < quick.MaxSamples && _held[i].Amplitude >= quick.BriskShare * _held[Count - 1].Amplitude;

    /// <summary>
    /// A held cycle whose tilt is far under the last held one's is no pick-up when it was a set's first lift read from its second lobe
    /// (pushShare > 0, <see cref="RepCandidate.PushFrom"/>): read from where its push began, it tilted the band alike the last held
    /// (pushShare both ways) and began where that one began (within firstPostureShare of its tilt). A quick lift's push is a small
    /// lobe before gravity's; a pick-up begins where the weight was, not where the set's reps begin.
    /// </summary>
    private bool PushedLift(int i)
    {
        ref readonly var c = ref _held[i];
        ref readonly var last = ref _held[Count - 1];
        return pushShare > 0 && directionAt is not null && i < Count - 1 && c.PushFrom >= 0
            && RepCandidate.Alike(c.PushTiltDeg, last.RomDeg, pushShare)
            && Directions.AngleDeg(directionAt(c.PushFrom), directionAt(last.Start)) <= firstPostureShare * c.PushTiltDeg;
    }

    /// <summary>
    /// A small held movement after the largest is a partial rep, not settling (which comes before the set's first rep), when
    /// it lasted about as long as the largest (from agreeShare to afterLengthShare times as long; 0: never) and tilted the band
    /// at least tiltKeepShare as far (one before the largest must too, see <see cref="PartialFirst"/>). A set-up move (a reach
    /// for the weight, a step) is far quicker or far slower than a rep, a wobble in the rest after it hardly tilts the band.
    /// </summary>
    private bool PartialRep(in RepCandidate rep, in RepCandidate largest) =>
        afterLengthShare > 0 && rep.Length >= agreeShare * largest.Length && rep.Length <= afterLengthShare * largest.Length
        && rep.RomDeg >= tiltKeepShare * largest.RomDeg;

    /// <summary>
    /// A small held movement before the largest is a partial rep too (firstPostureShare > 0) when, besides lasting and tilting as
    /// <see cref="PartialRep"/> asks, it began where the rep the hold ended on began (within firstPostureShare of its own tilt): a
    /// first rep cut short starts from the set's posture, as the reps do; getting into position, a reach for the weight or a
    /// shift of the limb begins elsewhere (simulated partial first reps 0.08–0.19 of their tilt from there; a goblet squat's reach
    /// 133°, muvr's small first movements 0.44–4.7 times their tilt).
    /// </summary>
    private bool PartialFirst(int i, int largestAt) =>
        firstPostureShare > 0 && directionAt is not null && PartialRep(_held[i], _held[largestAt])
        && Directions.AngleDeg(directionAt(_held[i].Start), directionAt(_held[Count - 1].Start)) <= firstPostureShare * _held[i].RomDeg;

    /// <summary>
    /// The first of three held movements was getting into position (lying back on the bench, picking the weight up), not a
    /// rep: it is over 1 / keepShare times the larger of the two after it and at least LargeLengthShare times as long as
    /// the longer (0: never), or over LargeShare times the larger whatever its length (0: not by size alone). They need
    /// not agree (the first press after lying back is often measured small): the set's reps cannot both be that much smaller
    /// and quicker than a rep of it. The mirror of keepShare's test: there the first reps are small, quick fidgets before the
    /// set; here a large, slow movement before smaller reps would set the set's size. Or it is not alike the two and far
    /// slower than the longer (<see cref="RepCandidate.FarSlower"/> by SlowShare and SlowLengthShare, as a lone first is judged
    /// in <see cref="SetUpWait.IsSetUp"/>): a slow shift of the limb between blocks (uci-pt s1-e5-template: 0.5–0.7 of the
    /// next, 2.6 times as long).
    /// </summary>
    private bool SetUpFirst()
    {
        if (!(setUp.LargeLengthShare > 0 && Count == _held.Length)) return false;
        ref readonly var first = ref _held[0];
        var (size, length) = (Math.Max(_held[1].Amplitude, _held[2].Amplitude), Math.Max(_held[1].Span, _held[2].Span));
        return first.FarLarger(size, length, keepShare, setUp.LargeLengthShare, setUp.LargeShare)
            || first.FarSlower(Math.Max(_held[1].Turned, _held[2].Turned), length, setUp.SlowShare, setUp.SlowLengthShare);
    }
}

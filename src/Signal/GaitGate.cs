namespace HepSense.Signal;

/// <summary>
/// Walking is not reps: a band on a leg or an arm swings once per stride while walking, as a rep would, and on the trunk
/// bounces once per step. Gait reads in the acceleration's magnitude, whatever the mounting: every step jolts it (the heel
/// strike, the body's bounce) at a steady step period. A step is the magnitude's band (1–3 Hz) rising over a floor (once per
/// rise from below zero, its time interpolated); a run of <see cref="DetectorTuning.GaitSteps"/> steady steps is gait, from
/// the run's first step, and gait goes on while steps keep a walking pace. On the shank or ankle the band's own heel strike
/// and swing cross the step floor at irregular phases, but once per stride the band rises over a higher floor with a jolt
/// (|a| standing out from its neighbours: a heel strike is a spike, a rep's |a| is smooth): a run of
/// <see cref="DetectorTuning.GaitStrides"/> steady strides is gait too. A shuffle (slow, small, jittery steps) is a third
/// rhythm: steps over a lower floor, steady within a looser share, at a shuffle's slow pace; inside it only reps that turned the
/// band little and came at its stride rate (a rep per two steps, rep after rep) are strides. With a gyroscope a fourth, for
/// the lower leg: a jolt, however small, where the band's swing turns back (the heel strike), once per stride. Reps reach <see cref="Pass"/> in order: one half
/// inside gait is dropped (with a gyroscope, only if it turned the band no more than a stride swings a limb), one handed out
/// while a long enough run of steps or strides is coming waits for the verdict (a movement's first reps after a pause, when they
/// lasted a stride of the rhythm under way: from its second steady step or stride, see <see cref="Early"/>), any other passes
/// at once. O(1) per sample.
/// </summary>
internal sealed class GaitGate
{
    private readonly SosFilter _band;
    private readonly double _maxStep, _steadyShare, _maxRom;
    private readonly int _waitSteps;
    // A walk's first strides (a movement's first reps after a pause) wait from fewer steady steps or strides when they lasted a
    // stride of the rhythm under way: its verdict comes only after a walk's first strides were counted. Later reps wait as before.
    [Flags]
    private enum Rhythms { None = 0, Walk = 1, Shuffle = 2, Swing = 4, ShuffleSwing = 8 }
    private readonly int _freshReps, _freshWait;
    private readonly double _freshGap, _freshShare, _maxAnyStrideRom;
    private int _chain;                // reps handed out since the last pause
    private Rhythms _early;            // the rhythms the waiting reps wait on from _freshWait (the first of them decides)
    private readonly Queue<(RepCandidate Rep, double Period, double Before)> _waiting = new();   // each with its time since the rep before
    private double _lastRepStart = -1e12, _lastRepEnd = -1e12, _lastPeriod, _periodBefore;
    private double _last;              // the band's last value
    private StepRhythm _walking;
    // A shuffle (a patient in pain: slow, small and irregular steps): steps at a lower floor and a looser steadiness, whose
    // reps are strides only when they turned the band little (a shuffle swings a limb ±4–15°), with or without a gyroscope.
    private StepRhythm _shuffling;
    private readonly double _maxShuffleRom, _shuffleStrideShare;
    // A long walk: many steady steps at a walking pace over the shuffle's floor (more in a row than a set's reps make); nothing
    // waits for it, reps that come while it holds at its stride rate are dropped.
    private LongWalk _longWalk;
    private readonly bool _longWalks;
    private readonly double _maxLongRom;
    private readonly bool _hasGyroscope;
    // The stride rhythm (shank, ankle: the band's own heel jolts it hard once per stride, the other heel barely).
    private readonly double _strideFloor, _minStride, _maxStride, _maxStrideRom, _joltFloor, _joltWithin;
    private readonly int _strides, _waitStrides, _lag;
    private readonly double[] _recent;          // |a| over the last two lags, a ring (a power of two long: masked, not divided)
    private readonly long _mask;
    private long _jolt = long.MinValue / 2;     // the last jolt's sample
    private double _pending = -1e12;            // a rise over the stride floor waiting for its jolt (it may come just after)
    private bool _strideArmed;
    private StrideRhythm _striding;
    // The swing rhythm (gyroscope; shank, ankle): a jolt, however small, where the band's swing ends (the heel strikes at the
    // shank's forward turn), once per stride. A rep's |a| has no jolt at its turns; the sampled size of a 30 ms strike does not matter.
    private readonly bool _swings;
    private readonly double _swingJolt, _swingEndShare, _swingMinRate, _swingDecay;
    private readonly double[] _rates;           // |ω| over the last two lags, beside _recent
    private double _swingPeak;                  // |ω|'s recent peak, decaying
    private StrideRhythm _swinging;
    // The same at a shuffle's pace and steadiness, with a softer landing's jolt (0: off).
    private readonly double _shuffleSwingJolt, _maxShuffleSwingRom;
    private readonly double _leastSwingJolt;    // the lower of the two swing jolts' floors
    private StrideRhythm _shuffleSwinging;
    // A long shuffle on the lower leg: the swing's soft landings (over a lower floor still), more strides at one period in a row
    // than a set has reps; nothing waits for it, reps at its stride rate that turned the band little are dropped while it holds.
    private readonly double _longStrideJolt;
    private LongStrides _longStrides;
    // Getting up from a set, then walking away: the slow way up (and the rest after it) reads as a way out, the walk's first
    // stride as a quick way back. Such a rep waits for what follows: strides at once (far shorter reps) drop it.
    private readonly double _quickBack, _quickNext, _quickNextShare, _quickNextHeldShare;
    private long _lastBack = long.MaxValue, _lastSpan, _heldLastSpan;
    private RepCandidate _held;
    private bool _holding;

    public GaitGate(double fs, bool hasGyroscope, DetectorTuning tuning)
    {
        _band = new SosFilter(Butterworth.BandPass(2, tuning.GaitLowHz, Math.Min(tuning.GaitHighHz, 0.4 * fs), fs));
        var minStep = tuning.GaitMinStepS * fs;
        _maxStep = tuning.GaitMaxStepS * fs;
        _steadyShare = tuning.GaitSteadyShare;
        _walking = new StepRhythm(tuning.GaitStepMs2, _steadyShare, (int)tuning.GaitSteps, tuning.GaitGapS * fs, minStep, _maxStep);
        _shuffling = new StepRhythm(tuning.GaitShuffleMs2, tuning.GaitShuffleSteadyShare, (int)tuning.GaitSteps, tuning.GaitGapS * fs,
            tuning.GaitShuffleMinStepS * fs, _maxStep);
        _maxShuffleRom = tuning.GaitShuffleMaxRomDeg;
        _longWalks = tuning.GaitLongSteps > 0 && _maxShuffleRom > 0;   // its steps are the shuffle's
        _longWalk = new LongWalk(2 * minStep, 2 * _maxStep, _maxStep, tuning.GaitLongSteadyShare, (int)tuning.GaitLongSteps);
        _maxLongRom = hasGyroscope ? tuning.GaitMaxRomDeg : tuning.GaitLongTiltMaxDeg;
        _shuffleStrideShare = tuning.GaitShuffleStrideShare;
        _hasGyroscope = hasGyroscope;
        _maxRom = hasGyroscope ? tuning.GaitMaxRomDeg : double.PositiveInfinity;   // without one, a stride's translation reads as tilt
        _waitSteps = Math.Max(1, (int)tuning.GaitWaitSteps);
        _freshReps = (int)tuning.GaitFreshReps;
        _freshWait = Math.Max(1, (int)tuning.GaitFreshWait);
        _freshGap = tuning.GaitFreshGapS * fs;
        _freshShare = tuning.GaitFreshLengthShare;
        _strides = (int)tuning.GaitStrides;
        _waitStrides = Math.Max(1, (int)tuning.GaitWaitStrides);
        _strideFloor = tuning.GaitStrideMs2;
        _minStride = 2 * minStep;
        _maxStride = 2 * _maxStep;
        _maxStrideRom = hasGyroscope ? tuning.GaitStrideMaxRomDeg : double.PositiveInfinity;
        _lag = Math.Max(1, (int)Math.Round(tuning.GaitJoltS * fs));   // the jolt's scale in time, whatever the rate
        _recent = new double[System.Numerics.BitOperations.RoundUpToPowerOf2((uint)(2 * _lag + 1))];
        _mask = _recent.Length - 1;
        _joltFloor = tuning.GaitJoltMs2;
        _joltWithin = tuning.GaitJoltWithinS * fs;
        _swings = hasGyroscope && tuning.GaitSwingJoltMs2 > 0 && _strides > 0;
        _swingJolt = tuning.GaitSwingJoltMs2;
        _swingEndShare = tuning.GaitSwingEndShare;
        _swingMinRate = tuning.GaitSwingMinRadS;
        _swingDecay = Math.Exp(-1 / (tuning.GaitSwingPeakS * fs));
        _rates = new double[_recent.Length];
        _shuffleSwingJolt = _swings && tuning.GaitShuffleSwingJoltMs2 > 0 ? tuning.GaitShuffleSwingJoltMs2 : double.PositiveInfinity;
        _maxShuffleSwingRom = tuning.GaitShuffleSwingMaxRomDeg;
        _longStrideJolt = _swings && tuning.GaitLongStrideJoltMs2 > 0 && tuning.GaitLongSteps > 0 ? tuning.GaitLongStrideJoltMs2 : double.PositiveInfinity;
        _leastSwingJolt = Math.Min(Math.Min(_swingJolt, _shuffleSwingJolt), _longStrideJolt);
        _maxAnyStrideRom = Math.Max(Math.Max(_maxRom, _maxShuffleRom), Math.Max(_maxStrideRom, _maxShuffleSwingRom));
        _striding = new StrideRhythm(_minStride, _steadyShare, _maxStride, _strides);
        _swinging = new StrideRhythm(_minStride, _steadyShare, _maxStride, _strides);
        var shuffleShare = tuning.GaitShuffleSteadyShare;   // a shuffle's least stride, less its jitter
        _quickBack = tuning.GaitQuickBackShare;
        _quickNext = tuning.GaitQuickBackNextS * fs;
        _quickNextShare = tuning.GaitQuickBackNextShare;
        _quickNextHeldShare = tuning.GaitQuickBackNextHeldShare;
        _shuffleSwinging = new StrideRhythm(2 * tuning.GaitShuffleMinStepS * fs * (1 - shuffleShare), shuffleShare, _maxStride, _strides);
        _longStrides = new LongStrides(2 * tuning.GaitShuffleMinStepS * fs * (1 - shuffleShare), _maxStride, tuning.GaitLongSteadyShare,
            (int)tuning.GaitLongSteps / 2);
    }

    public void Settle(in ImuSample s) => _band.Settle(Magnitude(in s));

    /// <summary>The next sample (at the detector's own rate).</summary>
    public void Add(long n, in ImuSample s)
    {
        var m = Magnitude(in s);
        var b = _band.Process(m);
        _walking.Add(n, b, _last);
        if (_maxShuffleRom > 0)
        {
            var last = _shuffling.LastStep;
            _shuffling.Add(n, b, _last);
            if (_longWalks)
            {
                if (_shuffling.LastStep != last) _longWalk.Step(_shuffling.LastStep);
                _longWalk.Expire(n);
            }
        }
        if (_strides > 0)
        {
            var jolt = Strides(n, m, b);
            if (_swings) Swings(n, Math.Sqrt((double)s.Gx * s.Gx + (double)s.Gy * s.Gy + (double)s.Gz * s.Gz), jolt);
        }
        _last = b;
    }

    /// <summary>
    /// The swing rhythm's sample, with <see cref="Strides"/>' <paramref name="jolt"/>: a jolt a lag ago while |ω| was near rest
    /// after a swing (under a share of its recent peak, itself a limb's swing) is a heel strike at the swing's end: a stride.
    /// </summary>
    private void Swings(long n, double w, double jolt)
    {
        _rates[n & _mask] = w;
        _swingPeak = Math.Max(w, _swingPeak * _swingDecay);
        // Most samples have no jolt: tested first (it is 0 until two lags are in, and both jolt floors are above 0).
        if (jolt > _leastSwingJolt && _swingPeak >= _swingMinRate && _rates[(n - _lag) & _mask] < _swingEndShare * _swingPeak)
        {
            if (jolt > _swingJolt) _swinging.Add(n - _lag);
            if (jolt > _shuffleSwingJolt) _shuffleSwinging.Add(n - _lag);
            if (jolt > _longStrideJolt) _longStrides.Land(n - _lag);
        }
        _swinging.Expire(n);
        _shuffleSwinging.Expire(n);
        _longStrides.Expire(n);
    }

    /// <summary>The stride rhythm's sample: |a| (m) and its band (b), before <see cref="_last"/> moves on; its jolt (0 at first).</summary>
    private double Strides(long n, double m, double b)
    {
        // A jolt: |a| a lag ago stands out from the mean of both sides (a heel strike is a spike; a rep's |a| is smooth).
        _recent[n & _mask] = m;
        double jolt = 0;
        if (n >= 2 * _lag)
        {
            jolt = Math.Abs(_recent[(n - _lag) & _mask] - 0.5 * (_recent[(n - 2 * _lag) & _mask] + m));
            if (jolt > _joltFloor)
            {
                _jolt = n - _lag;
                if (_jolt - _pending <= _joltWithin) _striding.Add(_pending);   // the band rose just before the heel struck
                _pending = -1e12;
            }
        }
        if (b < 0) _strideArmed = true;
        if (_strideArmed && b > _strideFloor)
        {
            _strideArmed = false;
            var at = n - (b - _strideFloor) / (b - Math.Min(_last, _strideFloor));
            if (n - _jolt <= _joltWithin) _striding.Add(at);
            else _pending = at;
        }
        _striding.Expire(n);
        return jolt;
    }

    /// <summary>Steps are coming (two or more at a step's period, the last one recent): a rep ending now waits for the verdict.</summary>
    private bool Stepping(long n) => Coming(_walking, n, Rhythms.Walk) || ComingStrides(n)
        || _maxShuffleRom > 0 && Coming(_shuffling, n, Rhythms.Shuffle) || ComingSwings(n);

    /// <summary>
    /// A rhythm is coming but not confirmed yet: the verdict is still out (the walk's steps and the strides settle each other, as
    /// before; the shuffle's own verdict is awaited too, but its confirming does not let out reps that wait for the walk's).
    /// </summary>
    private bool Unconfirmed(long n) => !_walking.Run.On && !_striding.Run.On && (Coming(_walking, n, Rhythms.Walk) || ComingStrides(n))
        || _maxShuffleRom > 0 && !_shuffling.Run.On && Coming(_shuffling, n, Rhythms.Shuffle)
        || !_swinging.Run.On && Coming(_swinging, n, Rhythms.Swing) || !_shuffleSwinging.Run.On && Coming(_shuffleSwinging, n, Rhythms.ShuffleSwing);

    private bool ComingStrides(long n) => _strides > 0 && _striding.Coming(n, _waitStrides);

    private bool ComingSwings(long n) => Coming(_swinging, n, Rhythms.Swing) || Coming(_shuffleSwinging, n, Rhythms.ShuffleSwing);

    private bool Coming(in StrideRhythm swings, long n, Rhythms which) => _swings && swings.Coming(n, Wait(which, _waitStrides));

    private bool Coming(in StepRhythm steps, long n, Rhythms which) =>
        (steps.Run.Count >= Wait(which, _waitSteps) || steps.Run.On) && n - steps.LastStep <= _maxStep;

    /// <summary>From how many steady steps or strides of the rhythm the waiting reps wait.</summary>
    private int Wait(Rhythms which, int wait) => (_early & which) != 0 ? _freshWait : wait;

    /// <summary>
    /// The rhythms a rep waits on early: one of a movement's first reps after a pause that may be a stride (it turned the band no
    /// more than some rhythm's stride does) and lasted about a stride of that rhythm (a walk's rep is its stride). Not the strides'
    /// rise with a jolt: sped-up gym sets without a gyroscope (tempo 0.7) make them at their reps' length, and waiting on them
    /// cost latency for no gain (walk11).
    /// </summary>
    private Rhythms Early(in RepCandidate rep)
    {
        if (_chain > _freshReps || rep.RomDeg > _maxAnyStrideRom) return Rhythms.None;
        var length = rep.Span;
        var early = Rhythms.None;
        if (NearStride(length, _walking.Stride, _freshShare)) early |= Rhythms.Walk;
        if (NearStride(length, _shuffling.Stride, _freshShare)) early |= Rhythms.Shuffle;
        if (NearStride(length, _swinging.Stride, _freshShare)) early |= Rhythms.Swing;
        if (NearStride(length, _shuffleSwinging.Stride, _freshShare)) early |= Rhythms.ShuffleSwing;
        return early;
    }

    /// <summary><paramref name="length"/> lies within <paramref name="share"/> of <paramref name="stride"/>.</summary>
    private static bool NearStride(double length, double stride, double share) => Math.Abs(length - stride) <= share * stride;

    /// <summary>How many reps were dropped as strides so far.</summary>
    public long Dropped { get; private set; }

    /// <summary>
    /// A rep on its way out: passed on now, held while steps come, or (inside gait) dropped; a quick way back after a slow way out
    /// with a step in it (<see cref="QuickBack"/>) first waits for the next rep, and goes if that one began at once and was far shorter
    /// than both the held rep and the rep before it (a stride after getting up, not the set's next rep).
    /// </summary>
    public void Pass(in RepCandidate rep, long n, List<RepCandidate> passed)
    {
        if (_holding)
        {
            _holding = false;
            if (rep.Start - _held.End > _quickNext || rep.Span >= _quickNextShare * _heldLastSpan || rep.Span >= _quickNextHeldShare * _held.Span)
                Admit(_held, n, passed);
        }
        var back = rep.End - rep.ApexLeft;
        var quick = QuickBack(rep, back);
        (_lastBack, _heldLastSpan, _lastSpan) = (back, _lastSpan, rep.Span);
        if (quick) { (_held, _holding) = (rep, true); return; }
        Admit(rep, n, passed);
    }

    /// <summary>
    /// Its way back took under GaitQuickBackShare of its way out and turn and under GaitQuickBackShare × 3 of the last rep's way
    /// back, it began over GaitQuickBackNextS after the last rep ended (after the set, not within it), and a step came since it
    /// left its turn.
    /// </summary>
    private bool QuickBack(in RepCandidate rep, long back) =>
        _hasGyroscope && _quickBack > 0 && back < _quickBack * (rep.ApexLeft - rep.Start) && back < 3 * _quickBack * _lastBack
        && rep.Start - _lastRepEnd > _quickNext && _walking.LastStep >= rep.ApexLeft;

    private void Admit(in RepCandidate rep, long n, List<RepCandidate> passed)
    {
        // A rep that began before the last one ended is the same cycle counted again (another counter's view): the last one's period.
        if (rep.Start >= _lastRepEnd) (_periodBefore, _lastPeriod, _lastRepStart) = (_lastPeriod, rep.Start - _lastRepStart, rep.Start);
        if (rep.Start - _lastRepEnd > _freshGap) _chain = 0;
        _chain++;
        _lastRepEnd = Math.Max(_lastRepEnd, rep.End);
        var period = _lastPeriod;
        if (_waiting.Count == 0)
        {
            _early = Early(rep);
            if (!Stepping(n) && !IsStride(rep, period, _periodBefore)) { passed.Add(rep); return; }
        }
        _waiting.Enqueue((rep, period, _periodBefore));
        Expire(n, passed);
    }

    /// <summary>Judged once gait is confirmed or steps stop (or at the stream's end): those inside gait are dropped.</summary>
    public void Expire(long n, List<RepCandidate> passed, bool ended = false)
    {
        // Held until a far shorter rep beginning within GaitQuickBackNextS could have ended (and been handed out).
        if (_holding && (ended || n - _held.End > 2 * _quickNext + _quickNextShare * _heldLastSpan)) { _holding = false; Admit(_held, n, passed); }
        if (_waiting.Count == 0 || !ended && Unconfirmed(n)) return;
        while (_waiting.TryDequeue(out var w))
            if (!IsStride(w.Rep, w.Period, w.Before)) passed.Add(w.Rep);
            else if (IsGaitStride(w.Rep, w.Period, w.Before)) Dropped++;
    }

    /// <summary>
    /// A stride: half or more of the rep lies within gait, and it turned the band no more than a stride swings a limb (legs
    /// ±20–35°, the shank's stride reading up to ~82°; arms ±10–30°; a shuffle's far less): a rep that turned it further is no stride.
    /// </summary>
    private bool IsStride(in RepCandidate rep, double period, double before) =>
        IsGaitStride(rep, period, before) || _longWalks && InLongRun(rep, _longWalk.Long, _maxLongRom, period, before)
        || InLongRun(rep, _longStrides.Long, _maxShuffleSwingRom, period, before);

    /// <summary>
    /// A stride of a rhythm that reps wait for (walk, shuffle, strides, swings): the swing path is told (<see cref="Dropped"/>).
    /// Not the long walk's alone: its strides were counted for the swing path as before it was known, and forgetting them moved
    /// the set walked to (a lying set's first rep after a walk, lost).
    /// </summary>
    private bool IsGaitStride(in RepCandidate rep, double period, double before) =>
        rep.RomDeg <= _maxRom && Within(rep, _walking.Run)
        || rep.RomDeg <= _maxShuffleRom && Within(rep, _shuffling.Run)
            && AtStrideRate(period, _shuffling.Stride) && AtStrideRate(before, _shuffling.Stride)
        || rep.RomDeg <= _maxStrideRom && (Within(rep, _striding.Run) || Within(rep, _swinging.Run))
        || rep.RomDeg <= _maxShuffleSwingRom && Within(rep, _shuffleSwinging.Run);

    /// <summary>
    /// A stride of a long run (a long walk's, a long shuffle's landings): inside it, at its stride rate (this rep and the one
    /// before), turned the band no more than <paramref name="maxRom"/>.
    /// </summary>
    private bool InLongRun(in RepCandidate rep, in LongRun run, double maxRom, double period, double before) =>
        rep.RomDeg <= maxRom && Within(rep, run.Run) && AtStrideRate(period, run.Stride) && AtStrideRate(before, run.Stride);

    /// <summary>
    /// A shuffle's reps are its strides: one every two steps, whatever the placement (without a gyroscope the accelerometer's count
    /// may follow each step). Exercise reps whose |a| makes shuffle-like steps come at three per rep (a slow lunge: out, down,
    /// up, back; a slow bench press) or, with a gyroscope, one (a sped-up squat or lunge).
    /// </summary>
    private bool AtStrideRate(double period, double stride) => _shuffleStrideShare <= 0 || NearStride(period, stride, _shuffleStrideShare)
        || !_hasGyroscope && NearStride(2 * period, stride, _shuffleStrideShare);

    /// <summary>Half or more of the rep lies between the gait's first step and a step's time after its last.</summary>
    private static bool Within(in RepCandidate rep, in SteadyRun gait)
    {
        var from = Math.Max(rep.Start, gait.From);
        var to = Math.Min(rep.End, gait.To);
        return to > from && 2 * (to - from) >= rep.Span;
    }

    private static double Magnitude(in ImuSample s) => Math.Sqrt((double)s.Ax * s.Ax + (double)s.Ay * s.Ay + (double)s.Az * s.Az);
}

namespace HepSense.Signal;

/// <summary>
/// Walking is not reps: a band on the shank, thigh or arm swings once per stride while walking, as a rep would, and on the
/// trunk bounces once per step. Gait reads in the acceleration's magnitude, whatever the mounting: every step jolts it (the
/// heel strike, the body's bounce), at a steady step period (0.36–0.9 s: shuffling to brisk), strongly; a rep turns the band,
/// which leaves the magnitude near g, and repeats at its own, longer period. Steps are the magnitude's band (1–5 Hz) rising
/// over a floor (once per crossing); a run of <see cref="DetectorTuning.GaitSteps"/> steps at a steady period is gait, from the
/// run's first step until a step is missed. Reps reach <see cref="Pass"/> in order: one overlapping gait is dropped, one that
/// ends while steps are coming waits (a few steps at most) for the verdict, any other passes at once. O(1) per sample.
/// </summary>
internal sealed class GaitGate
{
    private readonly SosFilter _band;

    private readonly double _floor, _gap, _minStep, _maxStep, _steadyShare;
    private readonly int _steps;
    private readonly Queue<RepCandidate> _waiting = new();
    private bool _armed;
    private long _lastStep = long.MinValue / 2, _interval, _before, _runStart;
    private int _run;                  // steady intervals in a row so far
    private long _gaitStart = long.MinValue / 2, _gaitEnd = long.MinValue / 2;

    public GaitGate(double fs, DetectorTuning tuning)
    {
        var band = Butterworth.BandPass(2, tuning.GaitLowHz, Math.Min(tuning.GaitHighHz, 0.4 * fs), fs);
        _band = new SosFilter(band);
        _floor = tuning.GaitStepMs2;
        _gap = tuning.GaitGapS * fs;
        _minStep = tuning.GaitMinStepS * fs;
        _maxStep = tuning.GaitMaxStepS * fs;
        _steadyShare = tuning.GaitSteadyShare;
        _steps = (int)tuning.GaitSteps;
    }

    /// <summary>Diagnostics: the longest run of steady steps seen.</summary>
    internal int LongestRun { get; private set; }

    /// <summary>Gait holds now (its run is long enough, and the next step is not overdue).</summary>
    public bool Walking { get; private set; }

    public void Settle(in ImuSample s) => _band.Settle(Magnitude(in s));

    /// <summary>The next sample (at the detector's own rate).</summary>
    public void Add(long n, in ImuSample s)
    {
        var b = _band.Process(Magnitude(in s));
        if (b < 0) _armed = true;
        if (_armed && b > _floor && n - _lastStep >= _gap)
        {
            _armed = false;
            Step(n);
        }
        if (n - _lastStep > _maxStep && _run > 0)
        {
            _run = 0;
            Walking = false;
        }
    }

    private void Step(long n)
    {
        var interval = n - _lastStep;
        // Steady: as long as the step before the last (left and right steps may differ: the arm's or the limb's own swing
        // shifts where one side's step crosses the floor), and the stride the two make at a walking pace.
        var pace = interval <= _maxStep && interval + _interval >= 2 * _minStep && interval + _interval <= 2 * _maxStep;
        var steady = pace && _run > 0 && Math.Abs(interval - _before) <= _steadyShare * _before;
        if (steady) _run++;
        else if (pace) { _run = 1; _runStart = _lastStep - _interval; }
        else _run = 0;
        _before = _interval;
        _interval = interval;
        _lastStep = n;
        LongestRun = Math.Max(LongestRun, _run);
        if (_run >= _steps)
        {
            if (!Walking) _gaitStart = _runStart;
            Walking = true;
            _gaitEnd = n + _interval;
        }
    }

    /// <summary>Steps are coming (two or more at a step's period, the last one recent): a rep ending now waits for the verdict.</summary>
    private bool Stepping(long n) => _run > 0 && n - _lastStep <= _maxStep;

    /// <summary>A rep on its way out: passed on now, held while steps come, or (inside gait) dropped.</summary>
    public void Pass(in RepCandidate rep, long n, List<RepCandidate> passed)
    {
        if (_waiting.Count == 0 && !Stepping(n) && !InGait(rep)) { passed.Add(rep); return; }
        _waiting.Enqueue(rep);
        Expire(n, passed);
    }

    /// <summary>Judged once gait is confirmed or steps stop (or at the stream's end): those inside gait are dropped.</summary>
    public void Expire(long n, List<RepCandidate> passed, bool ended = false)
    {
        if (_waiting.Count == 0 || !ended && !Walking && Stepping(n)) return;
        while (_waiting.TryDequeue(out var rep))
            if (!InGait(rep)) passed.Add(rep);
    }

    /// <summary>Half or more of the rep lies between the gait's first step and a step's time after its last.</summary>
    private bool InGait(in RepCandidate rep)
    {
        var from = Math.Max(rep.Start, _gaitStart);
        var to = Math.Min(rep.End, _gaitEnd);
        return to > from && 2 * (to - from) >= rep.End - rep.Start;
    }

    private static double Magnitude(in ImuSample s) => Math.Sqrt((double)s.Ax * s.Ax + (double)s.Ay * s.Ay + (double)s.Az * s.Az);
}

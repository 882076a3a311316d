namespace HepSense.Signal;

/// <summary>
/// Walking is not reps: a band on a leg or an arm swings once per stride while walking, as a rep would, and on the trunk
/// bounces once per step. Gait reads in the acceleration's magnitude, whatever the mounting: every step jolts it (the heel
/// strike, the body's bounce) at a steady step period. A step is the magnitude's band (1–3 Hz) rising over a floor (once per
/// rise from below zero, its time interpolated); a run of <see cref="DetectorTuning.GaitSteps"/> steady steps is gait, from
/// the run's first step, and gait goes on while steps keep a walking pace. Reps reach <see cref="Pass"/> in order: one half
/// inside gait is dropped (with a gyroscope, only if it turned the band no more than a stride swings a limb), one handed out
/// while a long enough run of steps is coming waits for the verdict, any other passes at once. O(1) per sample.
/// </summary>
internal sealed class GaitGate
{
    private readonly SosFilter _band;
    private readonly double _floor, _gap, _minStep, _maxStep, _steadyShare, _maxRom;
    private readonly int _steps, _waitSteps;
    private readonly Queue<RepCandidate> _waiting = new();
    private bool _armed;
    private double _last;              // the band's last value
    private double _lastStep = -1e12, _interval, _before, _runStart;   // in samples, to a fraction (the floor's crossing)
    private int _run;                  // steady intervals in a row so far
    private double _gaitStart = -1e12, _gaitEnd = -1e12;

    public GaitGate(double fs, bool hasGyroscope, DetectorTuning tuning)
    {
        _band = new SosFilter(Butterworth.BandPass(2, tuning.GaitLowHz, Math.Min(tuning.GaitHighHz, 0.4 * fs), fs));
        _floor = tuning.GaitStepMs2;
        _gap = tuning.GaitGapS * fs;
        _minStep = tuning.GaitMinStepS * fs;
        _maxStep = tuning.GaitMaxStepS * fs;
        _steadyShare = tuning.GaitSteadyShare;
        _maxRom = hasGyroscope ? tuning.GaitMaxRomDeg : double.PositiveInfinity;   // without one, a stride's translation reads as tilt
        _steps = (int)tuning.GaitSteps;
        _waitSteps = Math.Max(1, (int)tuning.GaitWaitSteps);
    }

    /// <summary>Gait holds now: it was confirmed, and steps keep coming at a walking pace.</summary>
    public bool Walking { get; private set; }

    public void Settle(in ImuSample s) => _band.Settle(Magnitude(in s));

    /// <summary>The next sample (at the detector's own rate).</summary>
    public void Add(long n, in ImuSample s)
    {
        var b = _band.Process(Magnitude(in s));
        if (b < 0) _armed = true;
        if (_armed && b > _floor)
        {
            // When the band crossed the floor, between this sample and the last: at 12.5 Hz a whole sample is 14 % of a step.
            var at = n - (b - _floor) / (b - Math.Min(_last, _floor));
            if (at - _lastStep >= _gap)
            {
                _armed = false;
                Step(at);
            }
        }
        _last = b;
        if (n - _lastStep > _maxStep && (_run > 0 || Walking))
        {
            _run = 0;
            Walking = false;
        }
    }

    private void Step(double at)
    {
        var interval = at - _lastStep;
        // Steady: as long as the step before the last (left and right steps may differ: the arm's or the limb's own swing
        // shifts where one side's step crosses the floor), and the stride the two make at a walking pace.
        var pace = interval <= _maxStep && interval + _interval >= 2 * _minStep && interval + _interval <= 2 * _maxStep;
        var steady = pace && _run > 0 && Math.Abs(interval - _before) <= _steadyShare * _before;
        if (steady) _run++;
        else if (pace) { _run = 1; _runStart = _lastStep - _interval; }
        else _run = 0;
        _before = _interval;
        _interval = interval;
        _lastStep = at;
        if (_run >= _steps && !Walking)
        {
            _gaitStart = _runStart;
            Walking = true;
        }
        // Once confirmed, gait goes on while the steps keep a walking pace (one unsteady step does not end it).
        if (Walking && pace) _gaitEnd = at + interval;
        else if (!pace) Walking = false;
    }

    /// <summary>Steps are coming (two or more at a step's period, the last one recent): a rep ending now waits for the verdict.</summary>
    private bool Stepping(long n) => (_run >= _waitSteps || Walking) && n - _lastStep <= _maxStep;

    /// <summary>A rep on its way out: passed on now, held while steps come, or (inside gait) dropped.</summary>
    public void Pass(in RepCandidate rep, long n, List<RepCandidate> passed)
    {
        if (_waiting.Count == 0 && !Stepping(n) && !Stride(rep)) { passed.Add(rep); return; }
        _waiting.Enqueue(rep);
        Expire(n, passed);
    }

    /// <summary>Judged once gait is confirmed or steps stop (or at the stream's end): those inside gait are dropped.</summary>
    public void Expire(long n, List<RepCandidate> passed, bool ended = false)
    {
        if (_waiting.Count == 0 || !ended && !Walking && Stepping(n)) return;
        while (_waiting.TryDequeue(out var rep))
            if (!Stride(rep)) passed.Add(rep);
    }

    /// <summary>
    /// A stride: half or more of the rep lies within gait, and it turned the band no more than a stride swings a limb (legs
    /// ±20–35°, arms ±10–30°): a lateral raise of 80° amid fast steady presses that look like steps is no stride.
    /// </summary>
    private bool Stride(in RepCandidate rep) => rep.RomDeg <= _maxRom && InGait(rep);

    /// <summary>Half or more of the rep lies between the gait's first step and a step's time after its last.</summary>
    private bool InGait(in RepCandidate rep)
    {
        var from = Math.Max(rep.Start, _gaitStart);
        var to = Math.Min(rep.End, _gaitEnd);
        return to > from && 2 * (to - from) >= rep.End - rep.Start;
    }

    private static double Magnitude(in ImuSample s) => Math.Sqrt((double)s.Ax * s.Ax + (double)s.Ay * s.Ay + (double)s.Az * s.Az);
}

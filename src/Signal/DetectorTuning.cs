namespace HepSense.Signal;

/// <summary>The detector's constants in one place, so the accuracy harness can vary them.</summary>
internal sealed record DetectorTuning
{
    /// <summary>Band of the motion signal whose principal axis is tracked.</summary>
    public double AxisLowHz { get; init; } = 0.2;
    public double HighCutHz { get; init; } = 3;
    /// <summary>
    /// Gyroscope: the axis band's upper edge is at most this share of the sample rate (a 4–10 Hz tremor aliases to 2–6 Hz
    /// at 12.5 Hz), and the order of its low-pass (4 keeps tremor off the axis at 12.5 and 100 Hz too, but delays it).
    /// </summary>
    public double AxisHighShareOfRate { get; init; } = 0.2;
    public double AxisLowPassOrder { get; init; } = 2;
    /// <summary>The axis is only re-estimated while the motion band's RMS exceeds this (rad/s, m/s²).</summary>
    public double GyroAxisMinRadS { get; init; } = 0.1;
    /// <summary>Gyroscope: down to this RMS the axis follows a small movement along one clear axis (share of variance ≥ GyroAxisLowDominance).</summary>
    public double GyroAxisLowRadS { get; init; } = 0.03;
    public double GyroAxisLowDominance { get; init; } = 0.7;
    /// <summary>
    /// Gyroscope: while the rate's band finds no axis, the axis of the rotation itself (about its mean over SlowAxisWindowS)
    /// when its RMS is at least SlowAxisMinRad along one line (GyroAxisLowDominance) and under SlowAxisSwitchShare of it lies
    /// along the axis held; 0: never.
    /// </summary>
    public double SlowAxisMinRad { get; init; } = 0.03;
    public double SlowAxisWindowS { get; init; } = 5;
    public double SlowAxisSwitchShare { get; init; } = 0.7;
    public double AccelAxisMinMs2 { get; init; } = 0.3;
    /// <summary>Corner of the leaky integration of the gyroscope: forgets bias, keeps holds.</summary>
    public double GyroLeakHz { get; init; } = 0.003;
    /// <summary>
    /// Gyroscope bias (RotationSinceRest): learned while the band does not turn, judged on slow signals (below
    /// BiasLowPassHz: no sensor noise, no tremor). Not turning: for BiasSteadyS the gravity direction holds within
    /// BiasTiltDeg and the slow rate within SteadyRadS, and that rate is within BiasMaxRadS of the bias known so far
    /// (a turn about the vertical leaves gravity alone). The first steady stretch is averaged, later ones refine the
    /// bias over about BiasMemoryS.
    /// </summary>
    public double BiasLowPassHz { get; init; } = 0.5;
    public double BiasSteadyS { get; init; } = 0.5;
    public double BiasTiltDeg { get; init; } = 0.5;
    public double SteadyRadS { get; init; } = 0.02;
    public double BiasMaxRadS { get; init; } = 0.15;
    public double BiasMemoryS { get; init; } = 2;
    /// <summary>
    /// The band also counts as still while its raw rate stays within this of the known bias (RMS over ~0.5 s); learned over
    /// StillMemoryS (a slow small rep turns under StillRadS for most of its way: over 2 s, half of a 10° rep over 6 s was learned away).
    /// </summary>
    public double StillRadS { get; init; } = 0.05;
    public double StillMemoryS { get; init; } = 4;
    public double AxisWindowS { get; init; } = 3;
    /// <summary>
    /// Gyroscope: on a way out, when the last RecentAxisWindowS of the rate's band moved along a line (GyroAxisLowDominance) of which under
    /// RecentAxisSwitchShare lies along the axis held, the axis restarts from that window: a new rhythm about another axis
    /// (presses after lying back on the bench) no longer waits for a large set-up turn to fade from AxisWindowS (0: never).
    /// 1 s, not 1.5 (ggyro2): the lie-back's weight (and its ringing through the 0.2 Hz edge) leaves the window sooner, so the
    /// switch comes before the first presses are lost; a 0.7 s gym rep still fills it.
    /// </summary>
    public double RecentAxisWindowS { get; init; } = 1;
    public double RecentAxisSwitchShare { get; init; } = 0.3;
    /// <summary>
    /// The detector's own rate: a stream faster than this is brought down to it before detection (RateConverter; 0: never),
    /// so 100 and 200 Hz count as 50 Hz does, rep for rep. 50, not 25: 12.5–50 Hz run as they are (uci-pt and the sims were
    /// tuned at 25 Hz, muvr at 50), and 25 would alias more of a fast sensor's band into the reps' (muvr and gym at 50 Hz
    /// then counted differently, some files better and some worse).
    /// </summary>
    public double CoreRateHz { get; init; } = 50;
    /// <summary>
    /// How often the principal axes are re-estimated (both paths), in seconds of stream time at any rate (StreamClock): 0.24 s,
    /// six samples at 25 Hz, the refresh every figure was tuned with. It was 0.25 s rounded to whole samples, so 0.24 s at
    /// 25 and 50 Hz but 0.25 s at 100 and 200 Hz, and a minute in the two refreshed at unrelated moments.
    /// </summary>
    public double AxisRefreshS { get; init; } = 0.24;
    /// <summary>Swing threshold as a share of the recent typical rep amplitude.</summary>
    public double RelativeThreshold { get; init; } = 0.25;
    /// <summary>Smallest swing, in radians of integrated rotation (gyroscope).</summary>
    public double GyroFloorRad { get; init; } = 0.08;
    /// <summary>
    /// Within a set (two reps in, the last within SetGapS), the floor follows the set's own size: InSetFloorShare of its
    /// median rep, but not under InSetFloorRad nor under NoiseFloorShare × the RMS of the position's shaking (its part above
    /// JitterHz, over about JitterWindowS: tremor, aliased at low rates), and never above GyroFloorRad. Small reps of a
    /// patient in pain (2–6°) keep counting once their set has begun; a set's first reps still have to pass GyroFloorRad.
    /// </summary>
    public double InSetFloorRad { get; init; } = 0.04;
    public double InSetFloorShare { get; init; } = 0.3;
    /// <summary>
    /// A set's first counted rep under SmallSetFloorShare × GyroFloorRad is enough for the in-set floor (0: two reps always).
    /// A set that barely clears the floor is one of small reps (a heel raise turns the shank 3–8°, less in pain), and its
    /// partial reps (half the first) fall under GyroFloorRad: waiting for a second full rep lost them, and the set restarted
    /// from the next. A larger first rep keeps the two-rep wait: its set's partials clear the floor, and one rep is no set's
    /// size to judge a slow limb's hesitations by (uci-pt s1-e5-template at 1.5× tempo, +1 → +4 with no cap).
    /// </summary>
    public double SmallSetFloorShare { get; init; } = 1.8;
    public double NoiseFloorShare { get; init; } = 4;
    public double JitterHz { get; init; } = 1.5;
    public double JitterWindowS { get; init; } = 4;
    /// <summary>A rep counts once the signal has come back this share of the way to where it began.</summary>
    public double ReturnShare { get; init; } = 0.6;
    /// <summary>
    /// Gyroscope: a rep that came back ends once it made no new low for SettleS (or turned back out), at the latest
    /// MaxEndWaitS after it came back. Accelerometer: a cycle ends at most 4 × SettleS after its way back crossed.
    /// </summary>
    public double SettleS { get; init; } = 0.25;
    public double MaxEndWaitS { get; init; } = 1.5;
    /// <summary>
    /// Gyroscope: the swing threshold's memory of the typical rep size fades over this while no rep comes; in a set slower than
    /// TempoRefS per rep (the lower median of its last reps, start to coming back, once two are in) over as much longer, at
    /// most TempoMaxStretch times (a patient twice as slow waits twice as long between reps; 0: never longer).
    /// </summary>
    public double AmplitudeMemoryS { get; init; } = 20;
    public double TempoRefS { get; init; } = 3;
    public double TempoMaxStretch { get; init; } = 3;
    /// <summary>No one repeats a movement faster than this; a shorter "rep" is a jolt.</summary>
    public double MinRepS { get; init; } = 0.45;
    /// <summary>A rep both shorter than JoltLengthShare and smaller than JoltSizeShare of the set's recent reps is a jolt.</summary>
    public double JoltLengthShare { get; init; } = 0.4;
    public double JoltSizeShare { get; init; } = 0.5;
    /// <summary>
    /// 1: a jolt only within the set gap of the last rep (a movement after a longer rest begins a set: a quicker, smaller
    /// exercise after a slow one is not all jolts); 0: any time. Off: it costs uci-pt --tempo 1.5 a file (helper "leak").
    /// </summary>
    public double JoltInSetOnly { get; init; } = 0;
    /// <summary>Longest way out (start to arriving at the top); the hold at the top is not limited.</summary>
    public double MaxHalfRepS { get; init; } = 40;
    /// <summary>Gyroscope: this long without a turn, resting near the low point, is a pause (the next rep's direction is open).</summary>
    public double PolarityResetS { get; init; } = 4;
    /// <summary>A dip on the way out smaller than this share of the excursion so far does not start a new rep.</summary>
    public double DipShare { get; init; } = 0.15;
    /// <summary>
    /// Gyroscope, set-up movements (picking the weight up, getting into position) before a set of reps of another size. This
    /// many swings in a row under the threshold and alike in size (AgreeShare) are reps, not fidgets: the size memory restarts
    /// with them (0: never). PostureDips shallow dips (DipShare) in a row on one way out, each alike in size (AgreeShare) to the
    /// one before, mean the band stays in a new posture and the dips are the reps: the set restarts there, as after a pause
    /// (0: never).
    /// </summary>
    public double RhythmSwings { get; init; } = 4;
    public double PostureDips { get; init; } = 2;
    /// <summary>Gyroscope: the dips that revealed a new posture are its set's first reps (0: they are lost).</summary>
    public double CountPostureDips { get; init; } = 1;
    /// <summary>
    /// Gyroscope: a set's lone first movement whose wait (HoldS) runs out while the next rep is under way waits for it, and is
    /// dropped as getting into position when under FidgetShare of its size (or turned under SlowSetUpShare of it) and at
    /// least this many times as long (0: it never waits; SetStartHold's SlowSetUpShare test then asks no length at all).
    /// </summary>
    public double SetUpLengthShare { get; init; } = 2.2;
    /// <summary>
    /// ...or when under FidgetShare of its size and turning about an axis more than SetUpAxisDeg away from its (a reach to the
    /// floor is not about the joint the reps turn; a partial first rep is). The lone first movement waits for the next rep
    /// when that one begins within SetUpWaitS of its end and lasts at most as long (0: no axis test).
    /// </summary>
    public double SetUpAxisDeg { get; init; } = 30;
    /// <summary>See <see cref="SetUpAxisDeg"/>; not read when that is 0 (nor when <see cref="SetUpLengthShare"/> is).</summary>
    public double SetUpWaitS { get; init; } = 2;
    /// <summary>A set's first swing is a fidget when the way back runs past its start by more than this share of it.</summary>
    public double OvershootShare { get; init; } = 2;
    /// <summary>Gyroscope: a cycle of the acceleration during which the band turned less than this share of the swing floor is a rep made without turning (0: not counted).</summary>
    public double TranslationTurnShare { get; init; } = 1;
    /// <summary>
    /// Gyroscope: before the swing path has counted a rep of the set (none within SetGapS), a run of reps made without turning
    /// counts once this many cycles agree in size (held till then; dropped when the swing path starts a rep): getting into
    /// position (lifting the bar) makes two, a set of squats goes on. Within a set two agree, as ever.
    /// </summary>
    public double TranslationStartRun { get; init; } = 3;
    /// <summary>
    /// Gyroscope: the least rate the translation path's cycle counter runs at: it takes the mean of every k detector samples,
    /// k = floor(rate / this), so at 50 Hz it costs half (its band ends at 2 Hz); at 25 Hz and below it sees every sample
    /// (0: always every sample).
    /// </summary>
    public double TranslationRateHz { get; init; } = 25;
    /// <summary>A rest longer than this splits sets.</summary>
    public double SetGapS { get; init; } = 10;
    /// <summary>Gyroscope: how long after a held rep (a set's first) ended the hold waits for the next.</summary>
    public double HoldS { get; init; } = 1.5;
    /// <summary>The first rep after a pause is dropped when smaller than this share of the next.</summary>
    public double FidgetShare { get; init; } = 0.5;
    /// <summary>Two reps agree in size when the smaller is at least this share of the larger.</summary>
    public double AgreeShare { get; init; } = 0.7;
    /// <summary>Accelerometer only: the band whose dominant cycles are counted, and the hysteresis (share of its recent RMS, and floor).</summary>
    public double CycleLowHz { get; init; } = 0.15;
    public double CycleHighHz { get; init; } = 1;
    /// <summary>
    /// The high-pass edge starts at CycleLowHz and, once the period is known (PeriodMinStrength), moves to this many times
    /// the rep frequency, at most CycleLowMaxHz: slow reps keep their fundamental (0: the edge stays at CycleLowHz).
    /// </summary>
    public double CycleLowPerRep { get; init; } = 0.9;
    public double CycleLowMaxHz { get; init; } = 0.15;
    /// <summary>
    /// Once the period is known (autocorrelation ≥ PeriodMinStrength), the counted band's upper edge is this many
    /// times the rep frequency, within CycleHighMinHz..CycleHighMaxHz (and 0.4 × the sample rate).
    /// </summary>
    public double CycleHighPerRep { get; init; } = 2;
    public double CycleHighMinHz { get; init; } = 1;
    public double CycleHighMaxHz { get; init; } = 4;
    public double CycleAxisWindowS { get; init; } = 10;
    /// <summary>
    /// Accelerometer only (PostureSteps, StepEcho; helper ringing): the gravity direction, averaged over CycleStepHoldS and
    /// held within CycleStepSpreadDeg of its mean, lies more than CycleStepDeg from the posture last settled on: a change of
    /// posture, whose answer through the counted band (its ringing) is subtracted from its onset on (at most
    /// CycleStepLookBackS before the hold), until CycleStepQuietS after the last step; what it had put in the band when found
    /// fades in over CycleStepBridgeS. Only a set-up's step: a turn over CycleStepTiltShare times the larger tilt of the last
    /// two reps counted before it (with none, over CycleStepAloneDeg). 0: off.
    /// </summary>
    public double CycleStepDeg { get; init; } = 45;
    public double CycleStepHoldS { get; init; } = 2.5;
    public double CycleStepSpreadDeg { get; init; } = 15;
    public double CycleStepLookBackS { get; init; } = 6;
    public double CycleStepQuietS { get; init; } = 40;
    public double CycleStepBridgeS { get; init; } = 1;
    public double CycleStepTiltShare { get; init; } = 1.5;
    public double CycleStepAloneDeg { get; init; } = 70;
    /// <summary>
    /// Accelerometer only (helper setupstep): a counted cycle that is a set-up's step (above) is not a rep: it began before the
    /// step's onset (at most CycleStepLeadS before: longer, a rep before the step merged into it), nearer the old posture, and ended no sooner than CycleStepSlotsBefore 0.2 s slots before the onset, over
    /// CycleStepCycleShare of the way to the new posture (a rep held at the top comes back: its cycle ends near the old), and
    /// the band had not come back nearer the old posture when the set-start hold let it go. 0: off.
    /// </summary>
    public double CycleStepCycleShare { get; init; } = 0.4;
    public double CycleStepSlotsBefore { get; init; } = 2;
    public double CycleStepLeadS { get; init; } = 2;
    public double CycleRmsWindowS { get; init; } = 20;
    public double CycleShare { get; init; } = 0.5;
    public double CycleFloorMs2 { get; init; } = 0.3;
    /// <summary>
    /// Accelerometer only: the set's period, by autocorrelation of the acceleration in a band wide enough
    /// for fast reps (PeriodHighHz), between PeriodMinS and PeriodMaxS, over about PeriodMemoryS. The period is the
    /// shortest lag whose peak reaches SubPeriodShare of the highest (a repeated motion peaks at each multiple of it).
    /// Its own fixed high-pass (PeriodLowHz), a little below the counted band's, keeps more of a slow rep's fundamental and
    /// does not follow the edge the period itself moves.
    /// </summary>
    public double PeriodMinS { get; init; } = 0.5;
    public double PeriodMaxS { get; init; } = 10;
    public double PeriodMemoryS { get; init; } = 10;
    public double PeriodHighHz { get; init; } = 2;
    public double PeriodLowHz { get; init; } = 0.14;
    public double SubPeriodShare { get; init; } = 0.7;
    /// <summary>
    /// Two counted cycles are at least this share of the period apart once the autocorrelation at the period
    /// reaches PeriodMinStrength: a rep made of two sub-movements (out and in, left and right) counts once. A smaller second
    /// sub-movement comes up to about 0.6 of the period after the first; the set's next rep, a period after it, give or take
    /// the reps' varying rests.
    /// </summary>
    public double MinCycleShare { get; init; } = 0.6;
    public double PeriodMinStrength { get; init; } = 0.4;
    /// <summary>
    /// ...except a rep that begins at least CycleTempoRestS after the last one ended and whose way out is alike in
    /// size to the last one's (by tilt, CycleTiltShare): the tempo changed.
    /// </summary>
    public double CycleTempoRestS { get; init; } = 0.4;
    /// <summary>
    /// Accelerometer only: a cycle at least CycleFragmentMinLength / GravityLowPassHz long (2.7 s: the gravity estimate does
    /// not follow a faster tilt, nor RepMeter's 0.2 s slots a short one) that tilted the band under CycleFragmentShare of the
    /// smaller of the set's last two reps is not a rep (a wobble in a slow rep's hold or rest; 0: never). Tilts under
    /// CycleTiltMinDeg are not compared.
    /// </summary>
    public double CycleTiltMinDeg { get; init; } = 5;
    public double CycleFragmentShare { get; init; } = 0.2;
    public double CycleFragmentMinLength { get; init; } = 4;
    /// <summary>
    /// SoonerRep's size test compares how far each way out tilted the band (alike when the smaller is at least this share of the
    /// larger, both over CycleTiltMinDeg) instead of their peak acceleration, which the counted band's edges distort when reps
    /// speed up (uci-pt tempo 0.7 65.6 → 75.0 % exact; see README; 0: never alike. The acceleration test, CycleTempoShare 0.8,
    /// left for tilts under CycleTiltMinDeg, was removed in session 8: it changed no guard).
    /// </summary>
    public double CycleTiltShare { get; init; } = 0.3;
    /// <summary>
    /// ...or, after the same rest, no sooner than MinCycleShare of the shortest plausible period: the shortest lag whose
    /// autocorrelation peak reaches GapPeriodShare of the highest (the period itself needs SubPeriodShare). Reps of varying
    /// size and tempo (a sloppy set) blur the period's own peak under its double's or triple's, and a gap on that multiple
    /// dropped real reps; a sub-movement follows its first half without a rest.
    /// </summary>
    public double GapPeriodShare { get; init; } = 0.4;
    /// <summary>
    /// Accelerometer only: a set's first cycle holding two or more cycles of the wide band (the period's), each between
    /// MinRepS and 1 / CycleHighHz long, as regular as reps (shortest ≥ AgreeShare × longest), their lobes alike (smallest
    /// ≥ CycleSplitShare of the largest), is that many fast reps the counted band merged before it could follow the
    /// period (0: never split).
    /// </summary>
    public double CycleSplitShare { get; init; } = 0.4;
    /// <summary>
    /// Accelerometer only: a cycle after a pause this long starts a set; it is held (at most CycleHoldS after
    /// its end) until the next agrees in size, and dropped when under CycleFidgetShare of the largest of them.
    /// CycleHoldS is also how far apart two cycles of a run of reps made without turning may be (gyroscope).
    /// </summary>
    public double CyclePauseS { get; init; } = 4;
    public double CycleHoldS { get; init; } = 6;
    public double CycleFidgetShare { get; init; } = 0.3;
    /// <summary>
    /// A set's first two lobes are its first rep (and fix its direction) when the first is at least CycleLeadShare of
    /// the second (else it was settling) and the second at least CycleJoltShare of the first (else a jolt's echo).
    /// </summary>
    public double CycleLeadShare { get; init; } = 0.6;
    public double CycleJoltShare { get; init; } = 0.1;
    /// <summary>
    /// A set's direction fixed by a first cycle far smaller than a lobe against it that follows (settling, a fidget before the
    /// set) is open again: a lobe over CycleRedecideShare times that cycle's larger lobe, before any way out in the set's
    /// direction, begins a cycle that decides it anew (0: off).
    /// </summary>
    public double CycleRedecideShare { get; init; } = 2.25;
    /// <summary>
    /// ...or over CycleRedecideSlowShare times it when that cycle turned the band gently: its peak tilt speed under
    /// CycleRedecideSpeedShare of the lobe's so far (a slow shift before the set, then a brisk first rep the other way; helper
    /// gymstart11). Accelerometer path only (0: off).
    /// </summary>
    public double CycleRedecideSlowShare { get; init; } = 1.4;
    public double CycleRedecideSpeedShare { get; init; } = 0.5;
    /// <summary>After this long without movement, the next set's direction is open again (and a way out still waiting for its way back is dropped).</summary>
    public double CycleDirectionResetS { get; init; } = 10;
    /// <summary>...or this many times the last rep's length, when longer: slow reps rest longer between them (0: never).</summary>
    public double CycleDirectionResetRepLengths { get; init; } = 3;
    /// <summary>
    /// Accelerometer only, putting the weight down (SetEndHold): a cycle over CycleSetDownLengthShare times as long as the
    /// median of the set's last five (when those keep a tempo: shortest ≥ CycleSetTempoShare × longest), or leaving the band
    /// over CycleSetDownPostureDeg (and over the set's median tilt) from the set's mean gravity direction, waits for the set
    /// to go on; it is dropped when none follows within SetGapS (the posture one only if the band still lies away
    /// CycleSetDownRestS after it). 0: that test off.
    /// </summary>
    public double CycleSetDownLengthShare { get; init; } = 2.5;
    public double CycleSetDownPostureDeg { get; init; } = 60;
    public double CycleSetDownRestS { get; init; } = 2;
    public double CycleSetTempoShare { get; init; } = 0.7;
    /// <summary>
    /// Accelerometer only: a set's held first cycle that tilted the band under this share of the last held one's tilt (the
    /// hold ends on a rep; the largest may be the lift itself) is picking the weight up (a reach to the floor moves the hand
    /// a lot and turns the wrist little), not a rep (0: never).
    /// </summary>
    public double CycleSetUpTiltShare { get; init; } = 0.25;
    // Gym sets with a gyroscope (helper ggyro, 27 Nov evening): set-up movements larger than the set's reps.
    /// <summary>
    /// Gyroscope: of a set's three held first movements, the first is getting into position (lying back on the bench) and
    /// dropped, when it is over 1 / FidgetShare times the size of both others and at least this many times as long (0: never;
    /// the hold then drops the two as fidgets next to it). A lone first movement waiting for the next rep (SetUpLengthShare)
    /// that is so much larger and longer than it stays held with it for one more (SetUpWithNext).
    /// </summary>
    public double SetUpLargeLengthShare { get; init; } = 2.2;
    /// <summary>
    /// ...or over this many times their size whatever its length (the reach to the floor takes as long as a slow lunge, and
    /// is four times its turn; 0: not by size alone). Read only when SetUpLargeLengthShare > 0: 0 there turns both tests off.
    /// </summary>
    public double SetUpLargeShare { get; init; } = 3;
    /// <summary>
    /// Gyroscope: a lone first movement waiting for the next rep (SetUpLengthShare) sets the swing threshold only once it is
    /// reported (1; meanwhile it counts for the set's floor only), not from the start of its wait (0): a set-up's size would
    /// hide the smaller reps that prove it one.
    /// </summary>
    public double SetUpSizeWaits { get; init; } = 1;
    /// <summary>
    /// Gyroscope, with SetUpSizeWaits: a lone first movement waits for the next rep at least this long after its end (its size
    /// meanwhile counting only for the set's floor), whatever is under way (0: only as long as SetUpLengthShare and
    /// SetUpWaitS allow). Costs rep-report latency p95 (physio sims 3.2 → 4.6 s), not the median.
    /// </summary>
    public double SetUpNextWaitS { get; init; } = 4;
    /// <summary>See <see cref="SetUpLargeLengthShare"/> (0: the first is reported alone before the next).</summary>
    public double SetUpWithNext { get; init; } = 1;
    /// <summary>
    /// Gyroscope: a set's lone first movement, still held, that came back and settled, followed by a swing the other way past
    /// where it began, about an axis more than this far from its own, was getting into position: dropped, and the set's
    /// direction turned around so that swing is its first rep (0: never). Wider than SetUpAxisDeg, which also needs the first
    /// far smaller than the next: a real first rep of uci-pt lies up to 44° from the swing after it (s2-e5-test at tempo 0.7).
    /// </summary>
    public double SetUpTurnAroundDeg { get; init; } = 50;
    // Gym sets with a gyroscope, part 2 (helper ggyro2): the set's own reps re-establish the axis after a set-up movement.
    /// <summary>
    /// Gyroscope: once a set's first movement has ended and while no rep followed, the rate band since then (over
    /// RecentAxisWindowS, down to GyroAxisLowRadS along one line: GyroAxisLowDominance), weaker than the axis window's (mean
    /// square) and with under this share of it along the axis, restarts the axis (0: never).
    /// </summary>
    public double AfterFirstAxisShare { get; init; } = 0.5;
    // Gym sets with a gyroscope, part 3 (helper ggyro3): putting the weights down after the set's reps.
    /// <summary>
    /// Gyroscope (PutDownHold): a rep that turned the band under this share of the median of the set's last reps (three known,
    /// at most five) waits for the set to go on, and is dropped when none follows within SetGapS (0: never). Putting the
    /// dumbbells down after curls turns the wrist a fifth of a curl; a physio set's smallest last rep (a tired partial) is 0.29
    /// of its reps on the sims, uci-pt's over 0.8.
    /// </summary>
    public double PutDownTiltShare { get; init; } = 0.25;
    /// <summary>
    /// Gyroscope: when the recent-axis switch fires on a set's first way out and the band swung along the new axis within
    /// the recent window, that way out was getting into position and the rep is followed from the window's start (1; 0: the
    /// way out goes on and its "way back" is the axis change).
    /// </summary>
    public double SwitchRebase { get; init; } = 1;
    /// <summary>
    /// Gyroscope: a held small rep when the stream ends sooner than this after it is reported (the stream may have cut the set
    /// short), as the accelerometer path's CycleSetDownRestS.
    /// </summary>
    public double PutDownRestS { get; init; } = 2;
    /// <summary>
    /// Gyroscope (PutDownHold): a rep under this share of the set's last reps by both range and swing (three known, at most five),
    /// begun over PutDownBetweenApartS after the last rep ended, also waits for the set to go on, and is dropped when the next
    /// rep begins over PutDownBetweenRestS after it (within SetGapS): a movement far smaller than the reps, apart from them on
    /// both sides, settled the limb between two blocks (uci-pt s2-e8-template, 29.8 s: a shake of the forearm 0.27 of the brisk
    /// reps, 2.6 s after them and 6.3 s before the low block). A partial rep comes in the set's rhythm (uci-pt's smallest,
    /// 0.24–0.41 of the block before, are followed by the next within 2 s); when no rep follows within SetGapS it was the set's
    /// last (a tired partial) and is reported. At 0.5 the walk sims lose true partials of 0.4–0.5 (0: never).
    /// </summary>
    public double PutDownBetweenShare { get; init; } = 0.35;
    /// <summary>Gyroscope (PutDownHold): the rest after a rep held by PutDownBetweenShare that shows it settled the limb between blocks.</summary>
    public double PutDownBetweenRestS { get; init; } = 4;
    /// <summary>
    /// Gyroscope (PutDownHold): PutDownBetweenShare holds only a rep begun over this long after the last rep ended: a movement
    /// apart from the set's reps (2.6 s after the brisk block in uci-pt s2-e8-template), not a tired last partial, which follows
    /// the rep before it in the set's rhythm (0.1–0.8 s on the walk sims, then walking away within the set gap).
    /// </summary>
    public double PutDownBetweenApartS { get; init; } = 1.5;
    /// <summary>
    /// Gyroscope (PutDownHold): PutDownBetweenShare holds only a rep that turned about an axis over this many degrees from the
    /// set's last reps' (RepMeter.TurnAxis: the principal axis of the rotation's change per 0.2 s slot, its sign not looked at,
    /// so 90 at most; the reps' axes summed): settling the limb is another movement (uci-pt s2-e8-template's shake, out about
    /// the reps' axis and snapped back about another, 21–61° from the set's over the uci-pt variants), a held partial rep the
    /// same one, smaller (an in-pain knee extension's 7th rep, 26° measured 11°, 6.5 s after the rep before and 4.5 s before
    /// the next; uci-pt s1-e4-template's partial 8 s after the rep before, 0.8–2.3°). Not every real small rep is about the
    /// reps' axis: a low block's first rep right after a brisk one (uci-pt s2-e5-template) reads 38–58°, and is kept only by
    /// the next rep following it within PutDownBetweenRestS. uci-pt's full reps read 4° from their set's (median; 95th
    /// percentile 14–17°). The net turn (RepMeter.TurnVector, the farthest point) reads the shake 2° from the reps: no use.
    /// 0: the axis not looked at.
    /// </summary>
    public double PutDownBetweenAxisDeg { get; init; } = 15;
    // Gym sets with a gyroscope, part 4 (helper ggyro4): reps about a posture far from where the band last rested.
    /// <summary>
    /// Gyroscope: a dip on the way out is measured less this share of the leak's own drift back towards where the band last
    /// rested over the dip (the leak of GyroLeakHz pulls a band held 138° out, a goblet lifted to the chest, back by ~0.1 rad
    /// per squat, which deepens each squat's dip; 0: the dip as measured).
    /// </summary>
    public double DipLeakShare { get; init; } = 1;
    /// <summary>
    /// Gyroscope: and less this share of how much the top's rotation lost on the axis since (the axis turning from the lift's
    /// towards the squats' reads a lifted band lower; 0: the top as read then).
    /// </summary>
    public double DipAxisShare { get; init; } = 1;
    /// <summary>
    /// Gyroscope: only for a top held farther than this share of the way out from where the band last rested (a posture the
    /// way out led to: there a small turn of the axis moves the reading most; not a swing through the rest).
    /// </summary>
    public double DipAxisFarShare { get; init; } = 0.5;
    /// <summary>
    /// Gyroscope: when alike dips reveal a new posture, the rep under way starts at the last dip's low point (1), not where the
    /// set restarts part way out (0).
    /// </summary>
    public double PostureFromDip { get; init; } = 1;
    // Tempo (helper tempo, session 6): a set's first movement judged against the set's own reps, whatever the tempo.
    /// <summary>
    /// Gyroscope: a set's first movement, after a rest (over SetGapS since the last rep, or before any), under this share of the
    /// next rep's size is getting into position whatever its length and axis (a real first rep, even partial, is ≥ 0.3 of the
    /// next on the simulated sets; after a mere pause a small movement may be one of the set's reps; 0: never). When it is also under
    /// this share of the reps known before it, it waits while the next rep could still show that (began within SetUpWaitS of
    /// its end, and has lasted at most as long); and a movement that tiny, beginning over SetGapS after the last rep, starts
    /// a set even when the swing path found no pause in the rest.
    /// </summary>
    public double SetUpTinyShare { get; init; } = 0.25;
    /// <summary>
    /// Gyroscope: a set's first movement is also getting into position when it turned under this share of what the next reps
    /// turned (not alike them; the larger of swing and range, RepCandidate.Turned: a first rep made while the axis still settles
    /// projects short, its range does not) and lasted at least SetUpLengthShare times as long (held with two after it, or
    /// waiting alone): a slow shift of the limb between blocks, slower still at a slower tempo. FidgetShare's 0.5 let a 0.5–0.7
    /// one through (uci-pt s1-e5-template); a real partial first rep takes about as long as the next (0: only under FidgetShare).
    /// </summary>
    public double SlowSetUpShare { get; init; } = 0.7;
    /// <summary>
    /// Gyroscope (PutDownHold): a rep lasting under this share of the shortest of the set's last reps (three known, at most
    /// five), and no larger than they are, also waits for the set to go on and is dropped when none follows within SetGapS:
    /// a kick or a knock after the set (uci-pt s1-e2-test, a 23° jerk in 0.8 s after 3 s reps; at 100 / 200 Hz and 1.5× tempo
    /// the rest before it is a pause, so the swing path counts it). Not a far larger one (sitting up after bench presses,
    /// 6 × the presses: a set-down, SetUpUndoneShare's). A quick rep within the set is reported before the next (0: never).
    /// </summary>
    public double PutDownQuickShare { get; init; } = 0.4;
    // Tempo, part 4 (helper tempo2, session 6).
    /// <summary>
    /// Gyroscope: before the stream's first movement nothing is known but the swing floor (GyroFloorRad): a first movement
    /// under this many times it waits, as one tiny next to the reps known does (SetUpTinyShare), for the next rep to begin
    /// within SetGapS (unless a pause comes first) and while that rep could still show it a shift of the limb, judged by how
    /// far the band has turned since the rep began (a slow rep's swing is sized only at its top; uci-pt s1-e7-template at
    /// 1.5×: 10° over 4 s, then 60° reps of 17 s). 0: it never waits for that.
    /// </summary>
    public double FirstTinyFloors { get; init; } = 3;

    /// <summary>Low-pass of the acceleration that estimates gravity (the tilt RepMeter measures).</summary>
    public double GravityLowPassHz { get; init; } = 1.5;

    // What each rep carries (RepMeter, SetTracker).
    /// <summary>Gyroscope: when the motion axis turned more than this during a rep, its range is measured on the axis known at its end.</summary>
    public double AxisTurnedDeg { get; init; } = 15;
    /// <summary>
    /// A rep is partial under this share of the prescribed range, else of the median of the last PartialReferenceReps
    /// reps not flagged partial (uci-pt's low-amplitude reps are 55–80 % of its full ones; normal variation stays above).
    /// </summary>
    public double PartialRomShare { get; init; } = 0.8;
    public double PartialReferenceReps { get; init; } = 20;
    /// <summary>
    /// A rep under this share of that norm is flagged but enters it all the same: so far below, the norm is more likely wrong
    /// than the rep partial (a set-up counted with a set's first rep, 150° before 14° squats, set a norm of the two that flagged
    /// every rep after it for good, flagged reps never entering it; partial reps are 0.4–0.8 of full ones). 0: never enters.
    /// </summary>
    public double PartialOutlierShare { get; init; } = 0.3;
    // The partial flag from a stream's second rep, and a norm outvoted (helper partial9, session 9).
    /// <summary>
    /// With one full rep known (a stream's second rep), a rep under this share of it is partial; the share then grows to
    /// PartialRomShare as the norm fills, reaching it at PartialNormRampReps reps: a norm of few reps is less sure, so a rep must
    /// be farther below it (simulated partial reps are 0.3–0.55 of the exercise's range, full ones 0.65–1.15; a stream's second
    /// rep was where a third of the physio sims' missed flags were, the norm's first reps where many false ones were).
    /// 0 with PartialNormRampReps 2: no flag before two full reps, 0.8 from then on (the rule before).
    /// </summary>
    public double PartialFirstRepShare { get; init; } = 0.7;
    public double PartialNormRampReps { get; init; } = 5;
    /// <summary>
    /// This many flagged reps in a row (none under PartialOutlierShare), more than the norm holds and alike (the smallest at
    /// least PartialRomShare of the largest), become the norm: the norm was the odd one out (a set-up counted as the stream's
    /// first rep, 170° before 19° presses, flagged every press after it). A run of partial reps after a set's full ones is
    /// outnumbered by them (uci-pt: 10 low-amplitude reps after 20 full). 0: never.
    /// </summary>
    public double PartialRunReps { get; init; } = 3;
    // A brisk rep's second witness (accelerometer only; helper partial14, session 14).
    /// <summary>
    /// Accelerometer only: a rep whose acceleration excursion along the principal axis (peak to peak) is over this many times
    /// gravity's change across its tilt (2 g sin(rom/2)) is brisk: the low-passed acceleration the tilt is read from carries the
    /// arm's own acceleration, and its range scatters (gym sims, fast reps: read 0.2–4 times the true range). Its tilt alone does
    /// not flag it: its excursion must also be under PartialSizeShare (ramped as PartialRomShare is) of the median excursion of
    /// the norm's reps. 2: the arm's own acceleration as large as gravity's change; slow reps stay under 1.5 (physio sims,
    /// uci-pt). 0: off, the tilt alone judges (the rule before).
    /// </summary>
    public double PartialBriskRatio { get; init; } = 2;
    public double PartialSizeShare { get; init; } = 0.8;
    // A change of posture out of the norm (accelerometer only; helper rom15, session 15).
    /// <summary>
    /// Accelerometer only: when the stream's first rep ended over this share of its range away from where it began, and the
    /// second rep set out over this share of it away from there too (it did not come back: a rep goes out and returns, a held
    /// rep's leg comes down before the next), the first was a change of posture counted as a rep (lying down to bench press,
    /// read 61° before 11–12° presses; sitting or standing up before a still set) and leaves the norm before the second is
    /// judged; it flagged the next reps until PartialRunReps outvoted it (walk sims' still sets without a gyroscope: 126 of
    /// 148 false flags on reps 2–7 after an invented first rep). 0: off (it stays in the norm).
    /// </summary>
    public double PartialPostureChangeShare { get; init; } = 0.5;
    /// <summary>
    /// Both moves PartialPostureChangeShare asks for are also over this (degrees): a change of posture turns the limb with the
    /// body, while the tilt of a few-degree rep (heel raises of 3–4°, a turn about the vertical read 5°) wanders as far by noise.
    /// </summary>
    public double PartialPostureChangeMinDeg { get; init; } = 15;
    // Posture dips out of the norm (gyroscope; helper partial14b, session 14).
    /// <summary>
    /// Reps a new posture's restart hands out (the dips on the way out that revealed it, AlikeDips) are judged but do not enter
    /// the partial norm: they were read on a position still holding the pick-up (a goblet lifted 2.0–2.7 rad, presses racked
    /// at −2.5…−3.0), which the leak and the settling axis move, so they read 1.1–1.4 times their range and flagged the full
    /// reps after them (gym r25: 50 of 66 false flags). The restart never fires on uci-pt or the physio sims. 0: off (they enter).
    /// </summary>
    public double PartialPostureDipsOutOfNorm { get; init; } = 1;
    /// <summary>A rep lasting at least this long is plainly deliberate; shorter ones lower its confidence.</summary>
    public double DeliberateRepS { get; init; } = 1.5;
    public double? PrescribedRomDeg { get; init; }

    /// <summary>The defaults, with the profile's prescribed range, and room for its reps' typical length (never less than the defaults).</summary>
    public static DetectorTuning For(ExerciseProfile? profile)
    {
        var tuning = new DetectorTuning { PrescribedRomDeg = profile?.PrescribedRomDeg };
        return profile?.TypicalRepSeconds is > 0 and var typical
            ? tuning with { MinRepS = Math.Max(tuning.MinRepS, 0.3 * typical), MaxHalfRepS = Math.Max(tuning.MaxHalfRepS, 1.5 * typical) }
            : tuning;
    }

    // Gym sets without a gyroscope: picking the weight up and putting it down judged against the set's reps (SetEndHold).
    /// <summary>
    /// Accelerometer only (PickUpHold): after a rest (SetGapS; for the stream's first set, half a pause, CyclePauseS, of stillness
    /// seen before it), up to CyclePickUpCycles of a set's first cycles in a row, each tilting the band under CyclePickUpTiltShare
    /// of the upper median of the CyclePickUpLook cycles after it (of four, one more small move among them does not pull it down)
    /// and lasting at least CyclePickUpLengthShare of their median length, are picking the weight up (a reach to the floor and the
    /// lift move the hand a lot and turn the wrist little), not reps (0: never).
    /// </summary>
    public double CyclePickUpTiltShare { get; init; } = 0.25;
    public double CyclePickUpLengthShare { get; init; } = 0.7;
    public double CyclePickUpCycles { get; init; } = 2;
    public double CyclePickUpLook { get; init; } = 4;
    /// <summary>
    /// Accelerometer only (PickUpHold): ...or, whatever its tilt, it began far from where the cycles after it begin (over
    /// CyclePickUpPostureDeg and over CyclePickUpPostureShare of their tilt): the set's reps start where the set is, the pick-up
    /// where the weight was (lying back on the bench, the lift to the chest). 0: no posture test.
    /// </summary>
    public double CyclePickUpPostureShare { get; init; } = 1.5;
    public double CyclePickUpPostureDeg { get; init; } = 30;
    /// <summary>
    /// ...unless, once it had come within half their tilt of where they begin, it still tilted over CyclePickUpWithRepShare of
    /// their (median) tilt: the pick-up and the set's first rep in one cycle, counted as that rep (0: never).
    /// </summary>
    public double CyclePickUpWithRepShare { get; init; } = 0.5;
    /// <summary>
    /// ...where "within half their tilt" is never nearer than this many degrees: a floor for sets of small reps, whose half
    /// tilt is within the spread of the set's own start directions (the presses' lie 0–17° apart). Not tuned (10 since the
    /// rule came in).
    /// </summary>
    public double CyclePickUpWithRepReachDeg { get; init; } = 10;
    /// <summary>
    /// Accelerometer only (PickUpHold): the stream's first set is also judged when the band's tilt moved slower than
    /// CyclePickUpStillDps for CyclePickUpStillS before its first cycle (0: only after half a pause of stream).
    /// </summary>
    public double CyclePickUpStillS { get; init; } = 1;
    public double CyclePickUpStillDps { get; init; } = 10;
    /// <summary>
    /// Accelerometer only (PickUpHold; helper setup, 28 Nov): a set's first cycle is also picking the weight up when, for as many
    /// of the next cycles as the tilt test needs, its peak tilt speed is under CyclePickUpSpeedShare of theirs and its tilt under
    /// CyclePickUpSpeedTiltShare of theirs and under CyclePickUpSpeedMaxDeg (0: no speed test). The reach for the weight where the
    /// reps begin (rows, lunges, raises) turns the band gently (5-20 % of the reps' peak speed, 10-17°); a real first rep, however
    /// small, turns it briskly; a physiotherapy partial first rep is slow too but turns farther (47-70°; a 17° partial mini-squat
    /// reads 0.25-0.3 of the next squats' speed, hence 0.2). Such a gentle cycle need last only CyclePickUpSpeedLengthShare of the
    /// next ones (the tilt test's CyclePickUpLengthShare guards a slow rep cut by its phase, which is not gentle): the reach is often
    /// quicker than slow reps (0.65-0.7 of them; at 0.6 a real first rep went at tempo 1.5 and at 100 Hz, at 0.55 on s11).
    /// </summary>
    public double CyclePickUpSpeedShare { get; init; } = 0.2;
    public double CyclePickUpSpeedTiltShare { get; init; } = 0.85;
    public double CyclePickUpSpeedMaxDeg { get; init; } = 30;
    public double CyclePickUpSpeedLengthShare { get; init; } = 0.65;
    /// <summary>
    /// Accelerometer only (PickUpHold; helper gym14, 28 Nov): ...or, as little as that test asks in tilt, its peak tilt speed was
    /// under CyclePickUpGentleSpeedShare of the next cycle's and, as shares of theirs, its speed under CyclePickUpGentleShare of its
    /// tilt: a rep of a given tilt at the set's pace turns the band about as fast for its tilt as the set's reps do, so a small
    /// partial first rep is slow because it is small (speed share 0.57–1.24 × its tilt share on the physio sims' mini-squats), while
    /// the reach turns farther than its pace would (0.22–0.6 × on gym rows, lunges and deadlifts, speed 0.2–0.3 of the reps'). 0: off.
    /// </summary>
    public double CyclePickUpGentleSpeedShare { get; init; } = 0.3;
    public double CyclePickUpGentleShare { get; init; } = 0.5;
    /// <summary>
    /// Accelerometer only (PickUpHold, <see cref="PickUpPath"/>; helper gsetup9, 28 Nov): a set's first cycle is also picking the
    /// weight up when it ended at over CyclePickUpPathShare of the farthest its gravity direction went from where it began (at least
    /// CycleTiltMinDeg), the band held there (within CyclePickUpPathHoldDeg for CyclePickUpPathHoldS: the grip), and the next cycle
    /// set out from there (within CyclePickUpPathFromShare of that turn) back the way it came and ended nearer where the first
    /// began: the reach for the weight, then the lift. No longer than CycleHoldS. A rep comes back within its cycle, a slow one
    /// counted from top to top to its top, and a partial first rep flows on into the next without a hold (0: no path test).
    /// </summary>
    public double CyclePickUpPathShare { get; init; } = 0.8;
    public double CyclePickUpPathFromShare { get; init; } = 0.3;
    public double CyclePickUpPathHoldS { get; init; } = 0.6;
    public double CyclePickUpPathHoldDeg { get; init; } = 3;
    /// <summary>
    /// Accelerometer only: a cycle tilting the band under this share of the median of the set's last five is unlike the set,
    /// like a slow one (SetEndHold): it waits for the set to go on and is dropped when nothing follows (0: no tilt test).
    /// </summary>
    public double CycleSetDownTiltShare { get; init; } = 0.3;
    // Accelerometer only, reps merged into their neighbours and partial reps at a set's start (helper tilt, 27 Nov late).
    /// <summary>
    /// Accelerometer only (MergedReps): the band's tilt from the set's rest posture (the stillest gravity direction in the
    /// MergedRepRestLookS before its first cycle) makes bumps: over MergedRepHighDeg and MergedRepShare of the set's bumps, from
    /// and back to under MergedRepLowDeg and MergedRepLowShare of them. In a set whose bumps reach MergedRepMinDeg and whose last
    /// two cycles lasted MergedRepMinS, a second whole bump between two cycle ends (by both ends and peaks, after an interval
    /// with one) is a rep the count merged, when at least MergedRepShare of the cycle's own bump, MergedRepLengthShare of its
    /// length and MergedRepBumpMinS, and leaving the rest the same way (cosine at least MergedRepAlongCos). 0 share: never.
    /// </summary>
    public double MergedRepShare { get; init; } = 0.25;
    public double MergedRepHighDeg { get; init; } = 10;
    public double MergedRepLowShare { get; init; } = 0.15;
    public double MergedRepLowDeg { get; init; } = 5;
    public double MergedRepMinDeg { get; init; } = 20;
    public double MergedRepMinS { get; init; } = 2;
    public double MergedRepLengthShare { get; init; } = 0.4;
    public double MergedRepBumpMinS { get; init; } = 1;
    public double MergedRepAlongCos { get; init; } = 0.8;
    public double MergedRepRestLookS { get; init; } = 2;
    /// <summary>
    /// Accelerometer only (SetStartHold): a held cycle after the largest of a set's first ones is a partial rep, kept although
    /// under CycleFidgetShare of it, when it lasted from AgreeShare to this many times as long and tilted the band at least
    /// CycleSetUpTiltShare as far (settling comes before a set's first rep; 0: never kept).
    /// </summary>
    public double CyclePartialAfterLengthShare { get; init; } = 2.2;
    // Accelerometer only, muvr's real gym sets (helper muvr, 27 Nov night).
    /// <summary>
    /// Accelerometer only (SetStartHold): a held cycle after the largest, alike the last held one (the rep the hold ended on) in
    /// length and tilt (the smaller at least this share of the larger), is a rep however small its acceleration next to the
    /// largest: that was the set-up (reaching up for the bar, lying back with the dumbbells), and the set's first rep, made while
    /// the high-pass still settles on the set-up's step, is smaller in acceleration than the reps after it (0: not kept for that).
    /// </summary>
    public double CycleLikeLastShare { get; init; } = 0.7;
    // Gyroscope, held reps (helper hold, 27 Nov night).
    /// <summary>
    /// Gyroscope (SwingCounter): a set's first rep has come back only when the band's rotation (the integrated vector, not only
    /// its projection on the axis), along the turn from the rep's start to its top, is back to at most this share of that turn:
    /// a twist held at the top of a slow rep reads as the way back on an axis still the rise's own, and the hold then as a
    /// rest. Until then the rep stays out, unless the band turns on the axis meanwhile (0: never asked).
    /// </summary>
    public double TurnedBackShare { get; init; } = 0.9;
    /// <summary>
    /// Gyroscope (SwingCounter): when the axis switches while a set's first rep is held out (come back on the axis, not in its
    /// rotation: TurnedBackShare), its start and top are read again on the new axis, which takes the side along which the rep
    /// went out (0: the old axis's side, start and top as read before).
    /// </summary>
    public double SwitchReproject { get; init; } = 1;
    /// <summary>
    /// Gyroscope (SwingCounter): when the slow axis is adopted between reps of a set whose direction is known (no rep out,
    /// none come back and settling), the position carries on from where it was (the angle held since the last rest,
    /// projected on a new axis, jumps: no movement), until the next re-zero (0: the position jumps with the axis).
    /// </summary>
    public double SlowSwitchContinuous { get; init; } = 1;
    // Accelerometer only, the set's rep shape (helper template, 27 Nov night).
    /// <summary>
    /// Accelerometer only, putting the weight down (SetEndHold): a cycle whose waveform (RepTemplate: the counted band's three
    /// axes from its start to its end, resampled) correlates under this with the mean of the set's last five cycles waits for the
    /// set to go on and is dropped when none follows, as a small one (0: the test off, and no template kept). Only when it lasts
    /// at most CycleSetDownShapeLengthShare × the median of the set's last five (a rep held at the top, resampled to the set's
    /// length, is flat where theirs turn: a slow tired last rep), and while those keep a tempo, the shortest at least
    /// CycleSetDownShapeTempoShare × the longest (a block's last rep after faster ones moves otherwise: uci-pt).
    /// </summary>
    public double CycleSetDownShapeShare { get; init; } = 0.5;
    public double CycleSetDownShapeLengthShare { get; init; } = 2;
    public double CycleSetDownShapeTempoShare { get; init; } = 0.5;
    /// <summary>The longest cycle whose shape RepTemplate takes (seconds of the counted band kept in its ring).</summary>
    public double CycleShapeRingS { get; init; } = 12;
    // Gyroscope, a count that does not hinge on the axis's refresh moments (helper robust, 27 Nov night).
    /// <summary>
    /// Gyroscope (SwingCounter): when the set's first swing began at a dip on a way out that never came back (AbandonedMerge), it
    /// is taken for a fidget (OvershootShare) only when the way back also runs past where that way out began, by this share of the
    /// threshold: a swing that began part way out (after a hold's wobble or a hesitation ended the real first way out) is no
    /// fidget before the set (0: not asked).
    /// </summary>
    public double OvershootAbandonedShare { get; init; } = 1;
    /// <summary>
    /// Gyroscope (SwingCounter): a way out ended by a dip too deep for a hesitation (DipShare) and never come back is kept; when
    /// the rep that began at the dip comes back from that way out's start too (ReturnShare of the larger swing), the two were one
    /// rep, from that start to the higher top (0: the rep begins at the dip).
    /// </summary>
    public double AbandonedMerge { get; init; } = 1;
    /// <summary>
    /// See <see cref="AbandonedMerge"/>: only a dip under this share of the way out (twice DipShare) is kept for it; a deeper one
    /// nearly came back, and the way out before it was another movement (uci-pt s1-e2-test at 12.5 Hz: a 20 s drift in the rest
    /// before a block, then its first rep dipping 0.45 of it).
    /// </summary>
    public double AbandonedDipShare { get; init; } = 0.3;
    /// <summary>
    /// Gyroscope (SwingCounter): a band still for PauseOutRestS on a way out that has gone under this share of
    /// the set's typical rep from where it turned, and tilted under PauseTiltDeg since, rests (a pause), as it does at the way
    /// back's low point (0: only there).
    /// </summary>
    public double PauseOutShare { get; init; } = 0.25;
    /// <summary>See <see cref="PauseOutShare"/>.</summary>
    public double PauseTiltDeg { get; init; } = 2;
    /// <summary>See <see cref="PauseOutShare"/>: how long the band must be still on such a way out (s).</summary>
    public double PauseOutRestS { get; init; } = 8;
    /// <summary>
    /// Gyroscope (SwingCounter): on a way out from a top (the set's base over the threshold from where the angle was zeroed,
    /// against the set's direction: a set counted from its tops), a band that has not turned for PauseOutRestS, steady for
    /// TopRestSteadyS, and under this share of the set's typical rep from that top rests there (a pause), however far it tilted:
    /// a leg resting raised after a prone block sinks a few degrees, and an axis change later moves the position by the
    /// rotation held (uci-pt s1-e5-test at --mems 0.05: a 0.11 rad sag read as a 20 s rep once the slow axis was adopted).
    /// 0: off (helper toprest12; GyroBiasTests.AnUncalibratedSensorCountsAsWellAsACalibratedOne fails without it).
    /// </summary>
    public double TopRestShare { get; init; } = 0.6;
    /// <summary>See <see cref="TopRestShare"/>: how long the band must have been steady (gravity within BiasTiltDeg, the slow rate within SteadyRadS; s).</summary>
    public double TopRestSteadyS { get; init; } = 4;
    // Gyroscope, a rest back where the set's reps rest (helper tempo13, 28 Nov).
    /// <summary>
    /// Gyroscope (SwingCounter): on a way out, nothing turned for this many times the set's typical rep (the median of its last
    /// reps, way out to coming back; at least PauseOutRestS) and the band's gravity back within BackAtRestDeg of where the last
    /// rep came back to: a pause, whatever the position says (a kick against the set's direction between blocks left the
    /// swing's base at its far end, and the rest after it read as a way out held; the next block's first rep was then read
    /// from the kick and lost). A rep held at its top is away from where the last came back; a slow set's long holds are
    /// within a few of its reps' own length (0: never).
    /// </summary>
    public double BackAtRestRepShare { get; init; } = 3;
    /// <summary>See <see cref="BackAtRestRepShare"/>: how near (degrees of tilt) the band must be to where the last rep came back.</summary>
    public double BackAtRestDeg { get; init; } = 8;
    // Accelerometer only, held reps counted by their steps (helper paccel, 28 Nov).
    /// <summary>
    /// Accelerometer only (CycleCounter.WayBack): a counted rep that left the band away from where it began (over
    /// CycleHeldStepShare of its tilt and CycleHeldStepMinDeg: a step), held there at least CycleHeldMinS until the next cycle's
    /// way out, and a next cycle that brings the band back within CycleWayBackShare of that (at its nearest; CycleHeldStepShare
    /// at its end) and tilts it no farther (CycleWayBackTiltShare of the step: the gravity estimate also reads the let-down's own
    /// acceleration), are one rep held out: its way out and its way back, the second not counted. A rep held longer than the
    /// counted band's high-pass remembers makes both (0: never).
    /// </summary>
    public double CycleWayBackShare { get; init; } = 0.35;
    public double CycleWayBackTiltShare { get; init; } = 1.5;
    public double CycleHeldStepShare { get; init; } = 0.5;
    public double CycleHeldStepMinDeg { get; init; } = 5;
    public double CycleHeldMinS { get; init; } = 0.4;
    // Accelerometer only, a way out held to the stream's end (helper paccel2, 28 Nov).
    /// <summary>
    /// Accelerometer only (CycleCounter.HeldAtEnd): the cycle under way when the stream ends, which left the band away from where
    /// it began (a step, as for CycleWayBackShare) and has held it there at least this long (s), is a limb lifted as the recording
    /// stops, not a rep (0: counted as any other). A gym set cut at its last rep's top stays there 0.2–0.5 s (muvr); uci-pt's legs
    /// and arms lifted at a recording's end, 2.7 s.
    /// </summary>
    public double CycleEndHeldS { get; init; } = 1.0;
    /// <summary>
    /// See <see cref="CycleEndHeldS"/>: the least step (degrees) that counts as a limb held up. A shift of posture after the set's
    /// last rep (simulated fidgety heel raises: 7° held 3 s) leaves that rep's cycle under way; a limb lifted turns the band far
    /// more (uci-pt 37°, muvr 93°).
    /// </summary>
    public double CycleEndHeldMinDeg { get; init; } = 15;
    /// <summary>
    /// Accelerometer only (CycleCounter.WayBack), 1: on, 0: off. A set whose every counted rep ended away from where the set began
    /// (over CycleHeldStepShare of its tilt) is counted from its held tops: its first cycle the lift alone, each next one a
    /// let-down and the next lift. Its last let-down, a cycle that began away and brings the band back where the set began (as
    /// CycleWayBackShare asks), is no rep. Such a set's hold lies inside its cycles, so no pause before it is asked (CycleHeldMinS).
    /// </summary>
    public double CycleSetWayBack { get; init; } = 1;
    // Accelerometer only, a set counted from its tops (helper phase13, 28 Nov).
    /// <summary>
    /// Accelerometer only (with CycleSetWayBack): the set's 2nd cycle, which came back within CycleWayBackShare of the step to where
    /// the set's first rep began and left again, ending over this share of the step farther than its nearest, having begun at the
    /// top (at least 0.8 of the farthest it went), is no way back (counted) and marks the set as counted from its tops: its first
    /// rep was a quick lift counted alone (its braking lobe crossed the threshold), each later cycle pairs a let-down with the next
    /// lift (0: never). A gym set whose first cycle was a small settling movement goes on far past it: not at the top.
    /// </summary>
    public double CycleTopsLeaveShare { get; init; } = 0.3;
    /// <summary>
    /// Accelerometer only: in a set counted from its tops (CycleTopsLeaveShare), a cycle that began at the top (away from where the
    /// set began, at least 0.8 of the farthest it went) and ended within this share of that step from it waits for the set to go
    /// on (SetEndHold) and is dropped when no cycle follows within SetGapS: a let-down with no lift after it is the set's last,
    /// half of the rep already counted (0: counted at once).
    /// </summary>
    public double CycleTopsDownShare { get; init; } = 0.25;
    // Accelerometer only, a set's first lift read from its push (helper heldsyn13, 28 Nov).
    /// <summary>
    /// Accelerometer only (SetStartHold, CycleCounter.Reopen; 0: off). A set's first cycle whose first lobe was too small to be
    /// its way out (under CycleLeadShare of the second) begins at the second. A quick lift's push (r φ'', the forearm's tangential
    /// acceleration) is such a lobe before the large one of gravity turning; from the zero crossing between them the band is most
    /// of the way up, and the lift alone, held, read under CycleSetUpTiltShare of the next rep's tilt (synthetic held sets: 13–15°
    /// against 85–95°) and was dropped as a pick-up. Such a cycle is kept when, read from where the given-up lobe began, it tilted
    /// the band alike the last held cycle (this share both ways) and began where that one began (within
    /// CyclePartialFirstPostureShare of its tilt): a pick-up begins where the weight was. It is reported with that tilt.
    /// </summary>
    public double CyclePushTilt { get; init; } = 0.7;
    // Accelerometer only, a held set's first let-down read against its push (helper heldsyn13b, 28 Nov).
    /// <summary>
    /// Accelerometer only (CycleCounter.WayBack, with CyclePushTilt), 1: on, 0: off. A set's first counted cycle begun at its second
    /// lobe (a quick lift read from half way up) began, for its way back, where its given-up lobe began, when the rest before that
    /// lies in the stream (MergedRepRestLookS after its start): the way back asks the rep to have begun near the rest before it
    /// (CycleHeldStepShare), and the held first lift's quick let-down, a cycle of its own, is then its way back, not a rep.
    /// </summary>
    public double CyclePushHeldFrom { get; init; } = 1;
    /// <summary>
    /// Accelerometer only (CycleCounter.WayBack), 1: on, 0: off. A cycle taken for the last rep's way back is no rep, so the next
    /// cycle's least gap after the last rep (MinCycleShare of the period) runs from that rep's way back, not from this one's:
    /// in a held set whose first let-down was such a cycle, the next lift's way back fell inside the gap after the let-down and
    /// the whole rep was lost (synthetic held sets, hold 4.5 s: the period ~7 s, the lift's filter answer ~4 s after the let-down).
    /// </summary>
    public double CycleWayBackGap { get; init; } = 1;
    // Accelerometer only, putting the weight down (helper putdown, 28 Nov).
    /// <summary>
    /// Accelerometer only, putting the weight down (SetEndHold): within the shape test's bounds (CycleSetDownShapeLengthShare,
    /// CycleSetDownShapeTempoShare), a cycle lasting over CycleSetDownSlowShapeLengthShare × the median of the set's last five
    /// whose waveform correlates under CycleSetDownSlowShapeShare with theirs (RepTemplate) waits for the set to go on and is
    /// dropped when none follows, as a small one: getting up after push-ups, the bar lowered to the floor move partly as the reps
    /// do, and slower. A tired last rep is slower too but keeps the set's shape (0: the test off). Not 1.5 × : the last cycle of
    /// a set of reps without a pause between them ends late, nothing after it pulling the band through (1.34–1.53 × the reps,
    /// likeness 0.73–0.86: RepDetectorTests' fast reps).
    /// </summary>
    public double CycleSetDownSlowShapeShare { get; init; } = 0.8;
    public double CycleSetDownSlowShapeLengthShare { get; init; } = 1.6;
    // Accelerometer only, a partial first rep (helper edges, 28 Nov).
    /// <summary>
    /// Accelerometer only (SetStartHold): a held cycle before the largest of a set's first ones, under CycleFidgetShare of it,
    /// is a partial first rep (kept) when it lasted and tilted the band as CyclePartialAfterLengthShare's test asks of one after
    /// the largest, and began within this share of its own tilt of where the rep the hold ended on began (the set's posture).
    /// Getting into position or reaching for the weight begins elsewhere (0: never kept).
    /// </summary>
    public double CyclePartialFirstPostureShare { get; init; } = 0.3;
    // Accelerometer only, a way back under the threshold (helper edgecycle, 28 Nov).
    /// <summary>
    /// Accelerometer only (CycleCounter.LowWayBack): a way back that stays under the threshold (which follows the RMS of the
    /// set's larger reps: a small last rep after large ones) still ends the cycle when its lobe reaches this share of the
    /// cycle's own way out and the band came back (see CycleLowBackTiltShare). 0: only the threshold ends a way out.
    /// </summary>
    public double CycleLowBackShare { get; init; } = 0.3;
    /// <summary>
    /// See <see cref="CycleLowBackShare"/>: the band came back when, as the lobe ends, it lies within this share of the farthest
    /// it went (at least CycleTiltMinDeg) from where it rested before the cycle (the stillest posture in MergedRepRestLookS).
    /// Simulated partial reps come back within 0.006–0.02 of it; simulated gym put-downs 0.11–0.13, muvr's ends of sets 0.2–0.5.
    /// </summary>
    public double CycleLowBackTiltShare { get; init; } = 0.1;
    // Accelerometer only, a set's first cycle re-read once the axis is found (helper heel14, 28 Nov).
    /// <summary>
    /// Accelerometer only (CycleCounter.Reread): the counted band's last this many seconds are kept, and within them of the
    /// principal axis's first finding, a set's first cycle is re-read on it: the lobe before the way out just begun, over the
    /// threshold on the found axis, becomes the way out (the way out just begun its way back), or a first lobe too small for
    /// the lead test is re-read whole. The axis is first found only once its window holds AccelAxisMinMs2 / 3, so a small first
    /// movement (a heel raise's rise, 3–8°) was read on the default axis, and the let-down decided the set's direction: every
    /// cycle then ran top to top. Kept only for a cycle of CycleRereadMinS that brought the band back to its rest
    /// (CycleRereadBackShare); otherwise the cycle is as first read. 0: off (physio sims s7 / s11 in-pain-heel-raise-1 / -3 −2 each).
    /// </summary>
    public double CycleRereadS { get; init; } = 4;
    /// <summary>
    /// See <see cref="CycleRereadS"/>: the re-read cycle decides the set's direction only when, as it ends, the band lies within
    /// this share of the farthest it went (at least CycleRereadMinDeg) from where it rested before it: a heel raise comes back to
    /// the floor, a set-up (picking up the bar) leaves the band elsewhere.
    /// </summary>
    public double CycleRereadBackShare { get; init; } = 0.3;
    /// <summary>
    /// See <see cref="CycleRereadBackShare"/>: the least tilt (degrees) of a re-read cycle, whose coming back is then told from the
    /// gravity estimate's noise; a partial heel raise tilts the shank 2.8–3.6°.
    /// </summary>
    public double CycleRereadMinDeg { get; init; } = 2;
    /// <summary>
    /// See <see cref="CycleRereadBackShare"/>: the least length (s) of a re-read cycle. A small slow first rep outlasts the axis's
    /// wait (the simulated in-pain heel raises' first cycles: 3.6 s); a walk's steps come back too, in 0.7–1.9 s cycles.
    /// </summary>
    public double CycleRereadMinS { get; init; } = 2;
    // Gym sets with a gyroscope, part 5 (helper ggyro8, 28 Nov): a set's first rep that swings the other way after a set-up.
    /// <summary>
    /// Gyroscope (SetUpWait.AgainstMayTell), 1: on, 0: off. While the set's lone first movement is held or waiting and the band
    /// swings the other way past where it began, still moving and about an axis more than SetUpTurnAroundDeg from the first's, no
    /// pause comes and the first keeps waiting: when the swing turns back it may show the first a set-up (SetUpTurnAroundDeg).
    /// After a pick-up that set the set's direction, the first lateral raise or triceps extension swings the other way; 4 s after
    /// the pick-up's top, the pause fired at that raise's top (re-zeroing there), the pick-up was reported as the last set's lone
    /// rep and the set counted from top to top.
    /// </summary>
    public double PausePastRest { get; init; } = 1;
    // Gym sets with a gyroscope, part 6 (helper lunge8, 28 Nov): the reps about another axis than the set-up's, seen in time.
    /// <summary>
    /// Gyroscope, 1: on, 0: off. When the axis restarts apart from the first's ring (AfterFirstApart), the turns seen on the old
    /// axis no longer tell a rest (no pause until PolarityResetS after the switch), and a waiting first waits SetUpNextWaitS from
    /// the switch: the reps about the new axis show only then. (Not after AfterFirstAxisShare's switch: physio sims at 12.5 Hz
    /// −1 file, gym the same files.)
    /// </summary>
    public double AfterFirstSwitchWaits { get; init; } = 1;
    /// <summary>
    /// Gyroscope, 1: on, 0: off. After a set's first movement that began after a rest, while no rep followed: the line the band
    /// moved along since, found across the axis held and leaned on it as much as the two vary together (the first's ring, left
    /// by the 0.2 Hz high-pass along its axis for seconds after a large quick turn, hides it from AfterFirstAxisShare's test),
    /// restarts the axis, less the ring, when two looks in a row find it (SwingAxis.ApartLine).
    /// </summary>
    public double AfterFirstApart { get; init; } = 1;
    /// <summary>
    /// Gyroscope (AfterFirstApart): along the axis held, the rate itself (no high-pass) since the first ended holds under this
    /// share of what the rate's band holds: the band rings there and does not turn.
    /// </summary>
    public double AfterFirstApartRingShare { get; init; } = 1;
    /// <summary>
    /// Gyroscope (AfterFirstApart): at the second look, the line's variance across the axis held must reach the low minimum
    /// (GyroAxisLowRadS RMS) in the rate's band low-passed again at this frequency (Hz; 0: off): a movement's pace, not an
    /// effort tremor (4-10 Hz), which a band sampled at 12.5 Hz holds aliased down to 2.5-6 Hz (helper rate12).
    /// </summary>
    public double AfterFirstApartLowHz { get; init; } = 1.5;
    /// <summary>
    /// Gyroscope (SetUpWait), 1: on, 0: off. After the axis restarted apart from the first's ring (AfterFirstApart), a rep about an
    /// axis more than SetUpTurnAroundDeg from the first's shows the first a set-up, whatever their sizes (a pick-up before rows),
    /// and a swing out that began before the switch is not judged at its top (its start and size were read on the old axis).
    /// </summary>
    public double AfterFirstApartSetUp { get; init; } = 1;
    // Gym sets with a gyroscope, part 7 (helper bench8, 28 Nov): the first press after lying back.
    /// <summary>
    /// Gyroscope, 1: on, 0: off. On a set's first way out held where it went (lying back on the bench: the band stays turned ~70°
    /// while the presses go on about another axis), the line the last RecentAxisWindowS moved along across the held axis (apart
    /// from the way out's ring) restarts the axis, as RecentAxisSwitchShare's switch does (SwingAxis.HeldApartLine).
    /// </summary>
    public double HeldApart { get; init; } = 1;
    /// <summary>
    /// Gyroscope (HeldApart): the way out is held only once the band was still after its top, turned by under this share of the
    /// threshold over a whole RecentAxisWindowS (it rests where it went, as after lying back; a rep's top with the limb moving on
    /// at once, uci-pt's straight-leg raises at 0.7× tempo, is not). 0: no stillness asked.
    /// </summary>
    public double HeldApartStill { get; init; } = 0.5;
    /// <summary>
    /// Gyroscope (HeldApart): the line found leans on the held axis by under this squared cosine (over ~72° from it): the band
    /// held along the axis while it turned across. A larger lean, read beside a strong ring, carried the set-up's turn into the
    /// new position (s7 bench-press-medium-2: at 0.3, two presses lost).
    /// </summary>
    public double HeldApartLeanShare { get; init; } = 0.1;
    // Gym sets with a gyroscope, part 8 (helper situp8, 28 Nov): sitting up after the bench presses.
    /// <summary>
    /// Gyroscope (PutDownHold): a rep that turned the band over this many times the set's last reps (RepCandidate.Turned, three
    /// known, at most five), after a set-up that did too (the turn over SetUpUndoneLookS before the set's first rep), and about
    /// the set-up's axis the other way (SetUpUndoneCos) undoes the set-up (sitting up after lying back): it waits for the set
    /// to go on and is dropped when none follows, at the stream's end too (0: never).
    /// </summary>
    public double SetUpUndoneShare { get; init; } = 2;
    /// <summary>Gyroscope (SetUpUndoneShare): the rep's turn against the set-up's, cosine under minus this.</summary>
    public double SetUpUndoneCos { get; init; } = 0.7;
    /// <summary>Gyroscope (SetUpUndoneShare): the set-up is the band's turn over this long before the set's first rep.</summary>
    public double SetUpUndoneLookS { get; init; } = 6;
    /// <summary>
    /// Gyroscope (SetUpUndoneShare): and lasting under this share of the set's last reps (the upper median of their lengths): the
    /// set-up undone in one movement (sitting up: 0.25–0.5 × the presses), not the last rep carried into putting the weight
    /// down (a goblet lowered or dumbbells dropped from the shoulders with the last squat or press: 1.7–2.2 ×).
    /// </summary>
    public double SetUpUndoneLengthShare { get; init; } = 1;
    // Accelerometer only, a set that repeats under the floor (helper heel9, 28 Nov).
    /// <summary>
    /// Accelerometer only (CycleCounter.Floor): while the set's period is known with an autocorrelation of at least
    /// CycleRepeatStrength, the counted band's floor (CycleFloorMs2) yields to CycleRepeatShare × the band's RMS, down to this
    /// (m/s²; 0: the floor always holds). The floor keeps fidgets and a quiet band's noise out, but a set that clearly repeats
    /// entirely under it is reps: slow turns about the vertical (shoulder external rotation in pain: 0.05–0.2 m/s², gravity
    /// unmoved) and heel raises of 2–6°. An accelerometer cannot tell such a turn from a slight tilt (a degree tilts gravity by
    /// 0.17 m/s²): this least floor keeps a rock of about a degree out (breathing with the band on the chest, a foot rocking):
    /// at 0.05 m/s² a 0.7° rock at 4 s counted, at 0.08 one of 1.2° at 3 s; at 0.1 from about 1.5°. A quiet sensor's
    /// band-passed noise reads ~0.01 m/s² (uci-pt, the simulated sensor).
    /// </summary>
    public double CycleRepeatFloorMs2 { get; init; } = 0.1;
    /// <summary>
    /// See <see cref="CycleRepeatFloorMs2"/>: the floor a repeating set yields to, as a share of the band's RMS (over
    /// CycleRmsWindowS). Its reps' lobes peak at 1.5–2.5 × the RMS; a set whose RMS is over the floor keeps it (fidgety and
    /// adherent external rotations: the floor keeps their smaller lobes, the turn's centripetal part and the hold, out).
    /// </summary>
    public double CycleRepeatShare { get; init; } = 0.8;
    /// <summary>
    /// See <see cref="CycleRepeatFloorMs2"/>: the least autocorrelation at the period (PeriodEstimator.Strength) that makes a set
    /// repeat; it then repeats while the period is known (PeriodMinStrength). Entering at PeriodMinStrength (0.4), three more
    /// physio files moved, both ways; the in-pain external rotations read 0.51–0.58, wavering about 0.5 within their sets.
    /// </summary>
    public double CycleRepeatStrength { get; init; } = 0.5;
    // Other people's tempo with a gyroscope (helper tempo9, session 9).
    /// <summary>
    /// Gyroscope, 1: on, 0: off. While the set's direction is open (after a pause), a band resting within the turn margin for
    /// SetGapS makes the swing tracker forget an extreme the band left over SetGapS ago (a creep in the rest): the next set's
    /// first way out starts where the band rested, not where the creep left its low point (SwingRests.Open).
    /// </summary>
    public double OpenRestAnchor { get; init; } = 1;
    // Accelerometer only, a set's first cycle whose wait ran out (helper gstart9, 28 Nov).
    /// <summary>
    /// Accelerometer only (PickUpHold), 1: on, 0: off. A set's first cycle held alone by the pick-up test (no longer than
    /// CycleHoldS) when no next cycle came within CycleHoldS is judged once the set's next cycles come (at most CyclePickUpLook of
    /// them; after a rest, SetGapS, or at the stream's end it goes on unjudged), rather than released unjudged: slow sets grip,
    /// settle or lie back for seconds between the pick-up and the first rep. Two held cycles still go on unjudged (a block of
    /// small reps before a pause is no pick-up for the larger reps after it). The path test (CyclePickUpPathShare) still asks
    /// the next cycle to set out within CycleHoldS.
    /// </summary>
    public double CyclePickUpJudgeLate { get; init; } = 1;
    // Walking is not reps (helper walkgate9, session 9): GaitGate.
    /// <summary>
    /// GaitGate: a step is the acceleration's magnitude, band-passed GaitLowHz–GaitHighHz (at most 0.4 × the rate), rising over
    /// GaitStepMs2 (once per rise from below zero, at least GaitGapS after the last step). Steady: at most GaitMaxStepS after the
    /// last, making with it a stride of 2 × GaitMinStepS–2 × GaitMaxStepS, and within GaitSteadyShare of the step before the last
    /// (left and right steps may cross the floor at different phases). GaitSteps steady steps in a row are gait (from the run's
    /// first step; it goes on while steps keep the pace); a rep half inside it is not counted, with a gyroscope only if it turned
    /// the band at most GaitMaxRomDeg (a stride swings a leg ±20–35°, an arm ±10–30°; a lateral raise of 80° amid steady fast
    /// presses is no stride). From GaitWaitSteps steady steps on, a rep waits for the verdict (the gym sims' reps make runs of
    /// 4–5 "steps" often enough that waiting from 4 raised their median latency by 0.02–0.04 s). GaitSteps 0: no gate.
    /// 8 steps read gait in one fast gym set per seed; the stride against its running mean (instead of the step before last)
    /// in one more; floor 1 missed slow walking (trunk 20–40 reps/min). GaitMaxRomDeg was 75 (for that lateral raise at 8
    /// steps); the shank's stride reads 64–82° with a gyroscope, and at 10 steps 90 changes no guard (helper walk10).
    /// </summary>
    public double GaitSteps { get; init; } = 10;
    public double GaitWaitSteps { get; init; } = 6;
    public double GaitMaxRomDeg { get; init; } = 90;
    /// <summary>
    /// A walk's first strides (helper walk11): the first GaitFreshReps reps after a pause of GaitFreshGapS (no rep) that may be
    /// strides (no more than the largest stride cap) wait for the verdict from GaitFreshWait steady steps or strides on, in each
    /// rhythm (the walk's and the shuffle's steps, the swing's ends at either pace; not the strides' rise with a jolt) whose last
    /// steady stride they lasted to within GaitFreshLengthShare (a walk's rep is its stride); later reps wait from GaitWaitSteps /
    /// GaitWaitStrides, as before. GaitFreshReps 0: off. At a GaitFreshLengthShare of 0.25 the walks' first strides go more often
    /// (GaitMotion's thigh without a gyroscope too), but gym sets at tempo 0.7 wait longer (median latency 0.64 → 0.68 s without a
    /// gyroscope).
    /// </summary>
    public double GaitFreshReps { get; init; } = 3;
    public double GaitFreshWait { get; init; } = 2;
    public double GaitFreshGapS { get; init; } = 3;
    public double GaitFreshLengthShare { get; init; } = 0.1;
    /// <summary>
    /// Getting up from a set, then walking away (helper walkset11): the slow way up and a rest read as a way out, the walk's first
    /// stride as a quick way back. A rep whose way back took under GaitQuickBackShare of its way out and turn and under 3 ×
    /// GaitQuickBackShare of the last rep's way back, begun over GaitQuickBackNextS after the last rep ended, with a step in it, waits for the next rep (at most GaitQuickBackNextS) and is
    /// dropped when that one began within GaitQuickBackNextS and lasted under GaitQuickBackNextShare of the rep before the held one
    /// and under GaitQuickBackNextHeldShare of the held one (a stride, not the set's next rep: at GaitQuickBackNextHeldShare 1, gym
    /// s11 r25 at tempo 1.5 lost a set's second rep after a long first one, within ±1 96.0 → 95.0). By its own shape such a rep is also a rep with a hold and a quick return (uci-pt):
    /// only what follows tells them apart. GaitQuickBackShare 0: off.
    /// </summary>
    public double GaitQuickBackShare { get; init; } = 0.2;
    public double GaitQuickBackNextS { get; init; } = 1;
    public double GaitQuickBackNextShare { get; init; } = 0.5;
    public double GaitQuickBackNextHeldShare { get; init; } = 0.35;
    public double GaitLowHz { get; init; } = 1;
    public double GaitHighHz { get; init; } = 3;
    public double GaitStepMs2 { get; init; } = 0.5;
    public double GaitGapS { get; init; } = 0.25;
    public double GaitMinStepS { get; init; } = 0.36;
    public double GaitMaxStepS { get; init; } = 0.9;
    public double GaitSteadyShare { get; init; } = 0.1;
    /// <summary>
    /// The shuffle (helper walk10): a patient in pain walks slowly (1.2–1.5 steps/s) with small jolts and bounce, under
    /// GaitStepMs2, and less steadily (step-time jitter 4–7 %). Steps over GaitShuffleMs2 within GaitShuffleSteadyShare of the
    /// step before the last, making strides of 2 × GaitShuffleMinStepS or more, GaitSteps of them in a row, are a shuffle; a rep
    /// half inside it is not counted if it turned the band at most GaitShuffleMaxRomDeg, with or without a gyroscope (a shuffle
    /// swings a limb ±4–15°, the shank's stride reads 26–35°). Strides from 1.1 s (min step 0.55) read fast shoulder presses
    /// (14–16°) and, at tempo 0.7, muvr's back rows (1.1–1.2 s, 17–28°) as a shuffle; a cap of 40° one muvr chest rep (38.6°).
    /// GaitShuffleMaxRomDeg 0: no shuffle rhythm.
    /// </summary>
    public double GaitShuffleMs2 { get; init; } = 0.25;
    public double GaitShuffleSteadyShare { get; init; } = 0.2;
    public double GaitShuffleMinStepS { get; init; } = 0.66;
    public double GaitShuffleMaxRomDeg { get; init; } = 35;

    /// <summary>
    /// A shuffle's reps are its strides (helper walk10b): a rep inside a shuffle is dropped only if it and the rep before it each
    /// began within GaitShuffleStrideShare of a stride (the shuffle's last steady two steps) after the rep before (a rep that began
    /// before the last one ended is the same cycle counted again and takes its period), or, without a gyroscope, of a step (the
    /// accelerometer path may count a shuffle per step). Shuffles: 0.9–1.2 strides with a gyroscope; a slow lunge's or bench
    /// press's |a| makes three shuffle-like steps per rep (1.5 strides), a sped-up squat's or lunge's one. 0: any period.
    /// </summary>
    public double GaitShuffleStrideShare { get; init; } = 0.3;

    /// <summary>
    /// A long walk (helper walk12; LongWalk): the shuffle's steps (over GaitShuffleMs2) at the walk's pace (GaitMinStepS–
    /// GaitMaxStepS), each step's stride (its time since the step before the last) within GaitLongSteadyShare of the run's mean
    /// stride, GaitLongSteps of them in a row, are gait: more strides in a row than a set has reps. Nothing waits for it (no
    /// latency): a rep judged while it holds is dropped if it and the rep before it came at its stride rate (as
    /// GaitShuffleStrideShare) and it turned the band at most GaitMaxRomDeg with a gyroscope, or tilted it at most
    /// GaitLongTiltMaxDeg without one (a limb swinging through a stride barely tilts it; a jumping jack or a squat far more). The
    /// swing path is not told (no ForgetGait: it moved a lying set's first rep after a walk). Catches arm shuffles just quicker
    /// than GaitShuffleMinStepS and walks under GaitStepMs2. 20 steps lost a sped-up goblet squat's 11th rep at tempo 0.7; steps
    /// each within a share of the step before last (10 %, 20 %) never made a run of 30 (a step's time jitters). 0: off.
    /// </summary>
    public double GaitLongSteps { get; init; } = 30;
    public double GaitLongSteadyShare { get; init; } = 0.15;
    public double GaitLongTiltMaxDeg { get; init; } = 35;

    /// <summary>
    /// A long shuffle on the lower leg (gyroscope; helper walk12b; LongStrides): the swing rhythm's landings (a jolt where the band's
    /// swing turns back, GaitSwingEndShare, GaitSwingMinRadS) over this floor in m/s², at the shuffle swing's pace (from
    /// 2 × GaitShuffleMinStepS less GaitShuffleSteadyShare to 2 × GaitMaxStepS), each stride within GaitLongSteadyShare of the run's
    /// mean, GaitLongSteps / 2 of them in a row, are gait; an interval of two strides (a landing under the floor) neither counts
    /// nor ends the run. Nothing waits for it: a rep judged while it holds is dropped if it and the rep before came at its stride
    /// rate (GaitShuffleStrideShare) and it turned the band at most GaitShuffleSwingMaxRomDeg. A shuffle lands softly (1.3–2.2
    /// m/s² at 25 Hz on s7's shin): the shuffle swing's runs of 8 each within 20 % of the last break on a missed landing. Without
    /// a gyroscope off. 0: off.
    /// </summary>
    public double GaitLongStrideJoltMs2 { get; init; } = 1.2;

    /// <summary>
    /// The stride rhythm (helper walkgate9b): on the shank or ankle, steps are no steady rhythm (the band's own heel strike and
    /// swing cross GaitStepMs2 at irregular phases), but once per stride the band rises over GaitStrideMs2 with a jolt: |a|
    /// standing out by GaitJoltMs2 from the mean of |a| GaitJoltS before and after (a heel strike is a spike, a rep's |a| is
    /// smooth), within GaitJoltWithinS before or after the rise. GaitStrides such strides in a row, each 2 × GaitMinStepS–
    /// 2 × GaitMaxStepS after the last and within GaitSteadyShare of the stride before, are gait too; from GaitWaitStrides on a
    /// rep waits (from 3, the gym sims' median latency rose 0.02 s). A rep half inside is not counted, with a gyroscope only if
    /// it turned the band at most GaitStrideMaxRomDeg (an ankle's stride 76–87°; a fast curl 120°+ has jolts too). Without the
    /// jolt (floor 3–5 on the band alone) fast gym reps and muvr's rows read as strides; floor 2 read one gym s11 set; 6 strides
    /// one fast curl (no gyroscope). GaitStrides 0: no stride rhythm.
    /// </summary>
    public double GaitStrides { get; init; } = 8;
    public double GaitWaitStrides { get; init; } = 5;
    public double GaitStrideMs2 { get; init; } = 3;
    public double GaitJoltMs2 { get; init; } = 5;
    public double GaitJoltS { get; init; } = 0.04;
    public double GaitJoltWithinS { get; init; } = 0.6;
    public double GaitStrideMaxRomDeg { get; init; } = 100;
    /// <summary>
    /// The swing rhythm (helper walk10c; gyroscope, GaitStrides > 0): a stride is a jolt over GaitSwingJoltMs2 (as GaitJoltMs2,
    /// |a| against its neighbours GaitJoltS away) while |ω| is under GaitSwingEndShare of its recent peak (decaying with time
    /// constant GaitSwingPeakS), that peak at least GaitSwingMinRadS: a heel strike at the end of the shank's swing. At 25 Hz a
    /// 30 ms strike reads 3–30 m/s² stride to stride and the band's rise may stay under GaitStrideMs2, so the stride rhythm's
    /// runs break; where the jolt comes in the swing does not vary. Runs as the stride rhythm's (GaitStrides, GaitWaitStrides,
    /// GaitStrideMaxRomDeg). GaitSwingJoltMs2 0: no swing rhythm.
    /// </summary>
    public double GaitSwingJoltMs2 { get; init; } = 2;
    public double GaitSwingEndShare { get; init; } = 0.35;
    public double GaitSwingMinRadS { get; init; } = 1;
    public double GaitSwingPeakS { get; init; } = 0.5;
    /// <summary>
    /// The swing rhythm at a shuffle's pace (helper walk10c): jolts over GaitShuffleSwingJoltMs2 (a shuffle lands softly: 1.3–7
    /// m/s² at 25 Hz) where the swing ends, strides of 2 × GaitShuffleMinStepS or more less GaitShuffleSteadyShare, each within
    /// GaitShuffleSteadyShare of the one before; runs as the swing rhythm's. A rep half inside is not counted if it turned the band
    /// at most GaitShuffleSwingMaxRomDeg (a shuffle swings the shank ±15–22°: its reps read 26–40°; a lateral raise at tempo 0.7,
    /// a rep every 1.5 s with a jolt at its ends, 75–89°). 0: off.
    /// </summary>
    public double GaitShuffleSwingJoltMs2 { get; init; } = 1.5;
    public double GaitShuffleSwingMaxRomDeg { get; init; } = 45;
    // Getting into position before the set with a gyroscope (helper position9, session 9).
    /// <summary>
    /// Gyroscope (0: off): a set's first way out (over SetGapS after the last rep, or before any) that rested this long (s) part
    /// way out, within half the threshold of one place, then went on out and came back past that rest by ReturnShare of the
    /// rest-to-top swing but not from where it began: the way out to the rest was getting into position (lying down, sitting:
    /// the band stays turned), and the rest-to-top swing and back is the set's first rep (SwingCounter.RepFromRest). Before, the
    /// rep was read as a deep dip on one long way out that never came back, and lost.
    /// </summary>
    public double WayOutRestS { get; init; } = 1;
    /// <summary>
    /// Gyroscope (WayOutRestS): the rest part way out is a new posture only this far (rad) past where the way out began: lying
    /// down or sitting turns a limb's band 40° or more (simulated stillset: 40-160°); a hesitation between uci-pt's blocks
    /// (s1-e2-test at 12.5 Hz, 18°) is no posture, and read as one it made a rep of its own.
    /// </summary>
    public double WayOutRestMinRad { get; init; } = 0.5;
    // A lying or seated set's first rep against the way out (gyroscope; helper getup10b, session 10).
    /// <summary>
    /// Gyroscope (WayOutRestS; 0: off): a set's first way out that rested at its top (WayOutRestS, WayOutRestMinRad past its
    /// start) and left that rest going back, by a dip too deep for a hesitation that did not come back, was getting into
    /// position: the dip is the set's first rep's way out, the set's direction is its (SwingCounter.RestAgainst).
    /// </summary>
    public double RestAgainstTurn { get; init; } = 1;
    /// <summary>
    /// Gyroscope (RestAgainstTurn): the way out to the rest is getting into position only if it turned the band at most this
    /// fast (deg/s at its peak): the body lies down or sits with the limb (simulated 40-56 deg/s); a gym rep's way out held at
    /// its top (a fast lateral raise, 355 deg/s) that came back short of where the pick-up left the band is a rep.
    /// </summary>
    public double RestAgainstMaxDps { get; init; } = 120;
    // Getting into position before the set without a gyroscope (helper position9b, session 9).
    /// <summary>
    /// Accelerometer only (PickUpHold; 0: off): a set's first cycle that turned gravity at least this far (degrees) from where it
    /// began to where it ended, and over CyclePostureChangeShare of its own tilt (it went to a new posture and stayed: sitting,
    /// lying down turn a limb's band 40-160°), is getting into position when the next cycle sets out from that new posture (within
    /// CyclePostureChangeFromShare of the next cycle's tilt) and this far from where the head began: the set's reps go out from
    /// and come back to the posture it took. Dropped as soon as the next cycle ends, not after the wait for more.
    /// </summary>
    public double CyclePostureChangeDeg { get; init; } = 40;
    /// <summary>
    /// Accelerometer only (CyclePostureChangeDeg; CycleGetUpDeg reads it too): least share of the head's own tilt it ended away
    /// from where it began.
    /// </summary>
    public double CyclePostureChangeShare { get; init; } = 0.8;
    /// <summary>Accelerometer only (CyclePostureChangeDeg): the next cycle set out within this share of its tilt of the new posture.</summary>
    public double CyclePostureChangeFromShare { get; init; } = 0.25;
    /// <summary>
    /// Accelerometer only (CyclePostureChangeDeg; CycleGetUpDeg reads it too): not when the next cycle comes back within this
    /// share of the head's turn of where the head began: the set goes between the two postures (sit-to-stand counted from
    /// standing to sitting, a rep top to top).
    /// </summary>
    public double CyclePostureChangeBackShare { get; init; } = 0.5;
    /// <summary>
    /// Accelerometer only (CyclePostureChangeDeg; CycleGetUpDeg reads it too): not when the head came back towards where it began
    /// by over this share of its turn on its way (PostureChange.OneTurn): a rep before the turn, merged into its cycle (a
    /// shoulder press's set-up).
    /// </summary>
    public double CyclePostureChangeDipShare { get; init; } = 0.25;
    /// <summary>
    /// Accelerometer only (CyclePostureChangeDeg): the head's tilt turned no faster than this (deg/s): sitting or lying down turns
    /// the limb with the body (simulated 40–56 deg/s at its peak); bringing the weight to the shoulders or lying back onto a bench
    /// with it is a quick turn of the limb (186–322 deg/s), a set-up step's (PostureSteps) or the first rep's.
    /// </summary>
    public double CyclePostureChangeMaxDps { get; init; } = 120;

    /// <summary>
    /// Accelerometer only, getting up after a set (SetEndHold, the mirror of CyclePostureChangeDeg): a set's cycle that ended over
    /// this far (degrees) and over CyclePostureChangeShare of its own tilt from where it began, in one turn (CyclePostureChangeDipShare),
    /// away from the set's postures (as CycleSetDownPostureDeg), unlike the reps' shape (CycleSetDownSlowShapeShare) and no longer
    /// than their median, waits; a next cycle within a pause, unlike the set, waits with it. At the set gap (or the stream's end)
    /// both are dropped unless the band came back within CyclePostureChangeBackShare of that turn of where it began. 0: off.
    /// </summary>
    public double CycleGetUpDeg { get; init; } = 40;
    /// <summary>
    /// Accelerometer only (SetEndHold): a set's cycle under this share of the median length of its last five (when those keep a
    /// tempo, CycleSetTempoShare) waits for the set to go on, and is dropped when none follows within SetGapS (getting up out and
    /// back to the set's posture). 0: off.
    /// </summary>
    public double CycleGetUpQuickShare { get; init; } = 0.5;

    // Sitting down before the set without a gyroscope (helper sitdown10, session 10).
    /// <summary>
    /// Accelerometer only (SitDown in PickUpHold; 0: off): a set's first cycle lasting under this share of the next cycles' lengths and
    /// tilting over CycleSitDownTiltShare of their tilt, for a majority of CyclePickUpLook of them (look / 2 + 1), that went out and
    /// came part way back (CycleSitDownEndShare; tilt between CycleSitDownMinDeg and CycleSitDownMaxDeg) is sitting down: with the
    /// band on the shank the sit-down goes out and back (the shank hangs again once seated; 80-95°, start to end 40-46°), in
    /// 2.2-3.7 s against reps of 5-13 s. A real first rep as wide as the next ones takes about as long.
    /// </summary>
    public double CycleSitDownLengthShare { get; init; } = 0.6;
    /// <summary>Accelerometer only (CycleSitDownLengthShare): least share of each next cycle's tilt the quick first cycle tilted.</summary>
    public double CycleSitDownTiltShare { get; init; } = 1.15;
    /// <summary>
    /// Accelerometer only (CycleSitDownLengthShare): least tilt (degrees) of a sit-down (simulated 48-130°;
    /// a quick small partial rep is no sit-down).
    /// </summary>
    public double CycleSitDownMinDeg { get; init; } = 40;
    /// <summary>
    /// Accelerometer only (CycleSitDownLengthShare): the sit-down ended within this share of its tilt from where it began (out and
    /// back, simulated 0.44-0.76); a first rep cut by the stream's start ends its whole tilt away (0.97-1.0).
    /// </summary>
    public double CycleSitDownEndShare { get; init; } = 0.8;
    /// <summary>
    /// Accelerometer only (CycleSitDownLengthShare): most tilt (degrees) of a sit-down: a shank or thigh turns at most about a right
    /// angle and back part way (simulated 48-130°); a wider quick first cycle holds more (lying down and the first rep, 164°).
    /// </summary>
    public double CycleSitDownMaxDeg { get; init; } = 150;

    // The set after a walk (gyroscope; helper afterwalk10, session 10).
    /// <summary>
    /// Gyroscope (0: off): a stride the gait gate dropped ended no set. The swing threshold forgets it as the last rep's end, and
    /// the first rest at the base of ForgetGaitRestS within SetGapS after it forgets the strides' size (as at the stream's start)
    /// and opens the set's direction as a pause does: a set walked to is judged as one begun standing still
    /// (SwingCounter.ForgetGait). Without it the set's first way out after lying down or sitting read as the strides' next way
    /// back, and its first rep was lost (walkset: 21 / 20 files of 74 lose the first rep that stillset counts, s7 / s11).
    /// ForgetGaitRestS 1: the walk's last hesitations opened it too soon (walkset set span 67.6 / 77.0 % exact against 68.9 /
    /// 78.4 at 2, the size kept); 3: 68.9 / 77.0.
    /// </summary>
    public double ForgetGait { get; init; } = 1;
    public double ForgetGaitRestS { get; init; } = 2;

    /// <summary>
    /// Gyroscope (ForgetGait; 0: off): at ForgetGait's rest after the strides, when the band turned WayOutRestMinRad or more from
    /// the last stride dropped to that rest (it got into position before resting), the swing axis forgets its window (held until
    /// the set's own movement re-chooses it; SwingAxis.ForgetWindow): the window held the strides and that turn, and a set's
    /// first rep about another axis read as nothing (walkset shoulder external rotations, first rep lost). Without the turn
    /// condition the set-up made after the rest became the axis and was counted (s11 bridge-2, bent-over-row-slow-2).
    /// </summary>
    public double ForgetGaitAxis { get; init; } = 1;
    // Fidgets at a set's edges without a gyroscope (helper heel13, session 13).
    /// <summary>
    /// Accelerometer only (SetStartHold; CycleFidgetLengthShare 0: never): a set's held first cycle, before the one the hold ended
    /// on, that lasted under CycleFidgetLengthShare of that one's length and under CycleFidgetMaxS, and moved at least
    /// CycleFidgetBriskShare as hard (acceleration), is a fidget, dropped: a twitch is out and back in under a second and brisk
    /// (physio sims 0.7-1.0 s, as large as the reps' or larger). A lift counted alone as the set's first cycle (the set then
    /// counted from its tops; muvr back_jan-2_24 / 25, 0.5-0.7 s) moves at the rep's pace, 0.34-0.47 of the next cycle's
    /// acceleration; the bar brought to the shoulders (gym shoulder-press-slow) 0.8.
    /// </summary>
    public double CycleFidgetLengthShare { get; init; } = 0.35;
    public double CycleFidgetMaxS { get; init; } = 1;
    public double CycleFidgetBriskShare { get; init; } = 0.9;
    /// <summary>
    /// Accelerometer only (SetEndHold): a cycle held as quicker than its set (CycleGetUpQuickShare) is reported at the stream's
    /// end only when it ended within this many seconds of it (the stream cut it short); one that came back before was a fidget
    /// after the set's last rep (the person ends the recording a second or two later). Cycles held as small by tilt or shape
    /// keep CycleSetDownRestS (2 s; with this rule on them too muvr lost three real last reps). 2: off.
    /// </summary>
    public double CycleSmallCutS { get; init; } = 0.2;
}

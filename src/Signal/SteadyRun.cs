namespace HepSense.Signal;

/// <summary>
/// A rhythm confirmed by a run of steady intervals (GaitGate's steps and strides): once the run is long enough it holds from the
/// run's first event until an interval breaks the pace (one unsteady interval at a walking pace does not end it). Times in
/// samples, to a fraction.
/// </summary>
internal struct SteadyRun()
{
    /// <summary>Steady intervals in a row so far.</summary>
    public int Count { get; private set; }

    /// <summary>The rhythm holds now.</summary>
    public bool On { get; private set; }

    /// <summary>Where the rhythm began (its run's first event) and where it holds to (an interval past its last event).</summary>
    public double From { get; private set; } = -1e12;
    public double To { get; private set; } = -1e12;

    private double _runStart;

    /// <summary>
    /// An event <paramref name="interval"/> after the last, at <paramref name="at"/>: at a walking pace or not, steady or not; a new
    /// run starts at <paramref name="runStart"/>; <paramref name="needed"/> steady intervals confirm the rhythm.
    /// </summary>
    public void Next(bool pace, bool steady, double runStart, double at, double interval, int needed)
    {
        if (steady) Count++;
        else if (pace) (Count, _runStart) = (1, runStart);
        else Count = 0;
        if (Count >= needed && !On) (From, On) = (_runStart, true);
        if (On && pace) To = at + interval;
        else if (!pace) On = false;
    }

    /// <summary>No event came in time: the run and the rhythm end.</summary>
    public void Break() => (Count, On) = (0, false);
}

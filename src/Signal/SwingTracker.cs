namespace HepSense.Signal;

/// <summary>
/// Alternating extremes of a 1-D signal with hysteresis: a maximum is confirmed once the signal has
/// fallen a threshold below it, a minimum once it has risen a threshold above it. Each extreme keeps
/// when the signal arrived at it (first sample within <see cref="MarginShare"/> of the threshold) and when it left it (the last), so a
/// hold at the top of a rep is measured from arrival to departure.
/// </summary>
internal struct SwingTracker
{
    /// <summary>"At" an extreme means within this share of the threshold of it (arrived, not yet left).</summary>
    public const double MarginShare = 0.4;

    public int Direction;        // +1 seeking a maximum, -1 seeking a minimum, 0 not started
    public double Max, Min;      // running extremes in the current search (both while not started)
    public long MaxAt, MinAt, MaxLeft, MinLeft;
    public long MaxArrived, MinArrived;   // first sample within the margin of the extreme
    private double _maxArrivedAt, _minArrivedAt;

    public void Reset(double x, long n)
    {
        Direction = 0;
        RestartMax(x, n);
        RestartMin(x, n);
    }

    /// <summary>The maximum found so far is forgotten: the search for one starts again at <paramref name="x"/>, sample <paramref name="n"/>.</summary>
    public void RestartMax(double x, long n)
    {
        Max = _maxArrivedAt = x;
        MaxAt = MaxLeft = MaxArrived = n;
    }

    /// <summary>The minimum found so far is forgotten: the search for one starts again at <paramref name="x"/>, sample <paramref name="n"/>.</summary>
    public void RestartMin(double x, long n)
    {
        Min = _minArrivedAt = x;
        MinAt = MinLeft = MinArrived = n;
    }

    /// <summary>Returns +1 when a maximum was confirmed at this sample, -1 for a minimum, 0 otherwise.</summary>
    public int Add(double x, long n, double threshold)
    {
        var margin = MarginShare * threshold;
        if (Direction >= 0)
        {
            if (x > Max) { Max = x; MaxAt = n; }
            if (x > _maxArrivedAt + margin) { _maxArrivedAt = x; MaxArrived = n; }
            if (x >= Max - margin) MaxLeft = n;
        }
        if (Direction <= 0)
        {
            if (x < Min) { Min = x; MinAt = n; }
            if (x < _minArrivedAt - margin) { _minArrivedAt = x; MinArrived = n; }
            if (x <= Min + margin) MinLeft = n;
        }
        if (Direction >= 0 && x < Max - threshold)
        {
            Direction = -1;
            Min = _minArrivedAt = x; MinAt = MinLeft = MinArrived = n;
            return 1;
        }
        if (Direction <= 0 && x > Min + threshold)
        {
            Direction = 1;
            Max = _maxArrivedAt = x; MaxAt = MaxLeft = MaxArrived = n;
            return -1;
        }
        return 0;
    }
}

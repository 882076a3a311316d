namespace HepSense.Signal;

/// <summary>
/// The counted band of the accelerometer-only cycle counter: a high-pass whose edge follows slow reps (gravity's constant part
/// goes), then a low-pass whose edge follows the period. The counter and the echo of its posture steps (<see cref="StepEcho"/>)
/// each run one with the same edges and retunes, so the echo is what the counted band makes of the steps alone.
/// </summary>
internal sealed class CountedBand(double lowHz, double highHz, double sampleRateHz)
{
    public MovingHighPass High { get; } = new(lowHz, sampleRateHz);
    public VectorFilter Low { get; } = new(Butterworth.LowPass(2, highHz, sampleRateHz));
    public double LowHz { get; private set; } = lowHz;
    public double HighHz { get; private set; } = highHz;

    /// <summary>Another band with the same edges, at rest.</summary>
    public CountedBand Fresh() => new(LowHz, HighHz, sampleRateHz);

    public (double X, double Y, double Z) Process(double x, double y, double z)
    {
        var (hx, hy, hz) = High.Process(x, y, z);
        return Low.Process(hx, hy, hz);
    }

    /// <summary>Both filters as if the input had long been constant (the high-pass's answer died out).</summary>
    public void Settle(double x, double y, double z)
    {
        High.Settle(x, y, z);
        Low.Settle(0, 0, 0);
    }

    public void RetuneLow(double lowHz)
    {
        LowHz = lowHz;
        High.Retune(lowHz, sampleRateHz);
    }

    public void RetuneHigh(double highHz)
    {
        HighHz = highHz;
        Low.Retune(Butterworth.LowPass(2, highHz, sampleRateHz));
    }

    /// <summary>Adds another band's state (same edges): the filters are linear, so the sum answers the sum of their inputs.</summary>
    public void Add(CountedBand other)
    {
        High.Add(other.High);
        Low.Add(other.Low);
    }
}

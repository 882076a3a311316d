namespace HepSense.Signal;

/// <summary>The detector's constants in one place, so the accuracy harness can vary them.</summary>
internal sealed record DetectorTuning
{
    public double LowCutHz { get; init; } = 0.2;
    public double HighCutHz { get; init; } = 2.5;
    public double AxisWindowS { get; init; } = 3;
    public double AxisRefreshS { get; init; } = 0.25;
    /// <summary>Lobe threshold as a share of the recent typical lobe peak.</summary>
    public double RelativeThreshold { get; init; } = 0.2;
    public double GyroFloorRadS { get; init; } = 0.2;
    public double AccelFloorMs2 { get; init; } = 0.4;
    /// <summary>A lobe ends when the signal falls below this share of the threshold.</summary>
    public double Release { get; init; } = 0.3;
    public double AmplitudeMemoryS { get; init; } = 20;
    public double MaxHalfRepS { get; init; } = 10;
    public double PolarityResetS { get; init; } = 4;
    public double SetGapS { get; init; } = 10;
    public double PartialRomShare { get; init; } = 0.6;
    public double GravityLowPassHz { get; init; } = 1.5;
}

namespace HepSense.Grains.Clinical;

/// <summary>Kinds of risk, most urgent first: the order a clinic's list follows.</summary>
public enum RiskKind
{
    /// <summary>Pain of 7 or more reported in the last 7 days.</summary>
    HighPain,
    /// <summary>Pain up 2 points or more within a week.</summary>
    RisingPain,
    /// <summary>No sensor data for 3 full days while sessions were prescribed.</summary>
    NoData,
    /// <summary>Under 50% of the prescribed reps over the last 7 days.</summary>
    LowAdherence,
    /// <summary>The share of partial reps rose from one week to the next.</summary>
    RisingPartialShare,
    /// <summary>A band has not been heard from for a day.</summary>
    BandOffline,
    /// <summary>A band's battery is low and it is not charging.</summary>
    BatteryLow,
}

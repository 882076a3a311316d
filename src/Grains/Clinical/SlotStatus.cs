namespace HepSense.Grains.Clinical;

public enum SlotStatus
{
    /// <summary>Nothing done yet and the window is still open.</summary>
    Pending,
    /// <summary>Every prescribed rep done (partial reps count as done; their share is reported apart).</summary>
    Done,
    /// <summary>Some, not all, of the prescribed reps.</summary>
    PartlyDone,
    /// <summary>Nothing done and the window has closed.</summary>
    Missed,
}

namespace HepSense.FirmwareSim.People;

/// <summary>A session as it will happen: when, whether the band is worn, its sets on the true clock, the pain reported.</summary>
public sealed record PlannedSession(DateTimeOffset Start, int Day, int Slot, bool Worn, IReadOnlyList<TimedSet> Sets, int PainBefore, int PainAfter)
{
    public DateTimeOffset End => Sets.Count == 0 ? Start : Sets[^1].Start + TimeSpan.FromSeconds(Sets[^1].Set.Seconds);
}

public sealed record TimedSet(PlannedSet Set, DateTimeOffset Start);

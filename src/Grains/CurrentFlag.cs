using HepSense.Grains.Clinical;

namespace HepSense.Grains;

/// <summary>A risk flag as the patient's grain keeps it: since which patient-local day it has been up.</summary>
[GenerateSerializer, Immutable]
public sealed record CurrentFlag(
    [property: Id(0)] RiskFlag Flag,
    [property: Id(1)] DateOnly Since)
{
    public bool SameAs(RiskFlag other) => Flag.Kind == other.Kind && Flag.DeviceId == other.DeviceId;
}

namespace HepSense.Grains.Clinical;

/// <summary>Sets done together, in time order. It belongs to the patient-local day it started on.</summary>
[GenerateSerializer, Immutable]
public sealed record PerformedSession([property: Id(0)] IReadOnlyList<DetectedSet> Sets)
{
    public DateTimeOffset Start => Sets[0].Start;
    public DateTimeOffset End => Sets.Max(s => s.End);
}

namespace HepSense.FirmwareSim.People;

/// <summary>A tempo class of gym sets: its reps last <paramref name="MinS"/>..<paramref name="MaxS"/> seconds, out and back without holds.</summary>
public sealed record GymTempo(string Name, double MinS, double MaxS);

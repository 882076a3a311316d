namespace HepSense.FirmwareSim.Physics;

/// <summary>Where the hand is outside the reps: the band's position (metres), the forearm's direction and its roll (degrees) relative to the start position.</summary>
public readonly record struct Place(Vec3 Position, Vec3 Along, double RollDeg = 0);

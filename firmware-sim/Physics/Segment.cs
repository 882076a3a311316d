namespace HepSense.FirmwareSim.Physics;

/// <summary>The body segment the band is strapped to.</summary>
public enum Segment { Wrist, Forearm, UpperArm, Ankle, Shin, Thigh }

namespace HepSense.FirmwareSim.Physics;

/// <summary>The body segment the band is strapped to (Trunk: a belt or chest band, only walking uses it).</summary>
public enum Segment { Wrist, Forearm, UpperArm, Ankle, Shin, Thigh, Trunk }

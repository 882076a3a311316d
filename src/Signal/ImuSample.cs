namespace HepSense.Signal;

/// <summary>One IMU sample in physical units: acceleration in m/s² (gravity included), angular rate in rad/s
/// (all zero when the band has no gyroscope). Axes are the band's own frame.</summary>
public readonly record struct ImuSample(float Ax, float Ay, float Az, float Gx, float Gy, float Gz);

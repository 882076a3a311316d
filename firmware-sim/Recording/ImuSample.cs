namespace HepSense.FirmwareSim.Recording;

/// <summary>One IMU reading: acceleration in m/s^2 (gravity included), angular rate in rad/s.</summary>
public readonly record struct ImuSample(double Ax, double Ay, double Az, double Gx, double Gy, double Gz)
{
    public double AccelNorm => Math.Sqrt(Ax * Ax + Ay * Ay + Az * Az);
}

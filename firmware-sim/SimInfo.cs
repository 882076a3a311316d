namespace HepSense.FirmwareSim;

public static class SimInfo
{
    /// <summary>Firmware version the simulated bands report in their status.</summary>
    public const string Firmware = "sim-1.0.0";
}

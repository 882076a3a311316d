using HepSense.FirmwareSim.Physics;
using HepSense.FirmwareSim.Recording;

namespace HepSense.FirmwareSim.People;

/// <summary>Records a planned set with a band: the physics of its movements through the sensor model.</summary>
public static class SetRecorder
{
    /// <param name="tremorDeg">Peak effort tremor; 0 for a perfectly steady limb.</param>
    public static ImuRecording Record(PlannedSet set, Mounting mounting, SensorModel sensor, double rateHz, double swayDeg, Random rng, double tremorDeg = 0) =>
        ImuSynthesizer.Synthesize(set.Exercise, mounting, new AngleTrack(set.AllMovements, swayDeg, rng), rateHz, set.Seconds, sensor, rng,
            tremorDeg > 0 ? new Tremor(tremorDeg, rng) : null);
}
